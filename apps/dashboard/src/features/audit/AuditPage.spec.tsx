import { fireEvent, render, screen } from '@testing-library/react';
import { fakeApi } from '../identity/identity-test-support';
import { AuditPage } from './AuditPage';

const entry = {
  id: '41',
  occurredAt: '2026-03-29T00:30:00.000Z',
  actorUserId: 'u-1',
  actorName: 'Alex Morgan',
  ip: '10.0.0.7',
  userAgent: 'Chrome',
  requestId: 'r-1',
  action: 'referral.read',
  entityType: 'referral',
  entityId: '6f1c2d4e-1111-4222-8333-944455556666',
  subjectReferralId: '6f1c2d4e-1111-4222-8333-944455556666',
  before: null,
  after: null,
};

describe('the audit page', () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it('searches by NHS number, user and London dates (a BST day: 29 March 2026 starts at 00:00 GMT), and exports the same search', async () => {
    const from = encodeURIComponent('2026-03-29T00:00:00.000Z');
    const to = encodeURIComponent('2026-03-29T22:59:59.999Z');
    const api = fakeApi({
      'GET /api/users/directory': () => ({ body: [{ id: 'u-1', displayName: 'Alex Morgan', email: 'alex@amhp-hub.test' }] }),
      'GET /api/role-grants': () => ({ body: [] }),
      'GET /api/audit/events?limit=100': () => ({ body: { events: [], nextBefore: null } }),
      [`GET /api/audit/events?person=401+023+2137&userId=u-1&from=${from}&to=${to}&limit=100`]: () => ({ body: { events: [entry], nextBefore: null } }),
    });
    restore = api.restore;
    render(<AuditPage />);
    expect(await screen.findByText('No entries match.')).toBeTruthy();
    await screen.findByRole('option', { name: 'Alex Morgan (alex@amhp-hub.test)' });

    fireEvent.change(screen.getByLabelText(/^Person/), { target: { value: '401 023 2137' } });
    fireEvent.change(screen.getByLabelText('User'), { target: { value: 'u-1' } });
    fireEvent.change(screen.getByLabelText('From (London date)'), { target: { value: '2026-03-29' } });
    fireEvent.change(screen.getByLabelText('To (London date)'), { target: { value: '2026-03-29' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));

    const row = await screen.findByTestId('audit-row');
    expect(row.textContent).toContain('referral.read');
    expect(row.textContent).toContain('Alex Morgan');
    expect(screen.getByTestId('audit-export').getAttribute('href')).toBe(`/api/audit/events.csv?person=401+023+2137&userId=u-1&from=${from}&to=${to}`);
  });
});
