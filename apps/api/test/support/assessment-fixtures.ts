import type { AssessmentView, CreateReferralInput, RecordExaminationInput } from '@amhp/contracts';
import { addLondonDays, ApplicationSection, londonDateOf, londonInstant } from '@amhp/domain';
import type { AssessmentClient } from './assessment-client';
import { communityReferral } from './referral-fixtures';

const HOUR = 3600_000;

/**
 * Two examination times `clearDays` clear days apart (s12(1)): the later one two hours ago, the
 * earlier at noon London time on the day `clearDays + 1` London days before it.
 */
export function examinationsApart(clearDays: number, now = new Date()): [Date, Date] {
  const later = new Date(now.getTime() - 2 * HOUR);
  const earlier = londonInstant(addLondonDays(londonDateOf(later), -(clearDays + 1)), '12:00');
  return [earlier, later];
}

export interface DoctorSpec {
  s12Approved?: boolean;
  approvedClinician?: boolean;
  previousAcquaintance?: boolean;
  examinedAt: Date;
}

export interface CaseOptions {
  section?: ApplicationSection;
  doctors: DoctorSpec[];
  /** The nearest relative's position: informed (s11(3)), consulted (s11(4)), objects (s11(4)(a)). */
  nearestRelative?: { informed?: boolean; consulted?: boolean; objects?: boolean };
  /** The referral (a community referral by default). */
  referral?: CreateReferralInput;
  /** An AMHP already on the register (a new, approved one by default). */
  amhpId?: string;
  /** When the AMHP saw the person (an hour ago by default). */
  seenAt?: Date;
}

export interface PreparedCase {
  assessmentId: string;
  referralId: string;
  examinationIds: string[];
  view: AssessmentView;
}

/**
 * A referral taken to "assessment under way" with everything an application needs recorded:
 * the allocated AMHP (approved, saw the person an hour ago), the doctors' examinations with
 * signed recommendations for `section`, and the nearest relative.
 */
export async function prepareCase(c: AssessmentClient, options: CaseOptions): Promise<PreparedCase> {
  const section = options.section ?? 's2';
  const referral = await c.referral(options.referral ?? communityReferral());
  const id = referral.assessmentId!;
  const amhpId = options.amhpId ?? (await c.amhp()).id;
  const doctors = await Promise.all(
    options.doctors.map((d, i) => c.doctor({ name: `Dr Test ${i + 1}`, s12Approved: d.s12Approved ?? i === 0, approvedClinician: d.approvedClinician ?? false })),
  );
  await c.act(id, 'screen_referral', { decision: 'accepted', reason: 'Needs a Mental Health Act assessment' });
  await c.act(id, 'allocate_amhp', { amhpId });
  await c.act(id, 'arrange_assessment', { scheduledAt: new Date(Date.now() - 3 * HOUR).toISOString(), place: 'Home address', doctorIds: doctors.map((d) => d.id) });
  await c.act(id, 'start_assessment', {});
  await c.expectOk(c.record(id, 'POST', '/amhp-seen-person', { seenAt: (options.seenAt ?? new Date(Date.now() - HOUR)).toISOString() }));
  const examinationIds: string[] = [];
  for (const [i, spec] of options.doctors.entries()) {
    const body: Omit<RecordExaminationInput, 'version'> = {
      doctorId: doctors[i].id,
      examinedAt: spec.examinedAt.toISOString(),
      previousAcquaintance: spec.previousAcquaintance ?? i === 0,
      recommendation: {
        section,
        signedAt: new Date(spec.examinedAt.getTime() + 30 * 60_000).toISOString(),
        statesAppropriateTreatmentAvailable: section === 's3' ? true : undefined,
      },
    };
    const view = await c.expectOk(c.record(id, 'POST', '/examinations', body));
    examinationIds.push(view.examinations.find((e) => e.doctor.id === doctors[i].id)!.id);
  }
  await c.expectOk(
    c.record(id, 'PUT', '/nearest-relative/relatives', {
      patientOrdinarilyResidentInUk: true,
      relatives: [{ name: 'Parent Test', relationship: 'father_or_mother', dateOfBirth: '1958-05-01', livesWithOrCaresForPatient: false, ordinarilyResidentInUk: true }],
    }),
  );
  const nr = options.nearestRelative ?? { informed: true, consulted: true };
  const at = new Date(Date.now() - 30 * 60_000).toISOString();
  const view = await c.expectOk(
    c.record(id, 'PUT', '/nearest-relative/contact', {
      informedAt: nr.informed ? at : null,
      consultedAt: nr.consulted ? at : null,
      objects: nr.objects ?? false,
    }),
  );
  return { assessmentId: id, referralId: referral.id, examinationIds, view };
}
