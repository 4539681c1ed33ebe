import { Availability } from '@amhp/domain';
import { EntityManager } from 'typeorm';
import { AmhpEntity } from '../assessments/amhps/amhp.entity';

export interface AmhpWorkload {
  name: string;
  /** Open (not closed) cases allocated to the AMHP. */
  openCases: number;
  /** 'busy' is derived: they hold a case at the assessment-under-way stage; 'unavailable' is their own setting. */
  availability: Availability;
}

/** Every AMHP's name, open caseload and availability, by AMHP id: one query for the ranking. */
export async function workloads(manager: EntityManager): Promise<Map<string, AmhpWorkload>> {
  const rows = (await manager
    .createQueryBuilder(AmhpEntity, 'm')
    .leftJoin('assessments', 'a', `a.amhp_id = m.id AND a.stage <> 'closed'`)
    .select('m.id', 'id')
    .addSelect('m.name', 'name')
    .addSelect('m.availability', 'availability')
    .addSelect('count(a.id)::int', 'openCases')
    .addSelect(`coalesce(bool_or(a.stage = 'assessment_under_way'), false)`, 'busy')
    .groupBy('m.id')
    .getRawMany()) as { id: string; name: string; availability: 'available' | 'unavailable'; openCases: number; busy: boolean }[];
  return new Map(
    rows.map((r) => [r.id, { name: r.name, openCases: r.openCases, availability: r.availability === 'unavailable' ? 'unavailable' : r.busy ? 'busy' : 'available' }]),
  );
}
