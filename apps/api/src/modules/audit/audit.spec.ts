import type { AuditEventView } from '@amhp/contracts';
import { auditQuerySchema } from '@amhp/contracts';
import { auditCsv, cell } from './audit-csv';

describe('audit CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(cell(null)).toBe('');
    expect(cell('plain')).toBe('plain');
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('line\nbreak')).toBe('"line\nbreak"');
    expect(cell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(cell('+44 1632 960000')).toBe("'+44 1632 960000");
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and one CRLF line per entry, with before and after as JSON', () => {
    const event: AuditEventView = {
      id: '7',
      occurredAt: '2026-03-29T00:30:00.000Z',
      actorUserId: null,
      actorName: 'system',
      ip: null,
      userAgent: null,
      requestId: null,
      action: 'alert.raise',
      entityType: 'alert',
      entityId: 'a1',
      subjectReferralId: 'r1',
      before: null,
      after: { severity: 'critical' },
    };
    const lines = auditCsv([event]).split('\r\n');
    expect(lines[0].split(',')).toHaveLength(13);
    expect(lines[1]).toBe('7,2026-03-29T00:30:00.000Z,,system,,,,alert.raise,alert,a1,r1,,"{""severity"":""critical""}"');
    expect(lines[2]).toBe('');
  });
});

describe('audit search filters', () => {
  it('takes an NHS number as typed, or an id; refuses a name (search is by identifier)', () => {
    expect(auditQuerySchema.parse({ person: '401 023 2137' }).person).toBe('4010232137');
    expect(auditQuerySchema.parse({ person: '6f1c2d4e-1111-4222-8333-944455556666' }).person).toBe('6f1c2d4e-1111-4222-8333-944455556666');
    expect(auditQuerySchema.safeParse({ person: 'Smith' }).success).toBe(false);
  });

  it('refuses a range that ends before it starts, and defaults the page size', () => {
    expect(auditQuerySchema.safeParse({ from: '2026-10-25T02:00:00+01:00', to: '2026-10-25T01:30:00Z' }).success).toBe(true);
    expect(auditQuerySchema.safeParse({ from: '2026-10-25T03:00:00Z', to: '2026-10-25T01:30:00Z' }).success).toBe(false);
    expect(auditQuerySchema.parse({}).limit).toBe(100);
  });
});
