import { CreateReferral, ReferralView } from '@amhp/contracts';
import { referralDeadline } from '@amhp/domain';
import { ReferralEntity } from './referral.entity';

/** The columns a new referral gets from a validated request (the service adds the rest). */
export function referralColumns(input: CreateReferral): Omit<
  ReferralEntity,
  'id' | 'reference' | 'status' | 'version' | 'receivedAt' | 'updatedAt' | 'closedAt' | 'closedReason' | 'deadlineExpiresAt' | 'teamId'
> {
  return {
    givenName: input.person.givenName,
    familyName: input.person.familyName,
    dateOfBirth: input.person.dateOfBirth,
    nhsNumber: input.person.nhsNumber ?? null,
    sex: input.person.sex,
    ethnicCategory: input.person.ethnicCategory,
    address: input.person.address,
    postcode: input.person.postcode,
    council: input.person.council,
    sourceKind: input.source.kind,
    referrerName: input.source.referrerName,
    referrerContact: input.source.referrerContact,
    legalSituation: input.legal.situation,
    clockStartedAt: input.legal.clockStartedAt ? new Date(input.legal.clockStartedAt) : null,
    placeOfSafety: input.legal.placeOfSafety || null,
    legalDetails: input.legal.details || null,
    clockStartConfirmed: input.legal.clockStartConfirmed ?? false,
    atPoliceStation: input.legal.atPoliceStation ?? null,
    policeStationConditions: input.legal.atPoliceStation && input.legal.policeStation ? { ...input.legal.policeStation, authorisedBy: input.legal.policeStation.authorisedBy || null } : null,
    currentLocation: input.currentLocation,
    locationKind: input.locationKind ?? null,
    reason: input.reason,
    riskViolence: input.risks.violence,
    riskWeapons: input.risks.weapons,
    riskChildrenOrVulnerableAdults: input.risks.childrenOrVulnerableAdults,
    riskSubstanceUse: input.risks.substanceUse,
    riskMedicalNeeds: input.risks.medicalNeeds,
    riskNotes: input.risks.notes || null,
    urgency: input.urgency,
  };
}

/** A referral as the API returns it. The deadline is recomputed by the domain, not trusted from storage. */
export function toReferralView(r: ReferralEntity): ReferralView {
  const deadline = referralDeadline(r.legalSituation, r.clockStartedAt);
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    version: r.version,
    receivedAt: r.receivedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    closedAt: r.closedAt ? r.closedAt.toISOString() : null,
    closedReason: r.closedReason,
    person: {
      givenName: r.givenName,
      familyName: r.familyName,
      dateOfBirth: r.dateOfBirth,
      nhsNumber: r.nhsNumber,
      sex: r.sex,
      ethnicCategory: r.ethnicCategory,
      address: r.address,
      postcode: r.postcode,
      council: r.council,
    },
    source: { kind: r.sourceKind, referrerName: r.referrerName, referrerContact: r.referrerContact },
    legal: {
      situation: r.legalSituation,
      clockStartedAt: r.clockStartedAt ? r.clockStartedAt.toISOString() : null,
      placeOfSafety: r.placeOfSafety,
      details: r.legalDetails,
      clockStartConfirmed: r.clockStartConfirmed,
      atPoliceStation: r.atPoliceStation,
      policeStation: r.policeStationConditions
        ? {
            imminentRiskOfSeriousInjuryOrDeath: r.policeStationConditions.imminentRiskOfSeriousInjuryOrDeath,
            noOtherPlaceOfSafetyReasonablyAvailable: r.policeStationConditions.noOtherPlaceOfSafetyReasonablyAvailable,
            healthcareProfessionalAvailable: r.policeStationConditions.healthcareProfessionalAvailable,
            inspectorAuthorised: r.policeStationConditions.inspectorAuthorised,
            authorisedBy: r.policeStationConditions.authorisedBy ?? null,
          }
        : null,
    },
    currentLocation: r.currentLocation,
    locationKind: r.locationKind,
    reason: r.reason,
    risks: {
      violence: r.riskViolence,
      weapons: r.riskWeapons,
      childrenOrVulnerableAdults: r.riskChildrenOrVulnerableAdults,
      substanceUse: r.riskSubstanceUse,
      medicalNeeds: r.riskMedicalNeeds,
      notes: r.riskNotes,
    },
    urgency: r.urgency,
    deadline: deadline
      ? { power: deadline.power, label: deadline.label, startsAt: deadline.startsAt.toISOString(), expiresAt: deadline.expiresAt.toISOString() }
      : null,
  };
}
