import { AssessmentCommandType } from './assessment-commands';
import { ASSESSMENT_STAGES, AssessmentStage, AssessmentState } from './assessment-state';

interface CommandRule {
  label: string;
  /** The stages at which the command can be given. */
  stages: readonly AssessmentStage[];
  /** A further condition on the state; returns why not, or null. */
  condition?: (state: AssessmentState) => string | null;
}

const OPEN_STAGES = (Object.keys(ASSESSMENT_STAGES) as AssessmentStage[]).filter((s) => s !== 'closed');
const AFTER_ACCEPTANCE: AssessmentStage[] = ['screened', 'amhp_allocated', 'assessment_arranged', 'assessment_under_way', 'outcome_recorded', 'bed_sought', 'bed_identified', 'conveyance_arranged'];

const declinedAtScreening = (s: AssessmentState) => s.stage === 'screened' && s.screening?.decision !== 'accepted';
/** The AMHP has decided not to apply (screened out, or an outcome other than an application, informal admission included). */
const decidedNotToApply = (s: AssessmentState) => declinedAtScreening(s) || (s.outcome !== null && s.outcome.kind !== 'application');

/**
 * Which command each stage allows (issue 3, item 1). The AMHP can be changed at any open stage
 * after acceptance (handover between day team and EDT happens during a bed wait); a bed can be
 * sought again if one falls through; withdrawal is open until the case is closed.
 */
export const COMMAND_RULES: Record<AssessmentCommandType, CommandRule> = {
  screen_referral: { label: 'Screen the referral', stages: ['referral_received'] },
  allocate_amhp: {
    label: 'Allocate an AMHP',
    stages: AFTER_ACCEPTANCE,
    condition: (s) => (declinedAtScreening(s) ? 'the referral was not accepted for a Mental Health Act assessment' : null),
  },
  arrange_assessment: { label: 'Arrange the assessment', stages: ['amhp_allocated', 'assessment_arranged'] },
  start_assessment: { label: 'Start the assessment', stages: ['assessment_arranged'] },
  make_application: { label: 'Make an application (s2, s3 or s4)', stages: ['assessment_under_way'] },
  record_informal_admission: { label: 'Record informal admission', stages: ['assessment_under_way'] },
  record_community_alternative: { label: 'Record a community alternative', stages: ['assessment_under_way'] },
  record_no_further_action: { label: 'Record no further action', stages: ['assessment_under_way'] },
  record_not_completed: { label: 'Record assessment not completed', stages: ['assessment_arranged', 'assessment_under_way'] },
  seek_bed: {
    label: 'Seek a bed',
    stages: ['outcome_recorded', 'bed_identified', 'conveyance_arranged'],
    condition: (s) =>
      s.stage === 'outcome_recorded' && s.outcome?.kind !== 'application' && s.outcome?.kind !== 'informal_admission'
        ? 'a bed is sought only after an application or an agreed informal admission'
        : null,
  },
  identify_bed: { label: 'Record the bed identified', stages: ['bed_sought'] },
  arrange_conveyance: { label: 'Arrange conveyance', stages: ['bed_identified'] },
  admit: { label: 'Record admission', stages: ['bed_identified', 'conveyance_arranged'] },
  send_written_reasons_to_nearest_relative: {
    label: 'Record written reasons sent to the nearest relative (s13(4))',
    stages: OPEN_STAGES,
    condition: (s) => {
      if (!s.nearestRelativeRequest) return 'the referral is not a nearest relative’s request under s13(4)';
      if (!decidedNotToApply(s)) return 'written reasons are owed only once the AMHP has decided not to apply';
      return s.writtenReasonsToNearestRelativeAt ? 'the written reasons have already been sent' : null;
    },
  },
  close: {
    label: 'Close the case',
    stages: ['screened', 'outcome_recorded', 'admitted'],
    condition: (s) => {
      if (s.stage === 'screened' && !declinedAtScreening(s)) return 'an accepted referral goes on to allocation; withdraw it to stop';
      if (s.stage === 'outcome_recorded' && s.outcome?.kind === 'application') return 'an application goes on to a bed and admission; withdraw it to stop';
      if (s.nearestRelativeRequest && decidedNotToApply(s) && !s.writtenReasonsToNearestRelativeAt) {
        return 'the nearest relative asked for this assessment (s13(4)): record the written reasons for not applying first';
      }
      return null;
    },
  },
  withdraw: { label: 'Withdraw or cancel', stages: OPEN_STAGES },
};

export const ASSESSMENT_COMMAND_TYPES = Object.keys(COMMAND_RULES) as AssessmentCommandType[];

const stageLabel = (stage: AssessmentStage) => ASSESSMENT_STAGES[stage];

/** Why a command cannot be given at the current stage (naming the stage), or null if it can. */
export function whyNotAvailable(state: AssessmentState, type: AssessmentCommandType): string | null {
  const rule = COMMAND_RULES[type];
  if (state.stage === 'closed') return `"${rule.label}" is not allowed: the assessment is at stage "${stageLabel('closed')}".`;
  if (!rule.stages.includes(state.stage)) {
    return `"${rule.label}" is not allowed while the assessment is at stage "${stageLabel(state.stage)}" (allowed at: ${rule.stages.map(stageLabel).join(', ')}).`;
  }
  const why = rule.condition?.(state) ?? null;
  return why ? `"${rule.label}" is not allowed at stage "${stageLabel(state.stage)}": ${why}.` : null;
}

export interface CommandAvailability {
  command: AssessmentCommandType;
  label: string;
  allowed: boolean;
  /** Why not, naming the stage; absent when allowed. */
  reason?: string;
}

/**
 * Every command with whether the current stage allows it and, if not, why: the case page shows
 * the disallowed buttons with the explanation. Checks that need the command's details (an
 * application's lawfulness, an AMHP's approval) are made by decide.
 */
export function allowedCommands(state: AssessmentState): CommandAvailability[] {
  return ASSESSMENT_COMMAND_TYPES.map((command) => {
    const reason = whyNotAvailable(state, command);
    return reason ? { command, label: COMMAND_RULES[command].label, allowed: false, reason } : { command, label: COMMAND_RULES[command].label, allowed: true };
  });
}
