import { Assessor, checkConflictsOfInterest } from '../conflicts/conflicts-of-interest';
import { RuleCheck } from '../rules/rule-violation';
import { compareText } from '../rota/compare-text';
import { formatLondonDate, formatLondonDateTime, londonDateOf, londonInstant } from '../time';
import { hasDeclaredAvailability, isDoctorAvailableAt, nextAvailableAt } from './doctor-availability';
import { CandidateAvailability, CandidateReason, DoctorCandidate, RankedDoctor, SlotNeeds } from './doctor-candidate';
import { DOCTOR_SEXES, DOCTOR_SPECIALISMS, DoctorSpecialism, normaliseLanguage } from './doctor-directory';
import { districtCovers, postcodeDistrictOf } from './postcode';
import { s12StandingAt, S12Standing } from './s12-approval';

type Assessed = Omit<RankedDoctor, 'position' | 'rank'>;

const dayText = (day: string) => formatLondonDate(londonInstant(day));

/** The specialisms the person's circumstances call for, in a fixed order. */
export function specialismsWanted(needs: SlotNeeds): DoctorSpecialism[] {
  const wanted = new Set<DoctorSpecialism>(needs.specialisms ?? []);
  if (needs.ageGroup === 'child') wanted.add('children_and_young_people');
  if (needs.ageGroup === 'older_adult') wanted.add('older_adults');
  if (needs.learningDisability) wanted.add('learning_disability');
  return (Object.keys(DOCTOR_SPECIALISMS) as DoctorSpecialism[]).filter((s) => wanted.has(s));
}

function s12Reasons(s12: S12Standing, needs: SlotNeeds): CandidateReason[] {
  const { approval, lastDay } = s12;
  if (s12.counts && approval && lastDay) {
    const reasons: CandidateReason[] = [];
    const priority = needs.slot === 's12' || needs.s12SlotOpen;
    const text =
      approval.kind === 'approved_clinician'
        ? `Approved clinician until ${dayText(lastDay)}, treated as s12-approved`
        : `s12-approved until ${dayText(lastDay)}`;
    reasons.push({
      code: approval.kind === 'approved_clinician' ? 'approved_clinician' : 's12_approved',
      effect: priority ? 'favours' : 'note',
      text: needs.slot === 'second' && needs.s12SlotOpen ? `${text}: could fill the s12 place still open` : text,
      section: approval.kind === 'approved_clinician' ? 's12(2A)' : 's12(2)',
    });
    if (lastDay === londonDateOf(needs.proposedAt)) {
      reasons.push({ code: 's12_ends_on_the_day', effect: 'note', text: 'Approval ends on the day of the assessment: a recommendation signed after midnight would not count', section: 's12(2)' });
    }
    return reasons;
  }
  if (needs.slot !== 's12') {
    return s12.state === 'lapsed' && lastDay
      ? [{ code: 's12_lapsed', effect: 'note', text: `s12 approval expired on ${dayText(lastDay)}: can be the second doctor, not the s12 one`, section: 's12(2)' }]
      : [];
  }
  if (s12.state === 'lapsed' && lastDay) {
    return [{ code: 's12_lapsed', effect: 'rules_out', text: `s12 approval expired on ${dayText(lastDay)}: a recommendation signed then would not count as s12-approved`, section: 's12(2)' }];
  }
  if (s12.state === 'not_yet_approved') {
    return [{ code: 's12_not_yet_approved', effect: 'rules_out', text: 's12 approval has not started by the proposed time', section: 's12(2)' }];
  }
  return [{ code: 's12_never_approved', effect: 'rules_out', text: 'Not s12-approved and not an approved clinician', section: 's12(2), s12(2A)' }];
}

/** The conflicts the candidate would bring to the assessment: those found with them and not without them. */
function conflictsIntroduced(candidate: DoctorCandidate, needs: SlotNeeds): RuleCheck {
  const amhp: Assessor = needs.amhp ?? { id: '', role: 'amhp' };
  const others = (needs.otherDoctors ?? []).filter((d) => d.id !== candidate.doctorId);
  const me: Assessor = { id: candidate.doctorId, role: 'doctor', conflicts: candidate.conflicts };
  const urgentCaseReason = needs.urgentCaseReason ?? null;
  const without = checkConflictsOfInterest({ amhp, doctors: others, urgentCaseReason });
  const withMe = checkConflictsOfInterest({ amhp, doctors: [...others, me], urgentCaseReason });
  const minus = <T extends { rule: string; section: string }>(all: T[], base: T[], key: (x: T) => string): T[] => {
    const left = base.map(key);
    return all.filter((x) => {
      const i = left.indexOf(key(x));
      if (i === -1) return true;
      left.splice(i, 1);
      return false;
    });
  };
  return {
    violations: minus(withMe.violations, without.violations, (v) => `${v.rule}|${v.section}|${v.message}`),
    exceptions: minus(withMe.exceptions, without.exceptions, (e) => `${e.rule}|${e.section}|${e.reason}`),
  };
}

function availabilityOf(candidate: DoctorCandidate, at: Date): { availability: CandidateAvailability; next: Date | null } {
  if (!candidate.availability || !hasDeclaredAvailability(candidate.availability)) return { availability: 'not_declared', next: null };
  if (isDoctorAvailableAt(candidate.availability, at)) return { availability: 'available', next: null };
  return { availability: 'not_available', next: nextAvailableAt(candidate.availability, at) };
}

/** Weighs one doctor for the slot: what rules them out and what moves them up or down. */
export function assessDoctorCandidate(candidate: DoctorCandidate, needs: SlotNeeds): Assessed {
  const ruledOut: CandidateReason[] = [];
  const reasons: CandidateReason[] = [];
  const add = (r: CandidateReason) => (r.effect === 'rules_out' ? ruledOut : reasons).push(r);

  if (candidate.registered === false) add({ code: 'not_registered', effect: 'rules_out', text: 'Not a registered medical practitioner: cannot give a medical recommendation' });
  const onCase = candidate.alreadyOnCase === true || (needs.otherDoctors ?? []).some((d) => d.id === candidate.doctorId);
  if (onCase) add({ code: 'already_on_case', effect: 'rules_out', text: 'Already a doctor on this assessment' });

  const s12 = s12StandingAt(candidate.approvals, needs.proposedAt);
  s12Reasons(s12, needs).forEach(add);

  const conflicts = conflictsIntroduced(candidate, needs);
  for (const v of conflicts.violations) add({ code: 'conflict_of_interest', effect: 'rules_out', text: v.message, section: v.section });
  for (const e of conflicts.exceptions) add({ code: 'conflict_urgent_exception', effect: 'note', text: `All three assessors in one team, allowed as an urgent case: ${e.reason}`, section: e.section });

  const { availability, next } = availabilityOf(candidate, needs.proposedAt);
  const when = formatLondonDateTime(needs.proposedAt);
  if (availability === 'not_available') {
    add({ code: 'not_available', effect: 'rules_out', text: `Not available at ${when}${next ? `; next available ${formatLondonDateTime(next)}` : ''}` });
  }

  const previousAcquaintance = candidate.previousAcquaintance === true;
  if (previousAcquaintance) add({ code: 'previous_acquaintance', effect: 'favours', text: 'Knows the person (previous acquaintance)', section: 's12(2)' });
  if (availability === 'available') add({ code: 'available', effect: 'favours', text: `Available at ${when}` });
  if (availability === 'not_declared') add({ code: 'availability_not_declared', effect: 'counts_against', text: 'Has not declared availability: ask' });

  let needsMet = 0;
  let needsAsked = 0;
  const wantedLanguages = (needs.languages ?? []).map(normaliseLanguage).filter((l) => l.length > 0);
  if (wantedLanguages.length > 0) {
    needsAsked++;
    const spoken = new Set((candidate.languages ?? []).map(normaliseLanguage));
    const matched = (needs.languages ?? []).filter((l) => spoken.has(normaliseLanguage(l)));
    if (matched.length > 0) {
      needsMet++;
      add({ code: 'speaks_language', effect: 'favours', text: `Speaks ${matched.join(', ')}` });
    } else add({ code: 'language_not_spoken', effect: 'counts_against', text: `Does not speak ${(needs.languages ?? []).join(' or ')}` });
  }
  if (needs.requestedSex) {
    needsAsked++;
    const label = DOCTOR_SEXES[needs.requestedSex].toLowerCase();
    if (candidate.sex === needs.requestedSex) {
      needsMet++;
      add({ code: 'requested_sex', effect: 'favours', text: `A ${label} doctor, as the person asked` });
    } else add({ code: 'not_requested_sex', effect: 'counts_against', text: `The person asked for a ${label} doctor` });
  }
  for (const s of specialismsWanted(needs)) {
    needsAsked++;
    if (candidate.specialisms?.includes(s)) {
      needsMet++;
      add({ code: 'specialism', effect: 'favours', text: DOCTOR_SPECIALISMS[s] });
    } else add({ code: 'specialism_missing', effect: 'counts_against', text: `No ${DOCTOR_SPECIALISMS[s].toLowerCase()} specialism recorded` });
  }

  const place = needs.placeDistrict ? postcodeDistrictOf(needs.placeDistrict) : null;
  const coversPlace = place === null ? null : (candidate.coveredDistricts ?? []).some((d) => districtCovers(d, place));
  if (place !== null) {
    add(coversPlace ? { code: 'covers_district', effect: 'favours', text: `Covers ${place}` } : { code: 'outside_districts', effect: 'counts_against', text: `Does not cover ${place}` });
  }
  const miles = candidate.travelDistanceMiles;
  const travelDistanceMiles = typeof miles === 'number' && Number.isFinite(miles) && miles >= 0 ? miles : null;
  if (travelDistanceMiles !== null) add({ code: 'travel_distance', effect: 'note', text: `${Math.round(travelDistanceMiles * 10) / 10} miles away` });
  const openInvitations = Math.max(0, Math.floor(candidate.openInvitations ?? 0));
  if (openInvitations > 0) add({ code: 'open_invitations', effect: 'counts_against', text: `${openInvitations} invitation${openInvitations === 1 ? '' : 's'} not yet answered` });

  return {
    doctorId: candidate.doctorId,
    eligible: ruledOut.length === 0,
    s12,
    availability,
    nextAvailableAt: next,
    previousAcquaintance,
    coversPlace,
    travelDistanceMiles,
    needsMet,
    needsAsked,
    openInvitations,
    ruledOut,
    reasons,
  };
}

const AVAILABILITY_ORDER: Record<CandidateAvailability, number> = { available: 0, not_declared: 1, not_available: 2 };

/**
 * The ranking's order, key by key (the first that differs decides):
 * 1. eligible before ruled out;
 * 2. for the s12 slot, or the second slot while the s12 slot is open, s12-approved (or an AC) first;
 * 3. previous acquaintance first (s12(2): one recommendation, if practicable, from a doctor who knows the person);
 * 4. available at the proposed time, then availability not declared (ask), then not available;
 * 5. more of the person's needs met (language, sex asked for, specialism);
 * 6. covering the place's postcode district;
 * 7. nearer (unknown distance last);
 * 8. fewer invitations not yet answered;
 * 9. doctor id, so that ties always resolve the same way.
 */
export function compareRankedDoctors(a: Assessed, b: Assessed, needs: Pick<SlotNeeds, 'slot' | 's12SlotOpen'>): number {
  const s12First = needs.slot === 's12' || needs.s12SlotOpen === true;
  const s12Key = (x: Assessed) => (s12First && x.s12.counts ? 0 : 1);
  const distance = (x: Assessed) => x.travelDistanceMiles ?? Number.POSITIVE_INFINITY;
  return (
    Number(b.eligible) - Number(a.eligible) ||
    s12Key(a) - s12Key(b) ||
    Number(b.previousAcquaintance) - Number(a.previousAcquaintance) ||
    AVAILABILITY_ORDER[a.availability] - AVAILABILITY_ORDER[b.availability] ||
    b.needsMet - a.needsMet ||
    Number(b.coversPlace === true) - Number(a.coversPlace === true) ||
    (distance(a) === distance(b) ? 0 : distance(a) < distance(b) ? -1 : 1) ||
    a.openInvitations - b.openInvitations ||
    compareText(a.doctorId, b.doctorId)
  );
}

/**
 * Ranks the doctors who might fill a slot of an assessment. Each comes back with the reasons
 * for their place and anything that rules them out: for the s12 slot, no s12 approval (or AC
 * status) in force at the proposed time (s12(2), s12(2A)); a conflict of interest they would
 * bring (Mental Health (Conflicts of Interest) (England) Regulations 2008; s12(3)); already on
 * this case; not available at the proposed time; not a registered medical practitioner.
 * Eligible doctors come first, in the order of `compareRankedDoctors`; the result does not
 * depend on the order of the input. Doctor ids must be unique.
 */
export function rankDoctorCandidates(candidates: readonly DoctorCandidate[], needs: SlotNeeds): RankedDoctor[] {
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.doctorId)) throw new RangeError(`Doctor ${c.doctorId} appears twice among the candidates`);
    ids.add(c.doctorId);
  }
  let rank = 0;
  return candidates
    .map((c) => assessDoctorCandidate(c, needs))
    .sort((a, b) => compareRankedDoctors(a, b, needs))
    .map((a, i) => ({ ...a, position: i + 1, rank: a.eligible ? ++rank : null }));
}
