import type { CalendarLinkView } from '@amhp/contracts';
import { CALENDAR_FEED_PATH } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../identity/user.entity';
import { hashToken, newToken } from '../identity/sessions/session-tokens';
import { RotaQueryService } from '../rota/rota-query.service';
import { CalendarLinkEntity } from './calendar-link.entity';

/** What the audit trail keeps of a link: never the token, nor its hash. */
function audited(link: CalendarLinkEntity): object {
  return { id: link.id, userId: link.userId, createdAt: link.createdAt, revokedAt: link.revokedAt };
}

/**
 * Each user's secret calendar link: 32 random bytes (base64url) in the URL, only their SHA-256
 * stored. Creating again rotates (the old link is revoked in the same transaction); deleting
 * revokes. Both are audited.
 */
@Injectable()
export class CalendarLinksService {
  private readonly logger = new Logger(CalendarLinksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly audit: AuditService,
  ) {}

  async status(userId: string): Promise<CalendarLinkView> {
    const active = await this.dataSource.manager.findOneBy(CalendarLinkEntity, { userId, revokedAt: IsNull() });
    return { active: !!active, createdAt: active?.createdAt.toISOString() ?? null, amhp: await this.amhpOf(userId), myShiftsUrl: null, teamUrls: [] };
  }

  /** Creates the user's link, revoking any earlier one; the URLs (with the token) are in this answer only. */
  async rotate(userId: string, origin: string, now = new Date()): Promise<CalendarLinkView> {
    const token = newToken();
    // Read before the write, so that nothing read after its commit can make the answer a failure.
    const [teams, amhp] = await Promise.all([this.rota.teams(), this.amhpOf(userId)]);
    const created = await this.dataSource.transaction(async (manager) => {
      // One rotation at a time per user: the partial unique index allows one active link.
      await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' }, select: { id: true } });
      const revoked = await this.revokeActive(manager, userId, now);
      const link = await manager.save(manager.create(CalendarLinkEntity, { userId, tokenHash: hashToken(token), createdAt: now, revokedAt: null }));
      await this.audit.record(manager, {
        action: revoked ? 'calendar-link.rotate' : 'calendar-link.create',
        entityType: 'calendar-link',
        entityId: link.id,
        before: revoked ? audited(revoked) : null,
        after: audited(link),
      });
      return link;
    });
    this.logger.log({ msg: 'calendar link created', userId, linkId: created.id });
    const base = `${origin}${CALENDAR_FEED_PATH}/${token}`;
    return {
      active: true,
      createdAt: created.createdAt.toISOString(),
      amhp,
      myShiftsUrl: `${base}/my-shifts.ics`,
      teamUrls: teams.map((t) => ({ teamId: t.id, teamName: t.name, url: `${base}/teams/${encodeURIComponent(t.id)}.ics` })),
    };
  }

  /** Revokes the user's link, if any: its URLs stop working at once. */
  async revoke(userId: string, now = new Date()): Promise<CalendarLinkView> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const link = await this.revokeActive(manager, userId, now);
      if (link) await this.audit.record(manager, { action: 'calendar-link.revoke', entityType: 'calendar-link', entityId: link.id, before: { ...audited(link), revokedAt: null }, after: audited(link) });
      return link;
    });
    if (revoked) this.logger.log({ msg: 'calendar link revoked', userId, linkId: revoked.id });
    return this.status(userId);
  }

  private async revokeActive(manager: EntityManager, userId: string, now: Date): Promise<CalendarLinkEntity | null> {
    const active = await manager.findOneBy(CalendarLinkEntity, { userId, revokedAt: IsNull() });
    if (!active) return null;
    await manager.update(CalendarLinkEntity, { id: active.id }, { revokedAt: now });
    return { ...active, revokedAt: now };
  }

  private async amhpOf(userId: string): Promise<CalendarLinkView['amhp']> {
    const amhp = await this.rota.amhpOfUser(userId);
    return amhp ? { id: amhp.id, name: amhp.name } : null;
  }
}
