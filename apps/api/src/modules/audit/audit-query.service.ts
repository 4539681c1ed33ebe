import type { AuditEventView, AuditPage, AuditQuery } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/**
 * A list read (GET /api/referrals, GET /api/my-cases) is one entry naming every referral it
 * showed, in after.referralIds (see BoardRowsService.rowsRead).
 */
const LISTED_IDS = `(e.after -> 'referralIds')`;

/** Rows a single CSV export may hold; narrow the search for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Searching the trail (service leads): by person, user, action and date range, newest first. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async search(query: AuditQuery): Promise<AuditPage> {
    const qb = this.filtered(query);
    if (query.before) qb.andWhere('e.id < :before', { before: query.before });
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = rows.slice(0, query.limit);
    return { events: page.map(toAuditView), nextBefore: rows.length > query.limit ? page[page.length - 1].id : null };
  }

  async exportRows(query: AuditQuery): Promise<AuditEventView[]> {
    const rows = await this.filtered(query).orderBy('e.id', 'ASC').limit(AUDIT_EXPORT_LIMIT).getMany();
    return rows.map(toAuditView);
  }

  private filtered(query: AuditQuery): SelectQueryBuilder<AuditEventEntity> {
    const qb = this.events.createQueryBuilder('e').where('1=1');
    if (query.person) {
      if (/^\d{10}$/.test(query.person)) {
        // An NHS number: every referral for that person, everything recorded about them, and
        // every list (the board, my cases) that showed one of them.
        qb.andWhere(
          new Brackets((w) =>
            w
              .where('e.subject_referral_id IN (SELECT r.id FROM referrals r WHERE r.nhs_number = :nhs)')
              .orWhere('e.entity_id IN (SELECT r.id::text FROM referrals r WHERE r.nhs_number = :nhs)')
              .orWhere(`${LISTED_IDS} ?| ARRAY(SELECT r.id::text FROM referrals r WHERE r.nhs_number = :nhs)`),
          ),
          { nhs: query.person },
        );
      } else {
        // A referral or assessment id: its own entries, those of the case it belongs to (an
        // assessment's entries name their referral as subject), and the lists that showed it.
        qb.andWhere(
          new Brackets((w) =>
            w
              .where('e.entity_id = :person')
              .orWhere('e.subject_referral_id = :personUuid')
              .orWhere(
                `${LISTED_IDS} ?| (ARRAY[CAST(:person AS text)] || ARRAY(SELECT s.subject_referral_id::text FROM audit_events s WHERE s.entity_id = :person AND s.subject_referral_id IS NOT NULL))`,
              )
              .orWhere(
                `e.subject_referral_id IN (SELECT s.subject_referral_id FROM audit_events s WHERE s.entity_id = :person AND s.subject_referral_id IS NOT NULL)`,
              ),
          ),
          { person: query.person, personUuid: query.person },
        );
      }
    }
    if (query.userId) qb.andWhere('e.actor_user_id = :userId', { userId: query.userId });
    if (query.action) qb.andWhere(new Brackets((w) => w.where('e.action = :action').orWhere(`e.action LIKE :prefix`)), { action: query.action, prefix: `${escapeLike(query.action)}.%` });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('e.occurred_at <= :to', { to: new Date(query.to) });
    return qb;
  }
}

export function toAuditView(e: AuditEventEntity): AuditEventView {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    subjectReferralId: e.subjectReferralId,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
