import type { AbsenceView, CreateAbsence, FieldIssue } from '@amhp/contracts';
import { LondonDate, addLondonDays, isLondonDate, londonInstant } from '@amhp/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AmhpEntity } from '../../assessments/amhps/amhp.entity';
import { currentActor } from '../../audit/actor-context';
import { RotaChanges } from '../revision/rota-changes.service';
import { TeamEntity } from '../teams/team.entity';
import { AbsenceEntity } from './absence.entity';

/** A date means the whole London day: `from` its start, `to` the end of it (leave is booked by days). */
export function absenceInstants(from: string, to: string): { from: Date; to: Date } {
  return {
    from: isLondonDate(from) && from.length === 10 ? londonInstant(from) : new Date(from),
    to: isLondonDate(to) && to.length === 10 ? londonInstant(addLondonDays(to, 1)) : new Date(to),
  };
}

/** Leave, sickness, training and other absences: the AMHP's shifts inside them become vacancies. */
@Injectable()
export class AbsencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: RotaChanges,
  ) {}

  async list(from?: LondonDate, to?: LondonDate): Promise<AbsenceView[]> {
    const q = this.dataSource.manager.createQueryBuilder(AbsenceEntity, 'x').leftJoinAndSelect('x.amhp', 'amhp').orderBy('x.starts_at', 'ASC').addOrderBy('x.id', 'ASC');
    if (from) q.andWhere('x.ends_at > :from', { from: londonInstant(from) });
    if (to) q.andWhere('x.starts_at < :to', { to: londonInstant(addLondonDays(to, 1)) });
    return (await q.getMany()).map((a) => toAbsenceView(a, a.amhp?.name ?? ''));
  }

  create(body: CreateAbsence): Promise<AbsenceView> {
    return this.changes.apply('absence.create', async (m) => {
      const issues: FieldIssue[] = [];
      const amhp = await m.findOneBy(AmhpEntity, { id: body.amhpId });
      if (!amhp) issues.push({ field: 'amhpId', message: `No AMHP with id ${body.amhpId}` });
      const { from, to } = absenceInstants(body.from, body.to);
      if (!(from.getTime() < to.getTime())) issues.push({ field: 'to', message: 'The absence must end after it starts' });
      if (issues.length > 0) throw new ValidationException(issues);
      const saved = await m.save(m.create(AbsenceEntity, { amhpId: body.amhpId, kind: body.kind, startsAt: from, endsAt: to, createdBy: currentActor()?.user?.id ?? null }));
      return {
        result: toAbsenceView(saved, amhp!.name),
        audit: { action: 'absence.create', entityType: 'absence', entityId: saved.id, after: saved },
        teamIds: await allTeamIds(m),
      };
    });
  }

  remove(id: string): Promise<void> {
    return this.changes.apply('absence.delete', async (m) => {
      const before = await m.findOneBy(AbsenceEntity, { id });
      if (!before) throw new NotFoundException(`No absence with id ${id}`);
      await m.delete(AbsenceEntity, { id });
      return { result: undefined, audit: { action: 'absence.delete', entityType: 'absence', entityId: id, before }, teamIds: await allTeamIds(m) };
    });
  }
}

/** An absence can empty a shift of any team the AMHP is rostered on. */
async function allTeamIds(m: EntityManager): Promise<string[]> {
  return (await m.find(TeamEntity, { select: { id: true } })).map((t) => t.id);
}

function toAbsenceView(a: AbsenceEntity, amhpName: string): AbsenceView {
  return { id: a.id, amhpId: a.amhpId, amhpName, kind: a.kind, from: a.startsAt.toISOString(), to: a.endsAt.toISOString(), createdAt: a.createdAt.toISOString() };
}
