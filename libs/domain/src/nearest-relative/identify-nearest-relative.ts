import { hasAttainedAge, hasLastedMonths } from '../time/london-calendar';
import { LondonDate, londonDateOf } from '../time/london-time';
import { PatientForNearestRelative, Relative, S26_RELATIONSHIPS } from './relative';

export interface PassedOver {
  relativeId: string;
  reason: string;
}

export type NearestRelativeFinding =
  | { outcome: 'identified'; nearestRelative: Relative; reason: string; notes: string[]; passedOver: PassedOver[] }
  | { outcome: 'undetermined'; candidates: Relative[]; reason: string; notes: string[]; passedOver: PassedOver[] }
  | { outcome: 'none'; reason: string; notes: string[]; passedOver: PassedOver[] };

const isPartner = (r: Relative) => r.relationship === 'spouse_or_civil_partner' || r.relationship === 'cohabiting_partner';
const label = (r: Relative) => S26_RELATIONSHIPS[r.relationship].label;

/**
 * Identify the nearest relative by s26 of the Mental Health Act 1983:
 * 1. who counts: the relatives in s26(1), a partner of six months or more (s26(6)) and a
 *    non-relative lived with for five years or more (s26(7), placed last in the list), but neither
 *    of those two where the patient has a spouse or civil partner not permanently separated;
 * 2. who is passed over (s26(5)): not ordinarily resident in the UK while the patient is;
 *    a permanently separated or deserting spouse or partner; under 18 unless a spouse, partner or
 *    parent; anyone else recorded as excluded (e.g. displaced under s29);
 * 3. s26(4): anyone the patient lives with or is cared for by is preferred over ALL the others;
 * 4. s26(3): then the first in the s26(1) list, whole blood before half blood, then the elder,
 *    regardless of sex.
 * Where the records cannot decide (two candidates of unknown or equal age) the outcome is
 * "undetermined" with the candidates, for the AMHP to resolve: the law takes "the person
 * appearing to be" the nearest relative, so a person, not the code, decides the doubt.
 */
export function identifyNearestRelative(relatives: readonly Relative[], patient: PatientForNearestRelative): NearestRelativeFinding {
  const on = typeof patient.on === 'string' ? patient.on : londonDateOf(patient.on);
  const spouseNotSeparated = relatives.some((r) => r.relationship === 'spouse_or_civil_partner' && !r.permanentlySeparatedOrDeserted);
  const passedOver: PassedOver[] = [];
  const notes: string[] = [];
  const candidates: Relative[] = [];
  for (const r of relatives) {
    const reason = disqualification(r, patient, on, spouseNotSeparated);
    if (reason) {
      passedOver.push({ relativeId: r.id, reason });
      continue;
    }
    if (!r.dateOfBirth && !isPartner(r) && r.relationship !== 'father_or_mother') {
      notes.push(`Age of a ${label(r)} is not recorded: confirm they are 18 or over (s26(5)(c)).`);
    }
    candidates.push(r);
  }
  if (candidates.length === 0) {
    return { outcome: 'none', reason: 'No one qualifies as nearest relative under s26.', notes, passedOver };
  }
  return choose(candidates, notes, passedOver);
}

function disqualification(r: Relative, patient: PatientForNearestRelative, on: LondonDate, spouseNotSeparated: boolean): string | null {
  const rel = r.relationship;
  if (rel === 'not_a_relative') return 'Not a relative under s26 (step-relatives and friends do not count).';
  if (r.throughFatherWithoutParentalResponsibility) return 'Related only through a father without parental responsibility (s26(2)(b)).';
  if (r.excludedReason?.trim()) return `Excluded: ${r.excludedReason.trim()}`;
  if (rel === 'cohabiting_partner' || rel === 'lives_with_patient') {
    const [months, sub] = rel === 'cohabiting_partner' ? [6, 's26(6)'] : [60, 's26(7)'];
    if (spouseNotSeparated) return `The patient has a husband, wife or civil partner who is not permanently separated (${sub}).`;
    const until = r.livingWithPatientUntil ?? on;
    if (!r.livingWithPatientSince || !hasLastedMonths(r.livingWithPatientSince, months, until)) {
      return `Has not lived with the patient for ${months === 6 ? 'six months' : 'five years'} or more (${sub}).`;
    }
  }
  if (patient.ordinarilyResidentInUk && !r.ordinarilyResidentInUk) {
    return 'Not ordinarily resident in the UK, Channel Islands or Isle of Man, while the patient is (s26(5)(a)).';
  }
  if (isPartner(r) && r.permanentlySeparatedOrDeserted) return 'Permanently separated from the patient, or desertion (s26(5)(b)).';
  if (!isPartner(r) && rel !== 'father_or_mother' && r.dateOfBirth && !hasAttainedAge(r.dateOfBirth, 18, on)) {
    return 'Under 18, and not a husband, wife, civil partner or parent (s26(5)(c)).';
  }
  return null;
}

function choose(candidates: Relative[], notes: string[], passedOver: PassedOver[]): NearestRelativeFinding {
  // s26(7) people live with the patient by definition.
  const livesWith = (r: Relative) => r.livesWithOrCaresForPatient || r.relationship === 'lives_with_patient';
  const preferred = candidates.filter(livesWith);
  const pool = preferred.length > 0 ? preferred : candidates;
  const rank = (r: Relative) => S26_RELATIONSHIPS[r.relationship].rank ?? Number.MAX_SAFE_INTEGER;
  const topRank = Math.min(...pool.map(rank));
  const sameParagraph = pool.filter((r) => rank(r) === topRank);
  const whole = sameParagraph.filter((r) => !r.halfBlood);
  const byBlood = whole.length > 0 ? whole : sameParagraph;

  const reasons: string[] = [];
  if (preferred.length > 0) reasons.push('the patient lives with or is cared for by them, so they are preferred over every other relative (s26(4))');
  reasons.push(`${preferred.length > 0 ? 'of those' : 'of those who qualify'}, the first in the s26 list: ${S26_RELATIONSHIPS[byBlood[0].relationship].label} (${S26_RELATIONSHIPS[byBlood[0].relationship].paragraph})`);
  if (byBlood.length < sameParagraph.length) reasons.push('whole blood is preferred to half blood (s26(3))');

  let chosen: Relative | null = byBlood.length === 1 ? byBlood[0] : null;
  if (!chosen) {
    const dob = (r: Relative) => r.dateOfBirth ?? '';
    const dated = byBlood.filter((r) => r.dateOfBirth).sort((a, b) => dob(a).localeCompare(dob(b)));
    const allDated = dated.length === byBlood.length;
    if (allDated && dated[0].dateOfBirth !== dated[1].dateOfBirth) {
      chosen = dated[0];
      reasons.push(`the eldest of ${byBlood.length}, regardless of sex (s26(3))`);
    } else {
      return {
        outcome: 'undetermined',
        candidates: byBlood,
        reason: `${capitalise(reasons.join('; '))}; but ${byBlood.length} people fit equally and their ages ${allDated ? 'are the same' : 'are not all recorded'}: the elder is the nearest relative (s26(3)).`,
        notes,
        passedOver,
      };
    }
  }
  return { outcome: 'identified', nearestRelative: chosen, reason: `${capitalise(reasons.join('; '))}.`, notes, passedOver };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
