import type { HandoverDraftView, HandoverListQuery, HandoverSummaryView, HandoverView, TeamView } from '@amhp/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { RotaQueryService } from '../rota/rota-query.service';
import { HandoverCreator } from './handover-creator.service';
import { HandoverEntity } from './handover.entity';
import { teamRef, teamsById, toHandoverSummary, toHandoverView } from './handover.mapper';
import { ackDueAt, directionOf, nextBoundary } from './handover-schedule';
import { HandoverSnapshotService } from './snapshot/handover-snapshot.service';

/**
 * Reading handovers: the list (no personal details), one handover with its cases, and the draft
 * of the next one. Reading cases is reading people's records: it is audited, one entry per case.
 */
@Injectable()
export class HandoversQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly creator: HandoverCreator,
    private readonly snapshot: HandoverSnapshotService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(query: HandoverListQuery, now = new Date()): Promise<HandoverSummaryView[]> {
    const qb = this.dataSource
      .createQueryBuilder(HandoverEntity, 'h')
      .select(['h.id', 'h.dayTeamId', 'h.fromTeamId', 'h.toTeamId', 'h.direction', 'h.boundaryAt', 'h.createdAt', 'h.ackDueAt'])
      .addSelect(['h.acknowledgedAt', 'h.acknowledgedByUserId', 'h.acknowledgedByName'])
      .addSelect('jsonb_array_length(h.cases)', 'case_count')
      .orderBy('h.boundaryAt', 'DESC')
      .addOrderBy('h.dayTeamId', 'ASC')
      .limit(query.limit);
    if (query.before) qb.andWhere('h.boundaryAt < :before', { before: query.before });
    if (query.team) qb.andWhere('h.dayTeamId = :team', { team: query.team });
    const { entities, raw } = await qb.getRawAndEntities<{ case_count: number }>();
    const teams = teamsById(await this.rota.teams());
    return entities.map((h, i) => toHandoverSummary(h, Number(raw[i]?.case_count ?? 0), teams, now));
  }

  /** One handover with its cases (the read is audited). */
  async get(id: string, viewer: { userId: string; roles: readonly string[] }, now = new Date()): Promise<HandoverView> {
    const handover = await this.dataSource.manager.findOneBy(HandoverEntity, { id });
    if (!handover) throw new NotFoundException(`No handover with id ${id}`);
    const amhp = await this.rota.amhpOfUser(viewer.userId);
    const view = toHandoverView(handover, teamsById(await this.rota.teams()), { roles: viewer.roles, amhpTeamId: amhp?.teamId ?? null }, now);
    await this.dataSource.transaction((manager) => this.auditRead(manager, 'handover.read', id, view.cases));
    return view;
  }

  /**
   * What the day team would hand over at its next boundary if it were now (not stored). The
   * team: the one asked for, else the day team of the signed-in AMHP (or the first day team
   * their EDT covers), else the first day team.
   */
  async upcoming(teamId: string | undefined, userId: string, now = new Date()): Promise<HandoverDraftView> {
    const teams = await this.rota.teams();
    const dayTeamId = teamId ?? (await this.defaultTeamFor(userId, teams));
    if (!dayTeamId) throw new NotFoundException('No day team is set up: add one on the rota first');
    const config = await this.rota.dayTeamConfig(dayTeamId);
    const team = teams.find((t) => t.id === dayTeamId)!;
    const next = nextBoundary(config, now);
    if (!next) throw new NotFoundException(`Team ${dayTeamId} has no boundary with EDT in the next fortnight (no day duty)`);
    const notesFrom = await this.creator.notesSince(config, next.at);
    const cases = await this.snapshot.casesOf(dayTeamId, teams, { from: notesFrom, to: next.at }, now);
    const byId = teamsById(teams);
    const toEdt = next.fromKind === 'day';
    const draft: HandoverDraftView = {
      id: null,
      dayTeamId,
      fromTeam: teamRef(byId, next.fromTeam, toEdt ? 'day' : 'edt'),
      toTeam: teamRef(byId, next.toTeam, toEdt ? 'edt' : 'day'),
      direction: directionOf(next),
      boundaryAt: next.at.toISOString(),
      createdAt: now.toISOString(),
      ackDueAt: ackDueAt(next.at, team.handoverAckMinutes, this.config.handoverAckSecondsOverride).toISOString(),
      acknowledgedAt: null,
      acknowledgedBy: null,
      overdue: false,
      cases,
    };
    await this.dataSource.transaction((manager) => this.auditRead(manager, 'handover.read-upcoming', null, cases));
    return draft;
  }

  private async defaultTeamFor(userId: string, teams: readonly TeamView[]): Promise<string | null> {
    const amhp = await this.rota.amhpOfUser(userId);
    const own = teams.find((t) => t.id === amhp?.teamId);
    if (own?.kind === 'day') return own.id;
    if (own?.kind === 'edt') {
      const covered = teams.filter((t) => t.kind === 'day' && t.edtTeamId === own.id).sort((a, b) => a.id.localeCompare(b.id))[0];
      if (covered) return covered.id;
    }
    return this.rota.defaultDayTeamId();
  }

  private async auditRead(manager: EntityManager, action: string, handoverId: string | null, cases: readonly { referralId: string }[]): Promise<void> {
    // One entry per case, so that a service lead's search of a person's trail finds the read.
    if (cases.length === 0) await this.audit.record(manager, { action, entityType: 'handover', entityId: handoverId });
    for (const c of cases) await this.audit.record(manager, { action, entityType: 'handover', entityId: handoverId, subjectReferralId: c.referralId });
  }
}
