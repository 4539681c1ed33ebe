import { combineChecks, exception, hasReason, RuleCheck, violation } from '../rules/rule-violation';
import { ConflictOfInterestFacts } from './conflict-facts';

/** The AMHP or a recommending doctor on one assessment. */
export interface Assessor {
  id: string;
  role: 'amhp' | 'doctor';
  conflicts?: ConflictOfInterestFacts;
}

export interface ConflictCheckFacts {
  amhp: Assessor;
  doctors: readonly Assessor[];
  /**
   * The urgent-case exception: the assessors consider that delay would involve serious risk to
   * the health or safety of the person or others. It lifts only the "all three in one team" conflict.
   */
  urgentCaseReason?: string | null;
}

const REGS = 'Mental Health (Conflicts of Interest) (England) Regulations 2008';

/** s11(1A) bars the AMHP's application, s12(3) the doctor's recommendation, where the Regulations find a conflict. */
const sectionFor = (...assessors: Assessor[]) =>
  [...new Set(assessors.map((a) => (a.role === 'amhp' ? 's11(1A)' : 's12(3)')))].sort().join(', ');

const who = (a: Assessor) => (a.role === 'amhp' ? 'The AMHP' : `Dr ${a.id}`);

/**
 * Conflicts of interest where AMHP Hub has the data: an assessor related to the person or to
 * another assessor (personal), with a financial interest in the outcome (financial), in a
 * business venture with another assessor (business), line-managing or line-managed by another
 * assessor, or all three assessors in one team (professional; the urgent-case exception applies
 * to this last one only).
 */
export function checkConflictsOfInterest(facts: ConflictCheckFacts): RuleCheck {
  const assessors = [facts.amhp, ...facts.doctors];
  const pairs: Array<[Assessor, Assessor]> = assessors.flatMap((a, i) => assessors.slice(i + 1).map((b) => [a, b] as [Assessor, Assessor]));
  return combineChecks(
    ...assessors.map(checkPersonAlone),
    ...pairs.map(([a, b]) => checkPair(a, b)),
    checkSameTeam(facts),
  );
}

function checkPersonAlone(a: Assessor): RuleCheck {
  const checks: RuleCheck[] = [];
  if (a.conflicts?.relativeOfPatient) {
    checks.push(violation('conflict.relative_of_patient', sectionFor(a), `${who(a)} is a relative of the person being assessed (${REGS}, personal relationship).`));
  }
  if (a.conflicts?.financialInterestInOutcome) {
    checks.push(violation('conflict.financial_interest', sectionFor(a), `${who(a)} has a financial interest in the outcome (${REGS}, financial reasons).`));
  }
  return combineChecks(...checks);
}

function checkPair(a: Assessor, b: Assessor): RuleCheck {
  const checks: RuleCheck[] = [];
  const related = (x: Assessor, y: Assessor) => x.conflicts?.relativeOfAssessorIds?.includes(y.id) ?? false;
  if (related(a, b) || related(b, a)) {
    checks.push(violation('conflict.assessors_related', sectionFor(a, b), `${who(a)} and ${who(b)} are related (${REGS}, personal relationship).`));
  }
  const manages = (x: Assessor, y: Assessor) => !!y.conflicts?.lineManagerId && y.conflicts.lineManagerId === x.id;
  if (manages(a, b) || manages(b, a)) {
    const [manager, managed] = manages(a, b) ? [a, b] : [b, a];
    checks.push(
      violation('conflict.line_management', sectionFor(a, b), `${who(managed)} is line-managed by ${who(manager).replace('The AMHP', 'the AMHP')} (${REGS}, professional reasons).`),
    );
  }
  const ventures = new Set(a.conflicts?.businessVentureIds ?? []);
  if ((b.conflicts?.businessVentureIds ?? []).some((v) => ventures.has(v))) {
    checks.push(violation('conflict.business', sectionFor(a, b), `${who(a)} and ${who(b)} are in the same business venture (${REGS}, business reasons).`));
  }
  return combineChecks(...checks);
}

function checkSameTeam(facts: ConflictCheckFacts): RuleCheck {
  if (facts.doctors.length < 2) return combineChecks();
  const team = facts.amhp.conflicts?.teamId;
  const allInTeam = !!team && facts.doctors.every((d) => d.conflicts?.teamId === team);
  if (!allInTeam) return combineChecks();
  const section = sectionFor(facts.amhp, ...facts.doctors);
  if (hasReason(facts.urgentCaseReason)) return exception('conflict.same_team', section, facts.urgentCaseReason.trim());
  return violation(
    'conflict.same_team',
    section,
    `The AMHP and both doctors are members of the same team (${REGS}, professional reasons); allowed only where delay would involve serious risk to the person or others, with the reason recorded.`,
  );
}
