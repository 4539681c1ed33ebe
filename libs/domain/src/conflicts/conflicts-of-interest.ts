import { combineChecks, exception, hasReason, RuleCheck, violation } from '../rules/rule-violation';
import { AssessorRelationship, hasRelationship } from './assessor-relationships';
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
  /** The relationships between the assessors that the AMHP recorded on the case. */
  relationships?: readonly AssessorRelationship[];
}

const REGS = 'Mental Health (Conflicts of Interest) (England) Regulations 2008';

/** s11(1A) bars the AMHP's application, s12(3) the doctor's recommendation, where the Regulations find a conflict. */
const sectionFor = (...assessors: Assessor[]) =>
  [...new Set(assessors.map((a) => (a.role === 'amhp' ? 's11(1A)' : 's12(3)')))].sort().join(', ');

const who = (a: Assessor) => (a.role === 'amhp' ? 'The AMHP' : `Dr ${a.id}`);

/**
 * Conflicts of interest where AMHP Hub has the data: an assessor related to the person or to
 * another assessor (personal), with a financial interest in the outcome (financial), in a
 * business venture with another assessor (business), directing the work of (line-managing) or
 * employing another assessor, in either direction, or all three assessors in one team
 * (professional; the urgent-case exception applies to this last one only). Facts come from the
 * assessors' records and from the relationships recorded on the case.
 */
export function checkConflictsOfInterest(facts: ConflictCheckFacts): RuleCheck {
  const assessors = [facts.amhp, ...facts.doctors];
  const pairs: Array<[Assessor, Assessor]> = assessors.flatMap((a, i) => assessors.slice(i + 1).map((b) => [a, b] as [Assessor, Assessor]));
  return combineChecks(
    ...assessors.map(checkPersonAlone),
    ...pairs.map(([a, b]) => checkPair(a, b, facts.relationships)),
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

const lower = (a: Assessor) => who(a).replace('The AMHP', 'the AMHP');

function checkPair(a: Assessor, b: Assessor, relationships: readonly AssessorRelationship[] | undefined): RuleCheck {
  const checks: RuleCheck[] = [];
  const related = (x: Assessor, y: Assessor) => x.conflicts?.relativeOfAssessorIds?.includes(y.id) ?? false;
  if (related(a, b) || related(b, a) || hasRelationship(relationships, 'related', a.id, b.id)) {
    checks.push(violation('conflict.assessors_related', sectionFor(a, b), `${who(a)} and ${lower(b)} are related (${REGS}, personal relationship).`));
  }
  const manages = (x: Assessor, y: Assessor) =>
    (!!y.conflicts?.lineManagerId && y.conflicts.lineManagerId === x.id) || hasRelationship(relationships, 'line_manages', x.id, y.id, true);
  if (manages(a, b) || manages(b, a)) {
    const [manager, managed] = manages(a, b) ? [a, b] : [b, a];
    checks.push(violation('conflict.line_management', sectionFor(a, b), `${who(managed)} is line-managed by ${lower(manager)} (${REGS}, professional reasons).`));
  }
  const employs = (x: Assessor, y: Assessor) => hasRelationship(relationships, 'employs', x.id, y.id, true);
  if (employs(a, b) || employs(b, a)) {
    const [employer, employee] = employs(a, b) ? [a, b] : [b, a];
    checks.push(violation('conflict.employment', sectionFor(a, b), `${who(employee)} is employed by ${lower(employer)} (${REGS}, professional reasons).`));
  }
  const ventures = new Set(a.conflicts?.businessVentureIds ?? []);
  if ((b.conflicts?.businessVentureIds ?? []).some((v) => ventures.has(v)) || hasRelationship(relationships, 'business_venture', a.id, b.id)) {
    checks.push(violation('conflict.business', sectionFor(a, b), `${who(a)} and ${lower(b)} are in the same business venture (${REGS}, business reasons).`));
  }
  return combineChecks(...checks);
}

/** Members of one team organised to work together for clinical purposes on a routine basis: by the recorded teams, or as the AMHP recorded. */
function inOneTeam(x: Assessor, y: Assessor, relationships: readonly AssessorRelationship[] | undefined): boolean {
  const team = x.conflicts?.teamId;
  return (!!team && y.conflicts?.teamId === team) || hasRelationship(relationships, 'same_team', x.id, y.id);
}

function checkSameTeam(facts: ConflictCheckFacts): RuleCheck {
  if (facts.doctors.length < 2) return combineChecks();
  const [first, second] = facts.doctors;
  const allInTeam =
    inOneTeam(facts.amhp, first, facts.relationships) && inOneTeam(facts.amhp, second, facts.relationships) && inOneTeam(first, second, facts.relationships);
  if (!allInTeam) return combineChecks();
  const section = sectionFor(facts.amhp, ...facts.doctors);
  if (hasReason(facts.urgentCaseReason)) return exception('conflict.same_team', section, facts.urgentCaseReason.trim());
  return violation(
    'conflict.same_team',
    section,
    `The AMHP and both doctors are members of the same team (${REGS}, professional reasons); allowed only where delay would involve serious risk to the person or others, with the reason recorded.`,
  );
}
