import type { HandoverSummaryView, JobPayloads, RotaGapsView } from '@amhp/contracts';
import { JOB_QUEUE, jobIds } from '@amhp/contracts';
import { bankHolidaysFor, DAY_MS, handoverBoundaries, teamConfig } from '@amhp/domain';
import { Queue } from 'bullmq';
import { ApiSession } from './auth';
import { readStack } from './stack';

/** GET over HTTP with a signed-in session (the test checks what the API says beside the page). */
export async function apiGet<T>(baseUrl: string, session: ApiSession, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers: session.headers() });
  if (!response.ok) throw new Error(`GET ${path} gave ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const gapsAhead = (baseUrl: string, session: ApiSession) => apiGet<RotaGapsView>(baseUrl, session, '/api/rota/gaps?weeks=8');

/**
 * The demo day team's latest boundary (09:00 or 17:00 London on a working day) fired as the
 * worker's own 'handover.boundary' timer would have fired it: a team set up after that boundary
 * (the demo teams are seeded when the stack starts) owes no handover for it, so the test plays
 * the timer. The worker makes the handover, as at any boundary.
 */
export async function fireLatestBoundary(dayTeamId = 'north', edtTeamId = 'edt'): Promise<string> {
  const now = new Date();
  const boundaries = handoverBoundaries(new Date(now.getTime() - 5 * DAY_MS), now, teamConfig({ teamId: dayTeamId, edtTeamId }), bankHolidaysFor('ENG'));
  const latest = boundaries.at(-1);
  if (!latest) throw new Error('no boundary in the last five days');
  const boundaryAt = latest.at.toISOString();
  const payload: JobPayloads['handover.boundary'] = { dayTeamId, boundaryAt };
  const queue = new Queue(JOB_QUEUE['handover.boundary'], {
    connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', maxRetriesPerRequest: 2 },
    // The stack's QUEUE_PREFIX (stack.ts): this run's keys only.
    prefix: `amhp-e2e-${readStack().databaseName}`,
  });
  try {
    await queue.add('handover.boundary', payload, { jobId: jobIds.handoverBoundary(dayTeamId, boundaryAt), removeOnComplete: true, removeOnFail: true });
  } finally {
    await queue.close();
  }
  return boundaryAt;
}

/** Waits for an unacknowledged handover made by the worker. */
export async function waitForHandover(baseUrl: string, session: ApiSession, timeoutMs = 30_000): Promise<HandoverSummaryView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = await apiGet<HandoverSummaryView[]>(baseUrl, session, '/api/handovers?limit=10');
    const open = list.find((h) => h.acknowledgedAt === null);
    if (open) return open;
    if (Date.now() > deadline) throw new Error(`no unacknowledged handover within ${timeoutMs} ms (found ${list.length})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
