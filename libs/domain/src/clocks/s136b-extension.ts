import { hasReason } from '../rules/rule-violation';
import { HOUR_MS } from '../time/london-time';
import { LegalClock } from './legal-clock';

/**
 * Why the doctor responsible for the examination extends an s136 or s135(1) detention. s136B(2)
 * allows it only where the person's condition makes it impracticable to complete the assessment
 * within 24 hours; the other reasons are listed so that the attempt can be recorded and refused:
 * an extension is never for finding a bed or waiting for professionals.
 */
export const S136B_EXTENSION_REASONS = {
  intoxication: { label: 'Intoxicated: cannot be assessed until it wears off', personsCondition: true },
  physical_health: { label: 'Needs physical treatment or observation first', personsCondition: true },
  mental_state: { label: 'Too distressed or unwell to be assessed within 24 hours', personsCondition: true },
  other_condition: { label: 'Another aspect of the person’s condition (recorded)', personsCondition: true },
  waiting_for_bed: { label: 'Waiting for a bed', personsCondition: false },
  waiting_for_professionals: { label: 'Waiting for an AMHP or a doctor', personsCondition: false },
  waiting_for_conveyance: { label: 'Waiting for transport', personsCondition: false },
} as const;

export type S136BExtensionReason = keyof typeof S136B_EXTENSION_REASONS;
export const S136B_EXTENSION_REASON_CODES = Object.keys(S136B_EXTENSION_REASONS) as S136BExtensionReason[];

/** s136B(1): "a further period not exceeding 12 hours (beginning immediately at the end of the period of 24 hours)". */
export const S136B_MAX_EXTENSION_HOURS = 12;

export interface S136BExtensionRequest {
  authorisedAt: Date;
  /** The registered medical practitioner responsible for the examination (s136B(1)). */
  authorisedByDoctorId: string;
  /** Length of the extension in hours (fractions allowed), more than 0 and at most 12. */
  hours: number;
  reason: S136BExtensionReason;
  /** Words for "another aspect of the person's condition". */
  details?: string | null;
  /** The place of safety is a police station: a superintendent (or above) must approve (s136B(3)). */
  atPoliceStation: boolean;
  superintendentApprovedAt?: Date | null;
}

export type S136BExtensionDecision =
  | { ok: true; clock: LegalClock }
  | { ok: false; section: string; reason: string };

const refuse = (section: string, reason: string): S136BExtensionDecision => ({ ok: false, section, reason });

/**
 * Extend an s136 or s135(1) clock under s136B: once, before the 24 hours expire, for up to 12
 * hours, because of the person's condition, with a superintendent's approval at a police station.
 */
export function extendPlaceOfSafetyDetention(clock: LegalClock, request: S136BExtensionRequest): S136BExtensionDecision {
  if (clock.kind !== 's136' && clock.kind !== 's135_1') {
    return refuse('s136B(1)', `Only an s136 or s135(1) detention can be extended, not the ${clock.label}.`);
  }
  if (clock.status === 'ended') return refuse('s136B(1)', `The ${clock.label} has already ended.`);
  if (clock.status === 'extended' || clock.extension) {
    return refuse('s136B(1)', `The ${clock.label} has already been extended once; it cannot be extended again.`);
  }
  if (request.authorisedAt < clock.startsAt) {
    return refuse('s136B(1)', 'The extension cannot be authorised before the detention began.');
  }
  if (request.authorisedAt >= clock.expiresAt) {
    return refuse('s136B(1)', 'The extension must be authorised before the 24 hours expire; this detention has already expired.');
  }
  if (!(request.hours > 0) || request.hours > S136B_MAX_EXTENSION_HOURS) {
    return refuse('s136B(1)', `The extension must be more than 0 and not more than ${S136B_MAX_EXTENSION_HOURS} hours.`);
  }
  if (!hasReason(request.authorisedByDoctorId)) {
    return refuse('s136B(1)', 'Only the registered medical practitioner responsible for the examination can authorise the extension.');
  }
  const reason = S136B_EXTENSION_REASONS[request.reason];
  if (!reason) return refuse('s136B(2)', 'Record the reason for the extension.');
  if (!reason.personsCondition) {
    return refuse(
      's136B(2)',
      `"${reason.label}" is not a lawful reason: an extension is only for when the person's condition makes it impracticable to complete the assessment within 24 hours.`,
    );
  }
  if (request.reason === 'other_condition' && !hasReason(request.details)) {
    return refuse('s136B(2)', 'Describe the aspect of the person’s condition that prevents the assessment.');
  }
  if (request.atPoliceStation) {
    const approved = request.superintendentApprovedAt;
    if (!approved || approved >= clock.expiresAt) {
      return refuse('s136B(3)', 'At a police station the extension needs the approval of a superintendent or above, given before the 24 hours expire.');
    }
  }
  return {
    ok: true,
    clock: {
      ...clock,
      status: 'extended',
      expiresAt: new Date(clock.expiresAt.getTime() + request.hours * HOUR_MS),
      extension: {
        authorisedAt: request.authorisedAt,
        authorisedByDoctorId: request.authorisedByDoctorId,
        hours: request.hours,
        reason: request.reason === 'other_condition' ? `${reason.label}: ${request.details?.trim()}` : reason.label,
        originalExpiresAt: clock.expiresAt,
      },
    },
  };
}
