import { AmhpApproval } from '../amhp/amhp-approval';
import { LegalRegime } from '../regime/legal-regime';
import { ApplicationFacts } from './check-application';
import { ConveyanceMode, NotCompletedReason, ScreeningDecision } from './assessment-state';

/** The named commands that move an assessment on. Each is a button on the case page. */
export type AssessmentCommand =
  | { type: 'screen_referral'; decision: ScreeningDecision; reason: string; redirectedTo?: string | null }
  | { type: 'allocate_amhp'; amhpId: string; approval: AmhpApproval }
  | { type: 'arrange_assessment'; scheduledAt: Date; place: string; doctorIds: string[] }
  | { type: 'start_assessment' }
  | { type: 'make_application'; application: ApplicationFacts }
  | { type: 'record_informal_admission'; notes?: string | null }
  | { type: 'record_community_alternative'; putInPlace: string }
  | { type: 'record_no_further_action'; reason: string }
  | { type: 'record_not_completed'; reason: NotCompletedReason; details?: string | null }
  | { type: 'seek_bed' }
  | { type: 'identify_bed'; hospital: string; ward?: string | null; outOfArea: boolean }
  | { type: 'arrange_conveyance'; mode: ConveyanceMode; details?: string | null }
  | { type: 'admit'; admittedAt: Date }
  | { type: 'send_written_reasons_to_nearest_relative'; sentAt: Date }
  | { type: 'close' }
  | { type: 'withdraw'; reason: string };

export type AssessmentCommandType = AssessmentCommand['type'];

/** Who acts and when: supplied by the caller so that the rules stay pure. */
export interface CommandContext {
  at: Date;
  /** The user acting (an id, never a name: events are logged). */
  by: string;
  /** The law in force; defaults to the law on `at` with no MHA 2025 commencements. */
  regime?: LegalRegime;
}
