/**
 * Every BullMQ job: its queue and the payload it carries. The API enqueues through one typed
 * function and the worker refuses to start unless each name here has exactly one handler.
 * Payloads hold ids only: the job looks the facts up in PostgreSQL when it runs, so a job
 * that outlives a change of facts acts on the facts as they are.
 */
export interface JobPayloads {
  /** A referral's legal deadline (s136, s135(1), s5(2), s5(4)) has passed. */
  'referral-deadline.expire': { referralId: string; expiresAt: string };
}

export type JobName = keyof JobPayloads;

export const QUEUES = {
  clocks: 'clocks',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOB_QUEUE: Record<JobName, QueueName> = {
  'referral-deadline.expire': QUEUES.clocks,
};

/**
 * Deterministic job ids: one timer per referral and deadline, so scheduling twice is a no-op
 * and rebuilding after a Redis flush cannot double up. (BullMQ refuses ':' in custom ids.)
 */
export const jobIds = {
  referralDeadline: (referralId: string, expiresAt: string) => `referral-deadline.${referralId}.${Date.parse(expiresAt)}`,
};
