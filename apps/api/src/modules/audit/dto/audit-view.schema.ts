import { AuditPage } from '@amhp/contracts';
import { z } from 'zod';
import { Equals, assertType } from '../../../infra/http/type-equality';

/** AuditPage (contracts) as a schema, for the OpenAPI document; checked against the contract. */
export const auditEventViewSchema = z
  .object({
    id: z.string().describe('Increasing: the order of the trail'),
    occurredAt: z.iso.datetime({ offset: true }),
    actorUserId: z.uuid().nullable(),
    actorName: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    subjectReferralId: z.uuid().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEventView' });

export const auditPageSchema = z.object({ events: z.array(auditEventViewSchema), nextBefore: z.string().nullable() }).meta({ id: 'AuditPage' });

assertType<Equals<z.infer<typeof auditPageSchema>, AuditPage>>(true);
