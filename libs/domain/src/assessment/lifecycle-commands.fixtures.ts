import { AssessmentCommand, AssessmentCommandType } from './assessment-commands';
import { ApplicationFacts } from './check-application';
import { CURRENT_APPROVAL, LAPSED_APPROVAL, lawfulApplication } from './assessment.fixtures';

/* Commands with good and bad details, for the property tests (not exported from the library). */

const at = (iso: string) => new Date(iso);

const mutate = (base: ApplicationFacts, change: (a: ApplicationFacts) => ApplicationFacts) => change(structuredClone(base));

/** Lawful applications are listed twice so that random journeys often get past the application. */
export const APPLICATION_VARIANTS: ApplicationFacts[] = [
  ...[1, 2].flatMap(() => [lawfulApplication('s2'), lawfulApplication('s3'), lawfulApplication('s4')]),
  lawfulApplication('s2', 'amhp-2'),
  mutate(lawfulApplication('s2'), (a) => ({ ...a, recommendations: a.recommendations.map((r) => ({ ...r, doctor: { ...r.doctor, s12Approved: false } })) })),
  mutate(lawfulApplication('s3'), (a) => ({ ...a, nearestRelative: { status: 'identified', consultedAt: at('2026-03-14T09:00:00Z'), objects: true } })),
  mutate(lawfulApplication('s2'), (a) => ({ ...a, amhp: { ...a.amhp, lastSawPersonAt: at('2026-02-20T10:00:00Z') } })),
  mutate(lawfulApplication('s2'), (a) => ({ ...a, amhp: { ...a.amhp, approval: LAPSED_APPROVAL } })),
  mutate(lawfulApplication('s2'), (a) => ({ ...a, recommendations: [{ ...a.recommendations[0], examinedAt: at('2026-03-07T10:00:00Z'), signedAt: at('2026-03-07T11:00:00Z') }, a.recommendations[1]] })),
  mutate(lawfulApplication('s4'), (a) => ({ ...a, urgentNecessityStatement: null })),
  mutate(lawfulApplication('s2'), (a) => ({ ...a, recommendations: [a.recommendations[0]] })),
  mutate(lawfulApplication('s3'), (a) => ({ ...a, nearestRelative: { status: 'identified' } })),
  mutate(lawfulApplication('s2'), (a) => ({
    ...a,
    amhp: { ...a.amhp, conflicts: { teamId: 'cmht' } },
    recommendations: a.recommendations.map((r) => ({ ...r, doctor: { ...r.doctor, conflicts: { teamId: 'cmht' } } })),
  })),
];

const ADMISSION_TIMES = ['2026-03-14T17:00:00Z', '2026-03-27T23:00:00Z', '2026-03-28T01:00:00Z', '2026-03-14T15:00:00Z', '2026-05-01T00:00:00Z'].map(at);

const VARIANTS: { [K in AssessmentCommandType]: Array<Extract<AssessmentCommand, { type: K }>> } = {
  screen_referral: [
    { type: 'screen_referral', decision: 'accepted', reason: 'Needs assessment' },
    { type: 'screen_referral', decision: 'accepted', reason: ' ' },
    { type: 'screen_referral', decision: 'redirected', reason: 'Crisis team better placed', redirectedTo: 'Crisis team' },
    { type: 'screen_referral', decision: 'redirected', reason: 'No service named' },
    { type: 'screen_referral', decision: 'no_further_action', reason: 'Already informal in-patient' },
  ],
  allocate_amhp: [
    { type: 'allocate_amhp', amhpId: 'amhp-1', approval: CURRENT_APPROVAL },
    { type: 'allocate_amhp', amhpId: 'amhp-2', approval: CURRENT_APPROVAL },
    { type: 'allocate_amhp', amhpId: 'amhp-3', approval: LAPSED_APPROVAL },
  ],
  arrange_assessment: [
    { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: 'Home', doctorIds: ['dr-s12', 'dr-gp'] },
    { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: '', doctorIds: ['dr-s12'] },
    { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: 'A&E', doctorIds: [] },
  ],
  start_assessment: [{ type: 'start_assessment' }],
  make_application: APPLICATION_VARIANTS.map((application) => ({ type: 'make_application' as const, application })),
  record_informal_admission: [{ type: 'record_informal_admission' }],
  record_community_alternative: [
    { type: 'record_community_alternative', putInPlace: 'Home treatment team' },
    { type: 'record_community_alternative', putInPlace: '' },
  ],
  record_no_further_action: [
    { type: 'record_no_further_action', reason: 'Criteria not met' },
    { type: 'record_no_further_action', reason: '' },
  ],
  record_not_completed: [
    { type: 'record_not_completed', reason: 'no_bed' },
    { type: 'record_not_completed', reason: 'other' },
    { type: 'record_not_completed', reason: 'other', details: 'Fire alarm' },
  ],
  seek_bed: [{ type: 'seek_bed' }],
  identify_bed: [
    { type: 'identify_bed', hospital: 'Riverside Hospital', outOfArea: false },
    { type: 'identify_bed', hospital: 'Far Away Hospital', outOfArea: true },
    { type: 'identify_bed', hospital: ' ', outOfArea: false },
  ],
  arrange_conveyance: [
    { type: 'arrange_conveyance', mode: 'ambulance' },
    { type: 'arrange_conveyance', mode: 'teleport' as 'other' },
  ],
  admit: ADMISSION_TIMES.map((admittedAt) => ({ type: 'admit' as const, admittedAt })),
  send_written_reasons_to_nearest_relative: [
    { type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-03-20T10:00:00Z') },
    { type: 'send_written_reasons_to_nearest_relative', sentAt: at('2026-06-01T10:00:00Z') },
  ],
  close: [{ type: 'close' }],
  withdraw: [
    { type: 'withdraw', reason: 'Referrer withdrew' },
    { type: 'withdraw', reason: '' },
  ],
};

export function commandVariant(type: AssessmentCommandType, seed: number): AssessmentCommand {
  const variants: AssessmentCommand[] = VARIANTS[type];
  return variants[seed % variants.length];
}
