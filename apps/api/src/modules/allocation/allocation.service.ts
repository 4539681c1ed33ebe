import type { AllocationSuggestionView } from '@amhp/contracts';
import { AllocationSuggestion, suggestAmhp } from '@amhp/domain';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { ReferralEntity } from '../referrals/referral.entity';
import { RotaQueryService } from '../rota/rota-query.service';
import { AmhpWorkload, workloads } from './caseloads';

/** A ranking with the names it was made from. */
export interface Ranking {
  suggestion: AllocationSuggestion;
  workloads: Map<string, AmhpWorkload>;
}

/**
 * Who should take a case: the AMHPs on duty for the team responsible at the instant (the
 * referral's day team in hours, its EDT out of hours), ranked by libs/domain suggestAmhp
 * (availability, then caseload, then duty time left). An AMHP whose approval is not in force
 * is never ranked (s114).
 */
@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
  ) {}

  /**
   * The ranking for a referral's team at `at`; null while no day team exists. A referral
   * recorded before teams existed belongs to the first day team.
   */
  async rank(teamId: string | null, at: Date, exclude: readonly string[] = [], manager: EntityManager = this.dataSource.manager): Promise<Ranking | null> {
    const dayTeamId = teamId ?? (await this.rota.defaultDayTeamId(manager));
    if (!dayTeamId) return null;
    const [config, shifts, amhps, loads] = await Promise.all([
      this.rota.dayTeamConfig(dayTeamId, manager),
      this.rota.shiftsAround(at, manager),
      this.rota.amhpsForRota(manager),
      workloads(manager),
    ]);
    const candidates = amhps.map((amhp) => {
      const load = loads.get(amhp.id);
      return { amhp, openCases: load?.openCases ?? 0, availability: load?.availability ?? 'available' };
    });
    return { suggestion: suggestAmhp(candidates, { config, shifts, exclude }, at), workloads: loads };
  }

  /** GET /api/assessments/:id/allocation. The AMHP already allocated is left out: the suggestion is whom to reassign to. */
  async forAssessment(assessmentId: string, at = new Date()): Promise<AllocationSuggestionView> {
    const m = this.dataSource.manager;
    const assessment = await m.findOne(AssessmentEntity, { where: { id: assessmentId }, select: { id: true, referralId: true, amhpId: true } });
    if (!assessment) throw new NotFoundException(`No assessment with id ${assessmentId}`);
    const referral = await m.findOneOrFail(ReferralEntity, { where: { id: assessment.referralId }, select: { id: true, teamId: true } });
    const ranking = await this.rank(referral.teamId, at, assessment.amhpId ? [assessment.amhpId] : []);
    if (!ranking) throw new ConflictException('No day team has been set up yet: a rota manager adds the teams and their rota first');
    const teams = await this.rota.teams();
    const { suggestion, workloads: loads } = ranking;
    const nameOf = (id: string) => loads.get(id)?.name ?? 'Unknown AMHP';
    const ranked = suggestion.ranked.map((c) => ({ ...c, amhpName: nameOf(c.amhpId), onDutyUntil: c.onDutyUntil.toISOString() }));
    return {
      assessmentId,
      at: at.toISOString(),
      team: suggestion.team,
      teamName: teams.find((t) => t.id === suggestion.team)?.name ?? suggestion.team,
      kind: suggestion.kind,
      outOfHours: suggestion.outOfHours,
      allocatedAmhp: assessment.amhpId ? { id: assessment.amhpId, name: nameOf(assessment.amhpId) } : null,
      suggested: ranked[0] ?? null,
      ranked,
      excluded: suggestion.excluded.map((e) => ({ ...e, amhpName: nameOf(e.amhpId) })),
    };
  }
}
