import { can } from '@amhp/contracts';
import { addLondonDays, londonDateOf, Shift } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AmhpEntity } from '../assessments/amhps/amhp.entity';
import { UserEntity } from '../identity/user.entity';
import { hashToken } from '../identity/sessions/session-tokens';
import { RotaQueryService } from '../rota/rota-query.service';
import { CalendarLinkEntity } from './calendar-link.entity';
import { writeCalendar } from './ical/ical-writer';
import { myShiftEvent, teamShiftEvent } from './ical/shift-events';

/** How far the feeds reach: four weeks back (recent shifts stay visible), sixteen ahead. */
export const FEED_DAYS_BACK = 28;
export const FEED_DAYS_AHEAD = 112;
/** Subscribing clients are asked to fetch again this often, so rota changes reach them. */
const REFRESH = 'PT1H';
/** A token from newToken(): 32 bytes in base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The public iCalendar feeds behind a secret link: the token is the only credential, so an
 * unknown or revoked token, or the account of a disabled user, finds nothing (404 either way).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
  ) {}

  /** The shifts of the AMHP linked to the link's user (none, while no AMHP is linked); null for a dead link. */
  async myShifts(token: string, now = new Date()): Promise<string | null> {
    const user = await this.holder(token);
    if (!user) return null;
    const amhp = await this.rota.amhpOfUser(user.id);
    const shifts = amhp ? (await this.shiftsAround(now)).filter((s) => s.amhpId === amhp.id) : [];
    const [teams, revision] = await Promise.all([this.rota.teams(), this.rota.rotaRevision()]);
    const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
    return writeCalendar({
      name: amhp ? `Duty shifts: ${amhp.name}` : 'Duty shifts',
      description: 'Your AMHP duty and EDT shifts from AMHP Hub (Europe/London)',
      stamp: now,
      refreshInterval: REFRESH,
      events: shifts.map((s) => myShiftEvent(s, { teamName: teamName(s.team), revision })),
    });
  }

  /** Every shift of one team, with who is on it and the gaps; null for a dead link, a user who may not read the rota, or an unknown team. */
  async teamShifts(token: string, teamId: string, now = new Date()): Promise<string | null> {
    const user = await this.holder(token);
    if (!user || !can(user.roles, 'rota.view')) return null;
    const team = (await this.rota.teams()).find((t) => t.id === teamId);
    if (!team) return null;
    const [shifts, revision, amhps] = await Promise.all([
      this.shiftsAround(now, [team.id]),
      this.rota.rotaRevision(),
      this.dataSource.manager.find(AmhpEntity, { select: { id: true, name: true } }),
    ]);
    const names = new Map(amhps.map((a) => [a.id, a.name]));
    return writeCalendar({
      name: `${team.name} duty rota`,
      description: `${team.kind === 'edt' ? 'EDT cover' : 'Day duty'} of ${team.name} from AMHP Hub (Europe/London)`,
      stamp: now,
      refreshInterval: REFRESH,
      events: shifts.filter((s) => s.team === team.id).map((s) => teamShiftEvent(s, { teamName: team.name, amhpName: s.amhpId ? names.get(s.amhpId) : null, revision })),
    });
  }

  private async shiftsAround(now: Date, teamIds?: string[]): Promise<Shift[]> {
    const today = londonDateOf(now);
    return (await this.rota.rota(addLondonDays(today, -FEED_DAYS_BACK), addLondonDays(today, FEED_DAYS_AHEAD), teamIds)).shifts;
  }

  /** The enabled user whose active link this token is. */
  private async holder(token: string): Promise<UserEntity | null> {
    if (!TOKEN.test(token)) return null;
    const link = await this.dataSource.manager.findOne(CalendarLinkEntity, { where: { tokenHash: hashToken(token), revokedAt: IsNull() }, relations: { user: true } });
    if (!link?.user || link.user.disabledAt) return null;
    return link.user;
  }
}
