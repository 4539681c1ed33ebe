import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActorContext, currentActor } from './actor-context';
import { AuditEventEntity } from './audit-event.entity';

/** What a caller says about a change (or a read); who and where come from the actor context. */
export interface AuditEntry {
  /** '<entity>.<verb>': referral.create, referral.read, assessment.record-outcome, alert.acknowledge... */
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record as it was (null for a creation or a read). */
  before?: unknown;
  /** The record as it became (null for a read). */
  after?: unknown;
  /** The referral (case) this concerns, so a service lead's search by person finds it. */
  subjectReferralId?: string | null;
}

/**
 * The audit trail. Usage, inside the transaction that makes the change, so that the change
 * and its entry commit or roll back together:
 *
 *   await this.dataSource.transaction(async (manager) => {
 *     const before = await manager.findOneByOrFail(AssessmentEntity, { id });
 *     const after = await manager.save(AssessmentEntity, { ...before, stage });
 *     await this.audit.record(manager, {
 *       action: 'assessment.allocate', entityType: 'assessment', entityId: id,
 *       before, after, subjectReferralId: before.referralId,
 *     });
 *   });
 *
 * Import AuditModule in your module to inject AuditService. The actor (user, IP, user agent,
 * request id) is read from the request context; in the worker it is the system.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry, actor: ActorContext | null = currentActor()): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorUserId: actor?.user?.id ?? null,
      actorName: actor?.user?.displayName ?? (actor ? 'anonymous' : 'system'),
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent?.slice(0, 300) ?? null,
      requestId: actor?.requestId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      subjectReferralId: entry.subjectReferralId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    });
  }

  /** For reads and other entries with no change of their own to join. */
  recordNow(entry: AuditEntry): Promise<void> {
    return this.record(this.dataSource.manager, entry);
  }
}

/** Dates become ISO strings and class instances plain objects, as the JSON column stores them. */
function toJson(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  return typeof plain === 'object' && plain !== null ? plain : { value: plain };
}
