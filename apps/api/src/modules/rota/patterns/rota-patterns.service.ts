import type { CreateRotaPattern, FieldIssue, RotaPatternView, UpdateRotaPattern } from '@amhp/contracts';
import { LondonDate, canBeOnDuty, londonDateOf, londonInstant, validatePattern } from '@amhp/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { patternOf, toPatternView } from '../query/rota-mappers';
import { RotaQueryService } from '../rota-query.service';
import { RotaChanges } from '../revision/rota-changes.service';
import { TeamEntity } from '../teams/team.entity';
import { RotaPatternEntity } from './rota-pattern.entity';

type PatternBody = CreateRotaPattern | UpdateRotaPattern;

/** Repeating rota patterns: created, replaced (version-checked) and deleted by rota managers. */
@Injectable()
export class RotaPatternsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: RotaChanges,
    private readonly rota: RotaQueryService,
  ) {}

  async list(teamId?: string): Promise<RotaPatternView[]> {
    const rows = await this.dataSource.manager.find(RotaPatternEntity, { where: teamId ? { teamId } : {}, order: { teamId: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toPatternView);
  }

  create(body: CreateRotaPattern, now = new Date()): Promise<RotaPatternView> {
    return this.changes.apply('rota-pattern.create', async (m) => {
      const kind = await this.check(m, body, now);
      const saved = await m.save(m.create(RotaPatternEntity, { ...fields(body), kind, version: 1, createdAt: now, updatedAt: now }));
      return { result: toPatternView(saved), audit: { action: 'rota-pattern.create', entityType: 'rota_pattern', entityId: saved.id, after: saved }, teamIds: [saved.teamId] };
    });
  }

  update(id: string, body: UpdateRotaPattern, now = new Date()): Promise<RotaPatternView> {
    return this.changes.apply('rota-pattern.update', async (m) => {
      const before = await this.load(m, id, body.version);
      const kind = await this.check(m, body, now);
      await m.update(RotaPatternEntity, { id }, { ...fields(body), kind, version: before.version + 1, updatedAt: now });
      const after = await m.findOneByOrFail(RotaPatternEntity, { id });
      return { result: toPatternView(after), audit: { action: 'rota-pattern.update', entityType: 'rota_pattern', entityId: id, before, after }, teamIds: [before.teamId, after.teamId] };
    });
  }

  remove(id: string, version: number): Promise<void> {
    return this.changes.apply('rota-pattern.delete', async (m) => {
      const before = await this.load(m, id, version);
      await m.delete(RotaPatternEntity, { id });
      return { result: undefined, audit: { action: 'rota-pattern.delete', entityType: 'rota_pattern', entityId: id, before }, teamIds: [before.teamId] };
    });
  }

  private async load(m: EntityManager, id: string, version: number): Promise<RotaPatternEntity> {
    const row = await m.findOneBy(RotaPatternEntity, { id });
    if (!row) throw new NotFoundException(`No rota pattern with id ${id}`);
    if (row.version !== version) {
      throw new ConflictException(`The rota pattern was changed by someone else (you had version ${version}, it is now ${row.version}): reload it and try again`);
    }
    return row;
  }

  /**
   * The team exists and the kind is its own; the domain accepts the pattern; every AMHP
   * named exists and is approved on the pattern's first date from today (s114). A later
   * lapse is shown on the rota as a vacancy and a problem, not refused here.
   */
  private async check(m: EntityManager, body: PatternBody, now: Date): Promise<'day' | 'edt'> {
    const issues: FieldIssue[] = [];
    const team = await m.findOneBy(TeamEntity, { id: body.teamId });
    if (!team) throw new ValidationException([{ field: 'teamId', message: `No team with id ${body.teamId}` }]);
    const kind = body.kind ?? team.kind;
    if (kind !== team.kind) issues.push({ field: 'kind', message: `Team ${team.id} is ${team.kind === 'day' ? 'a day team' : 'an EDT'}: its patterns are ${team.kind} duty` });
    const asPattern = { ...fields(body), id: 'new', kind } as RotaPatternEntity;
    for (const error of validatePattern(patternOf(asPattern))) issues.push({ field: fieldOfPatternError(error), message: error });
    const amhps = new Map((await this.rota.amhpsForRota(m)).map((a) => [a.id, a]));
    const first = firstDateInForce(body, londonDateOf(now));
    body.cycle.forEach((period, i) =>
      period.forEach((amhpId, j) => {
        if (amhpId === null) return;
        const amhp = amhps.get(amhpId);
        if (!amhp) issues.push({ field: `cycle.${i}.${j}`, message: `No AMHP with id ${amhpId}` });
        else if (!canBeOnDuty(amhp, londonInstant(first, '12:00'))) {
          issues.push({ field: `cycle.${i}.${j}`, message: `AMHP ${amhpId} has no approval in force on ${first}: an AMHP whose approval has lapsed cannot be put on duty (s114)` });
        }
      }),
    );
    if (issues.length > 0) throw new ValidationException(issues);
    return kind;
  }
}

function fields(body: PatternBody) {
  return {
    teamId: body.teamId,
    anchor: body.anchor,
    period: body.period,
    cycle: body.cycle,
    slots: body.slots,
    validFrom: body.validFrom,
    validUntil: body.validUntil,
  };
}

/** The request field a domain refusal of a pattern is about. */
function fieldOfPatternError(error: string): string {
  if (error.startsWith('slot')) return 'slots';
  if (error.startsWith('anchor')) return 'anchor';
  if (error.startsWith('validity')) return 'validFrom';
  return 'cycle';
}

/** The first date the pattern applies from today on (or its first date, for a pattern wholly in the past). */
export function firstDateInForce(p: { anchor: LondonDate; validFrom: LondonDate | null; validUntil: LondonDate | null }, today: LondonDate): LondonDate {
  const start = p.validFrom ?? p.anchor;
  if (p.validUntil && p.validUntil < today) return start;
  return start > today ? start : today;
}
