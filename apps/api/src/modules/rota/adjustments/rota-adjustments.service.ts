import type { CreateRotaAdjustment, RotaAdjustmentView } from '@amhp/contracts';
import { Absence, Amhp, LondonDate, Shift, addLondonDays, addedShiftId, isLondonDate, londonDateOf, londonInstant } from '@amhp/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { currentActor } from '../../audit/actor-context';
import { AbsenceEntity } from '../absences/absence.entity';
import { baseShiftId, dutyRefusal } from '../assign/duty-checks';
import { absenceOf } from '../query/rota-mappers';
import { RotaQueryService } from '../rota-query.service';
import { RotaChanges } from '../revision/rota-changes.service';
import { TeamEntity } from '../teams/team.entity';
import { AdjustmentPayload, RotaAdjustmentEntity } from './rota-adjustment.entity';

/** A shift as the rota stands inside the change's transaction: its parts (split by absences) and who is rostered on it. */
interface ShiftNow {
  id: string;
  teamId: string;
  date: LondonDate;
  from: Date;
  to: Date;
  /** The AMHP the rota names (before leave, sickness or approval took them off). */
  rostered: string | null;
  /** Everyone a manager may have seen on it: the rostered AMHP and who holds each part now (null for a vacant part). */
  seen: Set<string | null>;
}

interface RotaState {
  shifts: Shift[];
  absences: Absence[];
  amhps: Map<string, Amhp>;
}

/**
 * One-off changes: replace, cancel, add, swap. Each is checked against the rota as it stands
 * once the revision lock is held (so two managers editing one shift at once cannot both
 * win: the second gets 409), and refused with 400 naming the field when it would put an AMHP
 * on duty without approval in force (s114), while away, or on two shifts at once.
 */
@Injectable()
export class RotaAdjustmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: RotaChanges,
    private readonly rota: RotaQueryService,
  ) {}

  async list(from?: LondonDate, to?: LondonDate): Promise<RotaAdjustmentView[]> {
    const q = this.dataSource.manager.createQueryBuilder(RotaAdjustmentEntity, 'a').orderBy('a.position', 'ASC');
    if (from) q.andWhere('a.last_date >= :from', { from });
    if (to) q.andWhere('a.first_date <= :to', { to });
    return (await q.getMany()).map(toAdjustmentView);
  }

  create(body: CreateRotaAdjustment): Promise<RotaAdjustmentView> {
    return this.changes.apply(`rota-adjustment.${body.type}`, async (m, revision) => {
      const { payload, dates, teamIds } = await this.prepare(m, body);
      const saved = await m.save(
        m.create(RotaAdjustmentEntity, {
          position: revision,
          type: payload.type,
          payload,
          firstDate: dates[0],
          lastDate: dates[dates.length - 1],
          createdBy: currentActor()?.user?.id ?? null,
        }),
      );
      return {
        result: toAdjustmentView(saved),
        audit: { action: `rota-adjustment.${payload.type}`, entityType: 'rota_adjustment', entityId: saved.id, after: saved },
        teamIds,
      };
    });
  }

  /** Undoes a one-off change (the pattern, and later changes, apply again without it). */
  remove(id: string): Promise<void> {
    return this.changes.apply('rota-adjustment.delete', async (m) => {
      const before = await m.findOneBy(RotaAdjustmentEntity, { id });
      if (!before) throw new NotFoundException(`No rota change with id ${id}`);
      await m.delete(RotaAdjustmentEntity, { id });
      const teamIds = before.payload.type === 'add' ? [before.payload.teamId] : (await m.find(TeamEntity, { select: { id: true } })).map((t) => t.id);
      return { result: undefined, audit: { action: 'rota-adjustment.delete', entityType: 'rota_adjustment', entityId: id, before }, teamIds };
    });
  }

  private async prepare(m: EntityManager, body: CreateRotaAdjustment): Promise<{ payload: AdjustmentPayload; dates: LondonDate[]; teamIds: string[] }> {
    switch (body.type) {
      case 'replace': {
        const state = await this.stateAround(m, await this.dateOfShift(m, body.shiftId, 'shiftId'));
        const shift = this.find(state, body.shiftId, 'shiftId');
        if (!shift.seen.has(body.expectedAmhpId)) {
          throw new ConflictException(`Shift ${shift.id} was changed by someone else since you looked at it: reload the rota and try again`);
        }
        if (body.amhpId) this.assertCanTake(state, body.amhpId, shift, 'amhpId', [shift.id]);
        return { payload: { type: 'replace', shiftId: shift.id, amhpId: body.amhpId, previousAmhpId: shift.rostered }, dates: [shift.date], teamIds: [shift.teamId] };
      }
      case 'cancel': {
        const state = await this.stateAround(m, await this.dateOfShift(m, body.shiftId, 'shiftId'));
        const shift = this.find(state, body.shiftId, 'shiftId');
        return { payload: { type: 'cancel', shiftId: shift.id }, dates: [shift.date], teamIds: [shift.teamId] };
      }
      case 'add': {
        const team = await m.findOneBy(TeamEntity, { id: body.teamId });
        if (!team) throw new ValidationException([{ field: 'teamId', message: `No team with id ${body.teamId}` }]);
        if (team.kind !== body.kind) throw new ValidationException([{ field: 'kind', message: `Team ${team.id} does ${team.kind} duty only` }]);
        const from = new Date(body.startsAt);
        const to = new Date(body.endsAt);
        const date = londonDateOf(from);
        if (body.amhpId) {
          const state = await this.stateAround(m, date);
          this.assertCanTake(state, body.amhpId, { id: '(new)', teamId: team.id, date, from, to, rostered: null, seen: new Set() }, 'amhpId', []);
        }
        const payload: AdjustmentPayload = { type: 'add', teamId: team.id, kind: team.kind, startsAt: from.toISOString(), endsAt: to.toISOString(), amhpId: body.amhpId };
        return { payload, dates: [date], teamIds: [team.id] };
      }
      case 'swap': {
        const dates = [await this.dateOfShift(m, body.first.shiftId, 'first.shiftId'), await this.dateOfShift(m, body.second.shiftId, 'second.shiftId')].sort();
        const state = await this.stateAround(m, dates[0], dates[1]);
        const first = this.find(state, body.first.shiftId, 'first.shiftId');
        const second = this.find(state, body.second.shiftId, 'second.shiftId');
        for (const [side, shift] of [[body.first, first], [body.second, second]] as const) {
          if (shift.rostered !== side.amhpId) throw new ConflictException(`Shift ${shift.id} is no longer held by AMHP ${side.amhpId}: reload the rota and try again`);
        }
        const both = [first.id, second.id];
        this.assertCanTake(state, body.first.amhpId, second, 'first.amhpId', both);
        this.assertCanTake(state, body.second.amhpId, first, 'second.amhpId', both);
        const payload: AdjustmentPayload = { type: 'swap', first: { shiftId: first.id, amhpId: body.first.amhpId }, second: { shiftId: second.id, amhpId: body.second.amhpId } };
        return { payload, dates, teamIds: [first.teamId, second.teamId] };
      }
    }
  }

  /** The London date a shift id belongs to: pattern shift ids carry it; an added shift's is its start's. */
  private async dateOfShift(m: EntityManager, shiftId: string, field: string): Promise<LondonDate> {
    const base = baseShiftId(shiftId);
    const parts = base.split(':');
    if (parts[0] === 'added' && parts.length === 2) {
      const added = /^[0-9a-f-]{36}$/i.test(parts[1]) ? await m.findOneBy(RotaAdjustmentEntity, { id: parts[1] }) : null;
      if (added?.payload.type === 'add') return londonDateOf(new Date(added.payload.startsAt));
    } else if (parts.length === 4 && isLondonDate(parts[1])) {
      return parts[1];
    }
    throw new ValidationException([{ field, message: `No shift ${shiftId} on the rota` }]);
  }

  private async stateAround(m: EntityManager, first: LondonDate, last: LondonDate = first): Promise<RotaState> {
    const built = await this.rota.rota(addLondonDays(first, -1), addLondonDays(last, 1), undefined, m);
    const absences = await m
      .createQueryBuilder(AbsenceEntity, 'x')
      .where('x.ends_at > :start AND x.starts_at < :end', { start: londonInstant(addLondonDays(first, -1)), end: londonInstant(addLondonDays(last, 2)) })
      .getMany();
    const amhps = await this.rota.amhpsForRota(m);
    return { shifts: built.shifts, absences: absences.map(absenceOf), amhps: new Map(amhps.map((a) => [a.id, a])) };
  }

  private find(state: RotaState, shiftId: string, field: string): ShiftNow {
    const id = baseShiftId(shiftId);
    const parts = state.shifts.filter((s) => baseShiftId(s.id) === id);
    if (parts.length === 0) throw new ValidationException([{ field, message: `No shift ${shiftId} on the rota (cancelled, or no pattern covers it)` }]);
    const seen = new Set<string | null>();
    for (const p of parts) {
      seen.add(p.amhpId);
      if (p.vacated) seen.add(p.vacated.amhpId);
    }
    const first = parts[0];
    return {
      id,
      teamId: first.team,
      date: first.date,
      from: new Date(Math.min(...parts.map((p) => p.startsAt.getTime()))),
      to: new Date(Math.max(...parts.map((p) => p.endsAt.getTime()))),
      rostered: first.vacated?.amhpId ?? first.amhpId,
      seen,
    };
  }

  private assertCanTake(state: RotaState, amhpId: string, shift: ShiftNow, field: string, ignoreShiftIds: string[]): void {
    const refusal = dutyRefusal({ amhpId, amhp: state.amhps.get(amhpId), from: shift.from, to: shift.to, absences: state.absences, shifts: state.shifts, ignoreShiftIds });
    if (refusal) throw new ValidationException([{ field, message: refusal }]);
  }
}

export function toAdjustmentView(a: RotaAdjustmentEntity): RotaAdjustmentView {
  const base = { id: a.id, position: a.position, firstDate: a.firstDate, lastDate: a.lastDate, createdAt: a.createdAt.toISOString(), createdBy: a.createdBy };
  const p = a.payload;
  return p.type === 'add' ? { ...base, ...p, shiftId: addedShiftId(a.id) } : { ...base, ...p };
}
