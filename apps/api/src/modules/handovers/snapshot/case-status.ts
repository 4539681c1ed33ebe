import { allowedCommands, ApplicationSection, AssessmentState, CONVEYANCE_MODES, formatLondonDateTime } from '@amhp/domain';

/** What the handover needs to know about a case besides its lifecycle state. */
export interface CaseRecords {
  /** The doctors' examinations recorded, with the section each recommends (null: no recommendation yet). */
  examinations: readonly { recommendationSection: ApplicationSection | null }[];
  /** The nearest relative as recorded on the case, or null when nothing is recorded yet. */
  nearestRelative: {
    identification: 'identified' | 'undetermined' | 'none' | 'not_recorded';
    informedAt: Date | null;
    consultedAt: Date | null;
    toBeInformedAfterApplication: boolean;
  } | null;
}

const AWAITING_CLOSURE = 'Case closure';

/** s13(4): a nearest relative's request answered by a decision not to apply is owed written reasons. */
function writtenReasonsOwed(state: AssessmentState): boolean {
  if (!state.nearestRelativeRequest || state.writtenReasonsToNearestRelativeAt) return false;
  const declined = state.screening !== null && state.screening.decision !== 'accepted';
  return declined || (state.outcome !== null && state.outcome.kind !== 'application');
}

function afterDecisionNotToApply(state: AssessmentState): string[] {
  return writtenReasonsOwed(state) ? ['Written reasons to the nearest relative for not applying (s13(4))'] : [AWAITING_CLOSURE];
}

function nearestRelativeBeforeOutcome(records: CaseRecords): string[] {
  const nr = records.nearestRelative;
  if (!nr || nr.identification === 'not_recorded') return ['The nearest relative to be identified (s26)'];
  if (nr.identification === 'identified' && !nr.informedAt && !nr.consultedAt && !nr.toBeInformedAfterApplication) {
    return ['The nearest relative to be informed (s11(3)) or consulted (s11(4))'];
  }
  return [];
}

/** s11(3): after an s2 application the nearest relative is informed, when that was left until after it. */
function nearestRelativeAfterApplication(state: AssessmentState, records: CaseRecords): string[] {
  const nr = records.nearestRelative;
  if (state.outcome?.kind !== 'application' || !nr?.toBeInformedAfterApplication || nr.informedAt) return [];
  return ['The nearest relative to be informed of the application (s11(3))'];
}

/**
 * What an open case is waiting for, in the words a duty AMHP uses at handover: derived from its
 * stage and what is recorded on it (the doctors, the nearest relative, the bed, conveyance,
 * admission). Empty for a closed case.
 */
export function awaitingOf(state: AssessmentState, records: CaseRecords): string[] {
  switch (state.stage) {
    case 'referral_received':
      return ['Screening: is a Mental Health Act assessment needed?'];
    case 'screened':
      return state.screening?.decision === 'accepted' ? ['An AMHP to be allocated'] : afterDecisionNotToApply(state);
    case 'amhp_allocated':
      // s12(2): one of the two recommending doctors approved under s12, one with previous acquaintance if practicable.
      return ['Doctors: two, one approved under s12 (s12(2))', 'A time and place for the assessment'];
    case 'assessment_arranged': {
      const arrangement = state.arrangement;
      const out = arrangement ? [`The assessment: ${formatLondonDateTime(arrangement.scheduledAt)}, ${arrangement.place}`] : ['A time and place for the assessment'];
      const doctors = arrangement?.doctorIds.length ?? 0;
      if (doctors < 2) out.push(`A second doctor (${doctors} of 2 arranged; one is enough only for s4)`);
      return out;
    }
    case 'assessment_under_way': {
      const recommendations = records.examinations.filter((e) => e.recommendationSection !== null).length;
      const out: string[] = [];
      if (recommendations < 2) out.push(`Medical recommendations: ${recommendations} of 2 (s2(3), s3(3); one for s4(3))`);
      out.push(...nearestRelativeBeforeOutcome(records));
      out.push('The AMHP’s decision on the outcome');
      return out;
    }
    case 'outcome_recorded': {
      const kind = state.outcome?.kind;
      if (kind === 'application') return ['A bed to be sought', ...nearestRelativeAfterApplication(state, records)];
      if (kind === 'informal_admission') return ['A bed for the informal admission (or case closure)'];
      return afterDecisionNotToApply(state);
    }
    case 'bed_sought':
      return [`A bed (sought ${state.bedSoughtAt ? formatLondonDateTime(state.bedSoughtAt) : 'earlier'})`, ...nearestRelativeAfterApplication(state, records)];
    case 'bed_identified':
      return [`Conveyance to ${state.bed?.hospital ?? 'the hospital'}`, ...nearestRelativeAfterApplication(state, records)];
    case 'conveyance_arranged': {
      const mode = state.conveyance ? ` (${CONVEYANCE_MODES[state.conveyance.mode]})` : '';
      return [`Admission to ${state.bed?.hospital ?? 'the hospital'}${mode}`, ...nearestRelativeAfterApplication(state, records)];
    }
    case 'admitted':
      return [...nearestRelativeAfterApplication(state, records), AWAITING_CLOSURE];
    case 'closed':
      return [];
  }
}

/**
 * The next steps open on the case: the labels of the commands its stage allows (the domain's
 * allowedCommands), without withdrawal, which is open at every stage and not an outstanding action.
 */
export function outstandingActionsOf(state: AssessmentState): string[] {
  return allowedCommands(state)
    .filter((c) => c.allowed && c.command !== 'withdraw')
    .map((c) => c.label);
}
