import { isApprovalCurrent } from '../amhp/amhp-approval';
import { s6_1aAdmissionWindow, s6_1bAdmissionWindow } from '../clocks/detention-clocks';
import { legalRegimeOn } from '../regime/legal-regime';
import { lastMedicalExaminationAt } from '../recommendations/medical-recommendation';
import { hasReason, RuleViolation } from '../rules/rule-violation';
import { formatLondonDateTime } from '../time/london-format';
import { AssessmentCommand, CommandContext } from './assessment-commands';
import { AssessmentEvent, evolve } from './assessment-events';
import { ASSESSMENT_STAGES, AssessmentState, CONVEYANCE_MODES, NOT_COMPLETED_REASONS, SCREENING_DECISIONS } from './assessment-state';
import { ApplicationFacts, checkApplication, describeViolations } from './check-application';
import { whyNotAvailable } from './command-availability';

export type Decision =
  | { ok: true; events: AssessmentEvent[]; state: AssessmentState }
  | { ok: false; reason: string; violations?: RuleViolation[] };

type Data = { [K in AssessmentEvent['type']]: Extract<AssessmentEvent, { type: K }>['data'] };
type Outcome = { refuse: string; violations?: RuleViolation[] } | { [K in keyof Data]: { type: K; data: Data[K] } }[keyof Data];

/**
 * Decide a command against the current state: refused with a reason that names the stage, or
 * accepted with the events to record and the new state. Pure: the time and the user come in
 * `context`. An application is checked against every rule (checkApplication) and refused with the
 * rule and section quoted.
 */
export function decide(state: AssessmentState, command: AssessmentCommand, context: CommandContext): Decision {
  const unavailable = whyNotAvailable(state, command.type);
  if (unavailable) return { ok: false, reason: unavailable };
  const outcome = check(state, command, context);
  if ('refuse' in outcome) {
    const base = { ok: false as const, reason: `At stage "${ASSESSMENT_STAGES[state.stage]}": ${outcome.refuse}` };
    return outcome.violations ? { ...base, violations: outcome.violations } : base;
  }
  const event = { ...outcome, at: context.at, by: context.by } as AssessmentEvent;
  return { ok: true, events: [event], state: evolve(state, event) };
}

const refuse = (reason: string, violations?: RuleViolation[]): Outcome => (violations ? { refuse: reason, violations } : { refuse: reason });
const text = (value: string | null | undefined) => (hasReason(value) ? value.trim() : null);

function check(state: AssessmentState, command: AssessmentCommand, context: CommandContext): Outcome {
  switch (command.type) {
    case 'screen_referral': {
      if (!(command.decision in SCREENING_DECISIONS)) return refuse('Choose a screening decision.');
      const reason = text(command.reason);
      if (!reason) return refuse('Record the reason for the screening decision.');
      const redirectedTo = text(command.redirectedTo);
      if (command.decision === 'redirected' && !redirectedTo) return refuse('Name the service the referral was redirected to.');
      return { type: 'referral_screened', data: { decision: command.decision, reason, redirectedTo: command.decision === 'redirected' ? redirectedTo : null } };
    }
    case 'allocate_amhp':
      if (!text(command.amhpId)) return refuse('Choose the AMHP to allocate.');
      if (!isApprovalCurrent(command.approval, context.at)) return refuse('This AMHP’s approval is not current, so they cannot be allocated (s114).');
      return { type: 'amhp_allocated', data: { amhpId: command.amhpId } };
    case 'arrange_assessment': {
      const place = text(command.place);
      if (!(command.scheduledAt instanceof Date) || Number.isNaN(command.scheduledAt.getTime())) return refuse('Give the date and time of the assessment.');
      if (!place) return refuse('Give the place of the assessment.');
      const doctorIds = command.doctorIds.filter((id) => hasReason(id));
      if (doctorIds.length === 0) return refuse('Name at least one doctor for the assessment.');
      return { type: 'assessment_arranged', data: { scheduledAt: command.scheduledAt, place, doctorIds } };
    }
    case 'start_assessment':
      return { type: 'assessment_started', data: {} };
    case 'make_application':
      return checkApplicationCommand(state, command.application, context);
    case 'record_informal_admission':
      return { type: 'informal_admission_agreed', data: { notes: text(command.notes) } };
    case 'record_community_alternative': {
      const putInPlace = text(command.putInPlace);
      return putInPlace ? { type: 'community_alternative_arranged', data: { putInPlace } } : refuse('Record what was put in place.');
    }
    case 'record_no_further_action': {
      const reason = text(command.reason);
      return reason ? { type: 'no_further_action_decided', data: { reason } } : refuse('Record the reason for no further action (Code of Practice 14.104).');
    }
    case 'record_not_completed': {
      if (!(command.reason in NOT_COMPLETED_REASONS)) return refuse('Choose why the assessment could not be completed.');
      const details = text(command.details);
      if (command.reason === 'other' && !details) return refuse('Describe why the assessment could not be completed.');
      return { type: 'assessment_not_completed', data: { reason: command.reason, details } };
    }
    case 'seek_bed':
      return { type: 'bed_sought', data: {} };
    case 'identify_bed': {
      const hospital = text(command.hospital);
      return hospital ? { type: 'bed_identified', data: { hospital, ward: text(command.ward), outOfArea: command.outOfArea } } : refuse('Name the hospital.');
    }
    case 'arrange_conveyance':
      if (!(command.mode in CONVEYANCE_MODES)) return refuse('Choose how the person will be conveyed.');
      return { type: 'conveyance_arranged', data: { mode: command.mode, details: text(command.details) } };
    case 'admit':
      return checkAdmission(state, command.admittedAt, context);
    case 'send_written_reasons_to_nearest_relative':
      if (command.sentAt > context.at) return refuse('Written reasons cannot be recorded as sent in the future.');
      return { type: 'written_reasons_sent_to_nearest_relative', data: { sentAt: command.sentAt } };
    case 'close':
      return { type: 'assessment_closed', data: {} };
    case 'withdraw': {
      const reason = text(command.reason);
      return reason ? { type: 'assessment_withdrawn', data: { reason } } : refuse('Record the reason for withdrawing or cancelling.');
    }
  }
}

function checkApplicationCommand(state: AssessmentState, application: ApplicationFacts, context: CommandContext): Outcome {
  if (application.amhp.id !== state.amhp?.amhpId) return refuse('The application must be made by the allocated AMHP, in their own name (s11).');
  if (application.madeAt > context.at) return refuse('An application cannot be dated in the future.');
  const result = checkApplication(application, context.regime ?? legalRegimeOn(application.madeAt));
  if (!result.lawful) return refuse(`The application is refused. ${describeViolations(result.violations)}`, result.violations);
  return { type: 'application_made', data: { application, exceptions: result.exceptions } };
}

function checkAdmission(state: AssessmentState, admittedAt: Date, context: CommandContext): Outcome {
  if (!(admittedAt instanceof Date) || Number.isNaN(admittedAt.getTime())) return refuse('Give the time of admission.');
  if (admittedAt > context.at) return refuse('An admission cannot be recorded in the future.');
  if (state.outcome?.kind !== 'application') return { type: 'person_admitted', data: { admittedAt } };
  const { application } = state.outcome;
  if (admittedAt < application.madeAt) return refuse('The person cannot be admitted under the application before it was made.');
  const last = lastMedicalExaminationAt(application.recommendations);
  if (last) {
    const window = application.section === 's4' ? s6_1bAdmissionWindow(last, application.madeAt) : s6_1aAdmissionWindow(last);
    if (admittedAt >= window.expiresAt) {
      const violation = { rule: 'admission_window.closed', section: window.section, message: `The application authorised admission only until ${formatLondonDateTime(window.expiresAt)}.` };
      return refuse(`Admission refused. ${describeViolations([violation])}`, [violation]);
    }
  }
  return { type: 'person_admitted', data: { admittedAt } };
}
