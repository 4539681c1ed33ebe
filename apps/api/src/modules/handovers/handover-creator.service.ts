import { HandoverBoundary, TeamConfig } from '@amhp/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { AuditService } from '../audit/audit.service';
import { RotaQueryService } from '../rota/rota-query.service';
import { HandoverEntity } from './handover.entity';
import { teamsById, toHandoverSummary } from './handover.mapper';
import { ackDueAt, directionOf, previousBoundary } from './handover-schedule';
import { HandoverSnapshotService } from './snapshot/handover-snapshot.service';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Makes the handover of a day team at a boundary: the snapshot of every open case, stored once
 * (unique per day team and boundary: a job run twice, a rebuild, or two workers make one
 * handover), audited as the system's, and pushed to the board.
 */
@Injectable()
export class HandoverCreator {
  private readonly logger = new Logger(HandoverCreator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly snapshot: HandoverSnapshotService,
    private readonly audit: AuditService,
    private readonly publisher: RealtimePublisher,
    private readonly config: AppConfig,
  ) {}

  /** Whether the team's handover at this boundary exists already. */
  async exists(dayTeamId: string, boundaryAt: Date): Promise<boolean> {
    const rows = (await this.dataSource.query('SELECT 1 FROM handovers WHERE day_team_id = $1 AND boundary_at = $2', [dayTeamId, boundaryAt.toISOString()])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Where the notes of the team's next handover begin: the team's latest handover before
   * `boundaryAt` (so notes written while a boundary was missed are not lost), else the
   * boundary before it, else a week back.
   */
  async notesSince(config: TeamConfig, boundaryAt: Date): Promise<Date> {
    const [row] = (await this.dataSource.query('SELECT max(boundary_at) AS at FROM handovers WHERE day_team_id = $1 AND boundary_at < $2', [
      config.teamId,
      boundaryAt.toISOString(),
    ])) as { at: Date | null }[];
    return row?.at ?? previousBoundary(config, boundaryAt)?.at ?? new Date(boundaryAt.getTime() - WEEK_MS);
  }

  /** The handover at this boundary, made now; null when it existed already (or the team is gone). */
  async create(config: TeamConfig, boundary: HandoverBoundary, now = new Date()): Promise<HandoverEntity | null> {
    if (await this.exists(config.teamId, boundary.at)) return null;
    const teams = await this.rota.teams();
    const team = teams.find((t) => t.id === config.teamId && t.kind === 'day');
    if (!team) return null;
    const notesFrom = await this.notesSince(config, boundary.at);
    const cases = await this.snapshot.casesOf(config.teamId, teams, { from: notesFrom, to: boundary.at }, now);
    const due = ackDueAt(now, team.handoverAckMinutes, this.config.handoverAckSecondsOverride);
    const created = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO handovers (day_team_id, from_team_id, to_team_id, direction, boundary_at, created_at, ack_due_at, cases)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           ON CONFLICT ON CONSTRAINT handovers_day_team_boundary_uq DO NOTHING RETURNING id`,
        [config.teamId, boundary.fromTeam, boundary.toTeam, directionOf(boundary), boundary.at.toISOString(), now.toISOString(), due.toISOString(), JSON.stringify(cases)],
      )) as { id: string }[];
      if (rows.length === 0) return null;
      const handover = await manager.findOneByOrFail(HandoverEntity, { id: rows[0].id });
      await this.audit.record(manager, {
        action: 'handover.create',
        entityType: 'handover',
        entityId: handover.id,
        // Ids only: the snapshot itself is the handover's record.
        after: { dayTeamId: handover.dayTeamId, direction: handover.direction, boundaryAt: handover.boundaryAt, ackDueAt: handover.ackDueAt, referralIds: cases.map((c) => c.referralId) },
      });
      return handover;
    });
    if (!created) return null;
    this.logger.log({ msg: 'handover made', handoverId: created.id, dayTeamId: created.dayTeamId, direction: created.direction, cases: cases.length });
    await this.publisher.publish('handover.created', toHandoverSummary(created, cases.length, teamsById(teams), now));
    return created;
  }
}
