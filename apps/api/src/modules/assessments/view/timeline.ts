import type { TimelineEventType, TimelineEventView } from '@amhp/contracts';
import { CONVEYANCE_MODES, ConveyanceMode, HOLDING_POWER_END_REASONS, HoldingPowerEndReason, NOT_COMPLETED_REASONS, NotCompletedReason, SCREENING_DECISIONS, ScreeningDecision } from '@amhp/domain';
import { AssessmentEventEntity } from '../assessment-event.entity';

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** One line per event, in the words of the case page. No names: the data holds ids only. */
const SUMMARIES: Record<TimelineEventType, (d: Data) => string> = {
  assessment_opened: () => 'Referral received: assessment opened',
  referral_screened: (d) => `Referral screened: ${SCREENING_DECISIONS[d.decision as ScreeningDecision] ?? str(d.decision)}`,
  amhp_allocated: () => 'AMHP allocated',
  assessment_arranged: (d) => `Assessment arranged at ${str(d.place)}`,
  assessment_started: () => 'Assessment started',
  application_made: (d) => `Application made under ${str((d.application as Data | undefined)?.section)}`,
  informal_admission_agreed: () => 'Informal admission agreed',
  community_alternative_arranged: () => 'Community alternative arranged',
  no_further_action_decided: () => 'No further action',
  assessment_not_completed: (d) => `Assessment not completed: ${NOT_COMPLETED_REASONS[d.reason as NotCompletedReason] ?? str(d.reason)}`,
  bed_sought: () => 'Bed sought',
  bed_identified: (d) => `Bed identified at ${str(d.hospital)}${d.outOfArea ? ' (out of area)' : ''}`,
  conveyance_arranged: (d) => `Conveyance arranged: ${CONVEYANCE_MODES[d.mode as ConveyanceMode] ?? str(d.mode)}`,
  person_admitted: () => 'Admitted',
  written_reasons_sent_to_nearest_relative: () => 'Written reasons sent to the nearest relative (s13(4))',
  assessment_closed: () => 'Case closed',
  assessment_withdrawn: () => 'Assessment withdrawn or cancelled',
  examination_recorded: (d) => {
    const rec = d.recommendation as Data | null | undefined;
    return rec ? `Medical examination recorded, with a recommendation for ${str(rec.section)}` : 'Medical examination recorded';
  },
  recommendation_recorded: (d) => `Medical recommendation for ${str(d.section)} recorded`,
  relatives_recorded: (d) =>
    d.outcome === 'identified'
      ? 'Relatives listed: nearest relative identified (s26)'
      : d.outcome === 'none'
        ? 'Relatives listed: no nearest relative under s26'
        : 'Relatives listed: nearest relative not yet determined',
  nearest_relative_contact_recorded: () => 'Nearest relative contact recorded (s11)',
  amhp_saw_person: () => 'AMHP saw the person',
  detention_extended: (d) => `Detention extended by ${String(d.hours)} h under s136B`,
  s4_converted_to_s2: () => 'Second medical recommendation received: s4 converted to s2 (s4(4))',
  s5_2_report_furnished: (d) => (d.followsS5_4 ? 'Report under s5(2) furnished: the 72 hours run from the s5(4) record (s5(5))' : 'Report under s5(2) furnished'),
  holding_power_ended: (d) => `${d.power === 's5_4' ? 's5(4)' : 's5(2)'} holding power ended: ${HOLDING_POWER_END_REASONS[d.reason as HoldingPowerEndReason] ?? str(d.reason)}`,
  assessor_relationships_recorded: (d) => {
    const count = Array.isArray(d.relationships) ? d.relationships.length : 0;
    return count === 0 ? 'No relationships between the assessors (Conflicts of Interest Regulations 2008)' : `Relationships between the assessors recorded: ${count} (Conflicts of Interest Regulations 2008)`;
  },
};

export function toTimelineEventView(row: AssessmentEventEntity): TimelineEventView {
  const type = row.type as TimelineEventType;
  const summary = SUMMARIES[type]?.(row.data) ?? type;
  return { id: row.id, sequence: row.sequence, type, summary, at: row.at.toISOString(), by: row.by, data: row.data };
}
