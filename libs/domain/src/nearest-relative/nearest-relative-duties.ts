import { LegalRegime, MHA_1983_AS_AMENDED } from '../regime/legal-regime';
import { ApplicationSection } from '../rules/application-section';
import { exception, hasReason, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';

/**
 * What the AMHP has done about the person who speaks for the patient: the nearest relative under
 * today's Act, or the nominated person once the Mental Health Act 2025 (s24-25) is in force. The
 * same record serves both; the regime decides which rules apply.
 */
export interface NearestRelativeContact {
  /** Whether the patient appears to have a nearest relative / nominated person. */
  status: 'identified' | 'none' | 'not_known';
  /** When not known: the steps taken to find out (the duty is to "the person (if any) appearing to be" the NR). */
  notKnownReason?: string | null;
  /** s11(3): informed that the application is to be or has been made, and of the power to discharge (s23). */
  informedAt?: Date | null;
  /** s11(3) allows informing "within a reasonable time after" the application. */
  toBeInformedAfterApplication?: boolean;
  /** s11(4): consulted before an s3 application. */
  consultedAt?: Date | null;
  /** s11(4)(a): has notified the AMHP or the council that they object to the application. */
  objects?: boolean;
  /** Why informing was not practicable (s11(3)) or consultation not reasonably practicable / would involve unreasonable delay (s11(4)). */
  notReasonablyPracticableReason?: string | null;
  /** s29: the objecting nearest relative has been displaced by a county court order (an acting NR is then the one to consult). */
  displacedByCountyCourt?: boolean;
  /** s11(4C) as substituted by MHA 2025 s25: the AMHP's report that the patient, if not admitted, would be likely to act dangerously. */
  dangerousnessReport?: string | null;
}

export function representativeTitle(regime: LegalRegime): string {
  return regime.patientRepresentative === 'nearest_relative' ? 'nearest relative' : 'nominated person';
}

/**
 * The duties to the nearest relative (or nominated person) at the time of the application:
 * - s2 and s4 (admission for assessment): inform them, before or within a reasonable time after,
 *   so far as practicable (s11(3));
 * - s3: consult them unless not reasonably practicable or it would involve unreasonable delay
 *   (s11(4)(b)); their objection prevents the application (s11(4)(a)) unless they have been
 *   displaced by the county court (s29) — or, for a nominated person, unless the AMHP reports that
 *   the patient would be likely to act dangerously (s11(4C) as substituted by MHA 2025 s25).
 */
export function checkNearestRelativeDuties(section: ApplicationSection, contact: NearestRelativeContact, regime: LegalRegime = MHA_1983_AS_AMENDED): RuleCheck {
  const title = representativeTitle(regime);
  if (contact.status === 'none') return NO_FINDINGS;
  if (contact.status === 'not_known') {
    if (hasReason(contact.notKnownReason)) return exception('nearest_relative.not_identified', 's11(3), s11(4)', contact.notKnownReason.trim());
    return violation('nearest_relative.not_identified', section === 's3' ? 's11(4)' : 's11(3)', `Record the steps taken to identify the ${title}.`);
  }
  return section === 's3' ? checkConsultation(contact, regime, title) : checkInformed(contact, title);
}

function checkInformed(contact: NearestRelativeContact, title: string): RuleCheck {
  if (contact.informedAt || contact.toBeInformedAfterApplication) return NO_FINDINGS;
  if (hasReason(contact.notReasonablyPracticableReason)) {
    return exception('nearest_relative.not_informed', 's11(3)', contact.notReasonablyPracticableReason.trim());
  }
  return violation(
    'nearest_relative.not_informed',
    's11(3)',
    `Inform the ${title} that the application is to be or has been made and of their power to order discharge, or record why that is not practicable.`,
  );
}

function checkConsultation(contact: NearestRelativeContact, regime: LegalRegime, title: string): RuleCheck {
  const nominated = regime.patientRepresentative === 'nominated_person';
  if (contact.objects) {
    if (nominated) {
      if (hasReason(contact.dangerousnessReport)) return exception('nearest_relative.objection', 's11(4C)', contact.dangerousnessReport.trim());
      return violation(
        'nearest_relative.objection',
        's11(4C)',
        'The nominated person objects: the application may be made only with the AMHP’s report that the patient, if not admitted, would be likely to act in a manner dangerous to others or to themselves.',
      );
    }
    if (contact.displacedByCountyCourt) {
      return exception('nearest_relative.objection', 's29', 'The objecting nearest relative has been displaced by a county court order.');
    }
    return violation(
      'nearest_relative.objection',
      's11(4)(a)',
      'The nearest relative objects to the application: it cannot be made unless the county court displaces them (s29).',
    );
  }
  if (contact.displacedByCountyCourt && !nominated) {
    return exception('nearest_relative.not_consulted', 's29', 'The nearest relative has been displaced by a county court order.');
  }
  if (contact.consultedAt) return NO_FINDINGS;
  const section = nominated ? 's11(4A)' : 's11(4)(b)';
  if (hasReason(contact.notReasonablyPracticableReason)) return exception('nearest_relative.not_consulted', section, contact.notReasonablyPracticableReason.trim());
  return violation(
    'nearest_relative.not_consulted',
    nominated ? 's11(4)' : 's11(4)(b)',
    `Consult the ${title} before an s3 application, or record why consultation is not reasonably practicable or would involve unreasonable delay.`,
  );
}
