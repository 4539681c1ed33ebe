import type { NearestRelativeView } from '@amhp/contracts';
import { AssessmentState, NearestRelativeContact, nearestRelativeRequestProgress, Relative, S26_RELATIONSHIPS } from '@amhp/domain';
import { NearestRelativeRecordEntity } from './nearest-relative-record.entity';
import { RelativeEntity } from './relative.entity';

/** A listed relative as s26 reads them. */
export function toDomainRelative(r: RelativeEntity): Relative {
  return {
    id: r.id,
    relationship: r.relationship,
    dateOfBirth: r.dateOfBirth,
    halfBlood: r.halfBlood,
    livesWithOrCaresForPatient: r.livesWithOrCaresForPatient,
    ordinarilyResidentInUk: r.ordinarilyResidentInUk,
    permanentlySeparatedOrDeserted: r.permanentlySeparatedOrDeserted,
    livingWithPatientSince: r.livingWithPatientSince,
    livingWithPatientUntil: r.livingWithPatientUntil,
    throughFatherWithoutParentalResponsibility: r.throughFatherWithoutParentalResponsibility,
    excludedReason: r.excludedReason,
  };
}

function contactStatus(record: NearestRelativeRecordEntity | null): NearestRelativeContact['status'] {
  if (record?.nearestRelativeId) return 'identified';
  if (record?.identification === 'none') return 'none';
  return 'not_known';
}

/** What the AMHP has done about the nearest relative, as checkNearestRelativeDuties reads it (s11(3), s11(4)). */
export function toNearestRelativeContact(record: NearestRelativeRecordEntity | null): NearestRelativeContact {
  return {
    status: contactStatus(record),
    notKnownReason: record?.notKnownReason ?? null,
    informedAt: record?.informedAt ?? null,
    toBeInformedAfterApplication: record?.toBeInformedAfterApplication ?? false,
    consultedAt: record?.consultedAt ?? null,
    objects: record?.objects ?? false,
    notReasonablyPracticableReason: record?.notReasonablyPracticableReason ?? null,
    displacedByCountyCourt: record?.displacedByCountyCourt ?? false,
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** s13(4): the request tracked to the written reply (libs/domain nearestRelativeRequestProgress). */
function s13_4Request(state: AssessmentState, requestedAt: Date): NearestRelativeView['s13_4Request'] {
  if (!state.nearestRelativeRequest) return null;
  const declined = state.screening !== null && state.screening.decision !== 'accepted';
  const decision = state.outcome?.kind === 'application' ? 'application_made' : state.outcome || declined ? 'no_application' : null;
  const progress = nearestRelativeRequestProgress({
    requestedAt,
    consideredByAmhpId: state.amhp?.amhpId ?? null,
    decision,
    writtenReasonsSentAt: state.writtenReasonsToNearestRelativeAt,
  });
  return {
    requestedAt: requestedAt.toISOString(),
    status: progress.status,
    outstanding: progress.outstanding,
    writtenReasonsSentAt: iso(state.writtenReasonsToNearestRelativeAt),
  };
}

export function toNearestRelativeView(record: NearestRelativeRecordEntity | null, relatives: readonly RelativeEntity[], state: AssessmentState): NearestRelativeView {
  const contact = toNearestRelativeContact(record);
  return {
    relatives: relatives.map((r) => ({
      id: r.id,
      name: r.name,
      relationship: r.relationship,
      relationshipLabel: S26_RELATIONSHIPS[r.relationship].label,
      dateOfBirth: r.dateOfBirth,
      halfBlood: r.halfBlood,
      livesWithOrCaresForPatient: r.livesWithOrCaresForPatient,
      ordinarilyResidentInUk: r.ordinarilyResidentInUk,
      permanentlySeparatedOrDeserted: r.permanentlySeparatedOrDeserted,
      livingWithPatientSince: r.livingWithPatientSince,
      livingWithPatientUntil: r.livingWithPatientUntil,
      throughFatherWithoutParentalResponsibility: r.throughFatherWithoutParentalResponsibility,
      excludedReason: r.excludedReason,
      contact: r.contact,
    })),
    patientOrdinarilyResidentInUk: record?.patientOrdinarilyResidentInUk ?? null,
    identification: record?.identification ?? 'not_recorded',
    nearestRelativeId: record?.nearestRelativeId ?? null,
    reason: record?.identificationReason ?? null,
    notes: record?.identificationNotes ?? [],
    passedOver: record?.passedOver ?? [],
    chosenByAmhp: record?.chosenByAmhp ?? false,
    contact: {
      status: contact.status,
      notKnownReason: contact.notKnownReason ?? null,
      informedAt: iso(contact.informedAt),
      toBeInformedAfterApplication: contact.toBeInformedAfterApplication ?? false,
      consultedAt: iso(contact.consultedAt),
      objects: contact.objects ?? false,
      notReasonablyPracticableReason: contact.notReasonablyPracticableReason ?? null,
      displacedByCountyCourt: contact.displacedByCountyCourt ?? false,
    },
    s13_4Request: s13_4Request(state, state.receivedAt),
  };
}
