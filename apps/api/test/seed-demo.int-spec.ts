import { BoardRow, jobIds, ReferralView } from '@amhp/contracts';
import { isValidNhsNumber } from '@amhp/domain';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { QueueService } from '../src/infra/queue/queue.service';
import { ReferralEntity } from '../src/modules/referrals/referral.entity';
import { ReferralsService } from '../src/modules/referrals/referrals.service';
import { seedDemo } from '../src/scripts/seed-demo';
import { signIn } from './support/auth';
import { bootHarness, Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await bootHarness();
  await h.reset();
});
afterAll(async () => {
  await h?.close();
});

async function clockIdOf(referralId: string): Promise<string> {
  const [clock] = (await h.dataSource.query('SELECT id FROM clocks WHERE referral_id = $1', [referralId])) as { id: string }[];
  if (!clock) throw new Error('the referral has no clock');
  return clock.id;
}

describe('demo data (scripts/seed-demo)', () => {
  it('loads about a dozen valid fictional referrals into an empty database, then never again', async () => {
    const service = h.api.get(ReferralsService);
    const repo = h.api.get<Repository<ReferralEntity>>(getRepositoryToken(ReferralEntity));
    const now = new Date();
    const inserted = await seedDemo(service, repo, now);
    expect(inserted).toBeGreaterThanOrEqual(10);
    expect(await seedDemo(service, repo)).toBe(0);

    // The board (rows) in its order; the records behind it, whole, to check what was loaded.
    const lead = await signIn(h, 'service_lead');
    const rows = (await (await fetch(`${h.baseUrl}/api/referrals`, { headers: lead.headers() })).json()) as BoardRow[];
    const board = await service.listOpen();
    expect(rows.map((r) => r.id)).toEqual(board.map((r) => r.id));
    expect(board).toHaveLength(inserted);
    for (const r of board) expect(r.person.nhsNumber && isValidNhsNumber(r.person.nhsNumber)).toBe(true);
    expect(new Set(board.map((r) => r.legal.situation))).toEqual(new Set(['s136', 's135_1', 's5_2', 's5_4', 's2_detained', 'none', 'other']));
    expect(new Set(board.map((r) => r.source.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(board.map((r) => r.person.ethnicCategory)).size).toBeGreaterThanOrEqual(8);

    const left = (r: ReferralView) => Date.parse(r.deadline!.expiresAt) - now.getTime();
    // The most urgent first: an s136 with about 40 minutes of its 24 hours left (s136(2A)).
    expect(board[0].legal.situation).toBe('s136');
    expect(left(board[0])).toBeLessThan(60 * 60 * 1000);
    const s54 = board.find((r) => r.legal.situation === 's5_4')!;
    expect(Math.round(left(s54) / 60000)).toBe(120);

    // Each holding power is a clock of the referral's assessment, with its expiry timer in Redis.
    const queues = h.api.get(QueueService);
    for (const r of board.filter((b) => b.deadline)) {
      const expiry = jobIds.clockPoint(await clockIdOf(r.id), 'expiry', r.deadline!.expiresAt);
      expect(await queues.getJob('clock.warn', expiry)).toBeDefined();
    }
  });
});
