/**
 * Every BullMQ job: its queue and the payload it carries. The API enqueues through one typed
 * function and the worker refuses to start unless each name here has exactly one handler.
 * Payloads hold ids only: the job looks the facts up in PostgreSQL when it runs, so a job
 * that outlives a change of facts acts on the facts as they are.
 */
export interface JobPayloads {
  /**
   * A legal clock (s136, s135(1), s5(2), s5(4), s4, s2, s3, the s6(1) admission windows) has
   * reached one of its warning points or its expiry (issue 3). `point` is the point's key:
   * a percentage of the period such as "50", "75", "90" (see clockPointKey), or "expiry".
   * `dueAt` is the instant the point was computed for; a job whose clock has since changed
   * (an s136B extension, a detention ending the s136) finds no such point and does nothing.
   */
  'clock.warn': { clockId: string; point: string; dueAt: string };
  /**
   * A boundary between a day team and its EDT (issue 5): make the handover of every open case
   * (once: handovers are unique per day team and boundary), schedule its acknowledgement
   * timer, and schedule the team's next boundary. `boundaryAt` is an ISO instant; a job whose
   * boundary is no longer one (the team's hours changed) makes no handover.
   */
  'handover.boundary': { dayTeamId: string; boundaryAt: string };
  /** A handover's acknowledgement time has passed: alert if it is still unacknowledged (once). */
  'handover.overdue': { handoverId: string };
}

export type JobName = keyof JobPayloads;

export const QUEUES = {
  clocks: 'clocks',
  handovers: 'handovers',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOB_QUEUE: Record<JobName, QueueName> = {
  'clock.warn': QUEUES.clocks,
  'handover.boundary': QUEUES.handovers,
  'handover.overdue': QUEUES.handovers,
};

/** The key of a clock's expiry point in `clock.warn` payloads and job ids. */
export const CLOCK_EXPIRY_POINT = 'expiry';

/**
 * The key of a warning point: its share of the period as a percentage with at most two
 * decimals ("50", "75", "90", "99.5"), or "expiry" for the end of the period.
 */
export function clockPointKey(point: { type: 'warning' | 'expiry'; fraction: number }): string {
  return point.type === 'expiry' ? CLOCK_EXPIRY_POINT : String(Math.round(point.fraction * 10_000) / 100);
}

/**
 * Deterministic job ids: one timer per clock, point and due instant, so scheduling twice, from
 * two instances or from a rebuild, is a no-op, and a changed due instant is a different job.
 * (BullMQ refuses ':' in custom ids.)
 */
export const jobIds = {
  clockPoint: (clockId: string, point: string, dueAt: string) => `clock.${clockId}.${point}.${Date.parse(dueAt)}`,
  /** One per day team and boundary instant. */
  handoverBoundary: (dayTeamId: string, boundaryAt: string) => `handover-boundary.${dayTeamId}.${Date.parse(boundaryAt)}`,
  /** One per handover: its acknowledgement time does not change once it is made. */
  handoverOverdue: (handoverId: string) => `handover-overdue.${handoverId}`,
};
