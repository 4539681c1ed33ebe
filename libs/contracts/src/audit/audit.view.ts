import { z } from 'zod';

/** One entry of the audit trail (append-only: the database refuses to change or delete it). */
export interface AuditEventView {
  id: string;
  occurredAt: string;
  /** Null for the system (timers, the worker). */
  actorUserId: string | null;
  actorName: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** '<entity>.<verb>', e.g. referral.create, referral.read, alert.acknowledge, auth.sign-in. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** The case (referral) the entry concerns, so a search by person finds it. */
  subjectReferralId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  events: AuditEventView[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextBefore: string | null;
}

const isoDate = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time with a time zone` }).optional();

/**
 * Audit search (service leads). `person` is a referral or assessment id, or an NHS number;
 * `from` and `to` bound occurredAt; results are newest first.
 */
export const auditQuerySchema = z
  .object({
    person: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ''))
      .refine((v) => v === '' || /^\d{10}$/.test(v) || z.uuid().safeParse(v).success, {
        error: 'Person must be a referral or assessment id, or a 10-digit NHS number',
      })
      .optional(),
    userId: z.uuid({ error: 'User must be a user id' }).optional().or(z.literal('').transform(() => undefined)),
    action: z.string().trim().max(60).optional(),
    from: isoDate('From'),
    to: isoDate('To'),
    before: z.string().regex(/^\d+$/, { error: 'before must be an event id' }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { error: 'From must be before To', path: ['to'] });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditQueryInput = z.input<typeof auditQuerySchema>;
