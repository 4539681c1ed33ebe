import { recordAmhpSeenPersonSchema, recordExaminationSchema, recordNearestRelativeContactSchema, recordRecommendationSchema } from '@amhp/contracts';
import { APPLICATION_SECTION_LABELS, APPLICATION_SECTIONS } from '@amhp/domain';
import { useState } from 'react';
import { toLondonLocalInput } from '../../../lib/london-time';
import { useNow, useReadNow } from '../../../lib/now-context';
import { lastStepAt } from '../case-form';
import { Checkbox, Select, TextArea } from '../../referrals/form-controls';
import { AddDoctorPanel } from '../AddDoctorPanel';
import { fetchDoctors, recordAmhpSeenPerson, recordExamination, recordNearestRelativeContact, recordRecommendation } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { londonTime, LondonDateTimeField, londonTimeNow, LondonTimeValue, toUtcInstant } from '../LondonDateTimeField';
import { useRegistry } from '../use-registry';
import { CommandFormProps } from './IntakeForms';

const sectionOptions = APPLICATION_SECTIONS.map((s) => ({ value: s, label: APPLICATION_SECTION_LABELS[s] }));
/** "Now" for a time field, and the moment to send for a field left at "now". */
const useNowInput = () => {
  const now = useNow();
  const read = useReadNow();
  const { assessment } = useCase();
  return { initial: () => londonTimeNow(now), readNow: () => read(lastStepAt(assessment)) };
};

/** A doctor's examination and, if they recommend admission, their medical recommendation (s12). */
export function ExaminationForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('examination');
  const doctors = useRegistry(fetchDoctors);
  const { initial: nowInput, readNow } = useNowInput();
  const [doctorId, setDoctorId] = useState('');
  const [examinedAt, setExaminedAt] = useState<LondonTimeValue>(nowInput);
  const [knows, setKnows] = useState(false);
  const [conflicts, setConflicts] = useState({ relativeOfPatient: false, financialInterestInOutcome: false });
  const [recommends, setRecommends] = useState(true);
  const [section, setSection] = useState('');
  const [signedAt, setSignedAt] = useState<LondonTimeValue>(nowInput);
  const [treatment, setTreatment] = useState(false);

  const submit = async () => {
    const examined = toUtcInstant(examinedAt, 'examinedAt', 'Time of the examination', true, readNow());
    const signed = recommends ? toUtcInstant(signedAt, 'recommendation.signedAt', 'Time the recommendation was signed', true, readNow()) : { iso: undefined, issues: [] };
    const recommendation = recommends
      ? { section: section || undefined, signedAt: signed.iso, ...(section === 's3' ? { statesAppropriateTreatmentAvailable: treatment } : {}) }
      : null;
    const ok = await form.submit({
      what: 'The examination',
      schema: recordExaminationSchema,
      body: { doctorId, examinedAt: examined.iso, previousAcquaintance: knows, conflicts, recommendation },
      extraIssues: [...examined.issues, ...signed.issues],
      send: (body) => recordExamination(assessment.id, body),
      done: recommends ? 'Examination and medical recommendation recorded.' : 'Examination recorded.',
    });
    if (ok) onDone();
  };

  return (
    <>
      <CaseForm form={form} id="examination" title="Record a medical examination" submitLabel="Record examination" onSubmit={submit} onCancel={onCancel}>
        <div className="grid grid--2">
          <Select
            field={form.f('doctorId')}
            label="Doctor"
            required
            placeholder={doctors.loaded ? 'Choose a doctor…' : 'Loading…'}
            value={doctorId}
            onChange={setDoctorId}
            error={form.errorFor('doctorId')}
            options={doctors.items.map((d) => ({ value: d.id, label: `${d.name} · ${d.s12Approved ? 's12 approved' : 'not s12 approved'}` }))}
          />
          <LondonDateTimeField field={form.f('examinedAt')} label="Examined at" value={examinedAt} onChange={setExaminedAt} error={form.errorFor('examinedAt')} />
        </div>
        <div className="checkboxes">
          <Checkbox field={form.f('previousAcquaintance')} label="Knew the person before (previous acquaintance, s12(2))" checked={knows} onChange={setKnows} />
          <Checkbox field={form.f('conflicts.relativeOfPatient')} label="Is a relative of the person" checked={conflicts.relativeOfPatient} onChange={(v) => setConflicts({ ...conflicts, relativeOfPatient: v })} />
          <Checkbox field={form.f('conflicts.financialInterestInOutcome')} label="Has a financial interest in the outcome" checked={conflicts.financialInterestInOutcome} onChange={(v) => setConflicts({ ...conflicts, financialInterestInOutcome: v })} />
        </div>
        <Checkbox field={form.f('recommends')} label="The doctor gives a medical recommendation" checked={recommends} onChange={setRecommends} />
        {recommends && (
          <div className="grid grid--2 nested">
            <Select field={form.f('recommendation.section')} label="Recommendation for" required value={section} onChange={setSection} error={form.errorFor('recommendation.section')} options={sectionOptions} />
            <LondonDateTimeField field={form.f('recommendation.signedAt')} label="Signed at" value={signedAt} onChange={setSignedAt} error={form.errorFor('recommendation.signedAt')} />
            {section === 's3' && (
              <Checkbox field={form.f('recommendation.statesAppropriateTreatmentAvailable')} label="States that appropriate medical treatment is available (s3(2)(d))" checked={treatment} onChange={setTreatment} />
            )}
          </div>
        )}
      </CaseForm>
      <AddDoctorPanel
        prefix="examination"
        onAdded={(doctor) => {
          doctors.add(doctor);
          setDoctorId(doctor.id);
        }}
      />
    </>
  );
}

/** The recommendation of a doctor who examined earlier and signs later. */
export function LateRecommendationForm({ examinationId, doctorName, onDone, onCancel }: CommandFormProps & { examinationId: string; doctorName: string }) {
  const { assessment } = useCase();
  const form = useCaseForm(`late-${examinationId}`);
  const { initial: nowInput, readNow } = useNowInput();
  const [section, setSection] = useState('');
  const [signedAt, setSignedAt] = useState<LondonTimeValue>(nowInput);
  const [treatment, setTreatment] = useState(false);
  const submit = async () => {
    const signed = toUtcInstant(signedAt, 'signedAt', 'Time the recommendation was signed', true, readNow());
    const ok = await form.submit({
      what: 'The medical recommendation',
      schema: recordRecommendationSchema,
      body: { section: section || undefined, signedAt: signed.iso, ...(section === 's3' ? { statesAppropriateTreatmentAvailable: treatment } : {}) },
      extraIssues: signed.issues,
      send: (body) => recordRecommendation(assessment.id, examinationId, body),
      done: 'Medical recommendation recorded.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id={`late-${examinationId}`} title={`Record ${doctorName}’s recommendation`} submitLabel="Record recommendation" onSubmit={submit} onCancel={onCancel}>
      <div className="grid grid--2">
        <Select field={form.f('section')} label="Recommendation for" required value={section} onChange={setSection} error={form.errorFor('section')} options={sectionOptions} />
        <LondonDateTimeField field={form.f('signedAt')} label="Signed at" value={signedAt} onChange={setSignedAt} error={form.errorFor('signedAt')} />
      </div>
      {section === 's3' && <Checkbox field={form.f('statesAppropriateTreatmentAvailable')} label="States that appropriate medical treatment is available (s3(2)(d))" checked={treatment} onChange={setTreatment} />}
    </CaseForm>
  );
}

/** s11(5) / s4(5): when the allocated AMHP personally saw the person. */
export function AmhpSeenForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('seen');
  const { initial: nowInput, readNow } = useNowInput();
  const [seenAt, setSeenAt] = useState<LondonTimeValue>(nowInput);
  const submit = async () => {
    const seen = toUtcInstant(seenAt, 'seenAt', 'Time the AMHP saw the person', true, readNow());
    const ok = await form.submit({
      what: 'Seeing the person',
      schema: recordAmhpSeenPersonSchema,
      body: { seenAt: seen.iso },
      extraIssues: seen.issues,
      send: (body) => recordAmhpSeenPerson(assessment.id, body),
      done: 'Recorded when the AMHP saw the person.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="seen" title="Record when the AMHP saw the person" intro="s11(5): within the 14 days ending with the date of the application (s4(5): within the previous 24 hours)." submitLabel="Record" onSubmit={submit} onCancel={onCancel}>
      <LondonDateTimeField field={form.f('seenAt')} label="Seen at" value={seenAt} onChange={setSeenAt} error={form.errorFor('seenAt')} />
    </CaseForm>
  );
}

/** What the AMHP has done about the nearest relative: informed (s11(3)), consulted (s11(4)), any objection. */
export function NearestRelativeContactForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const c = assessment.nearestRelative.contact;
  const form = useCaseForm('nr-contact');
  const [informedAt, setInformedAt] = useState<LondonTimeValue>(londonTime(c.informedAt ? toLondonLocalInput(c.informedAt) : ''));
  const [consultedAt, setConsultedAt] = useState<LondonTimeValue>(londonTime(c.consultedAt ? toLondonLocalInput(c.consultedAt) : ''));
  const [flags, setFlags] = useState({ toBeInformedAfterApplication: c.toBeInformedAfterApplication, objects: c.objects, displacedByCountyCourt: c.displacedByCountyCourt });
  const [text, setText] = useState({ notReasonablyPracticableReason: c.notReasonablyPracticableReason ?? '', notKnownReason: c.notKnownReason ?? '' });
  const submit = async () => {
    const informed = toUtcInstant(informedAt, 'informedAt', 'Time the nearest relative was informed', false);
    const consulted = toUtcInstant(consultedAt, 'consultedAt', 'Time the nearest relative was consulted', false);
    const ok = await form.submit({
      what: 'The nearest relative',
      schema: recordNearestRelativeContactSchema,
      body: { informedAt: informed.iso ?? null, consultedAt: consulted.iso ?? null, ...flags, ...text },
      extraIssues: [...informed.issues, ...consulted.issues],
      send: (body) => recordNearestRelativeContact(assessment.id, body),
      done: 'Nearest relative contact recorded.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="nr-contact" title="Record contact with the nearest relative" submitLabel="Record" onSubmit={submit} onCancel={onCancel}>
      <div className="grid grid--2">
        <LondonDateTimeField field={form.f('informedAt')} label="Informed at (s11(3))" required={false} value={informedAt} onChange={setInformedAt} error={form.errorFor('informedAt')} />
        <LondonDateTimeField field={form.f('consultedAt')} label="Consulted at (s11(4))" required={false} value={consultedAt} onChange={setConsultedAt} error={form.errorFor('consultedAt')} />
      </div>
      <div className="checkboxes">
        <Checkbox field={form.f('toBeInformedAfterApplication')} label="Will be informed after the application (s11(3))" checked={flags.toBeInformedAfterApplication} onChange={(v) => setFlags({ ...flags, toBeInformedAfterApplication: v })} />
        <Checkbox field={form.f('objects')} label="Objects to an s3 application (s11(4))" checked={flags.objects} onChange={(v) => setFlags({ ...flags, objects: v })} />
        <Checkbox field={form.f('displacedByCountyCourt')} label="Displaced by the county court (s29)" checked={flags.displacedByCountyCourt} onChange={(v) => setFlags({ ...flags, displacedByCountyCourt: v })} />
      </div>
      <TextArea field={form.f('notReasonablyPracticableReason')} label="Why informing or consulting is not reasonably practicable" rows={2} value={text.notReasonablyPracticableReason} onChange={(v) => setText({ ...text, notReasonablyPracticableReason: v })} error={form.errorFor('notReasonablyPracticableReason')} />
      <TextArea field={form.f('notKnownReason')} label="If no nearest relative can be identified: the steps taken" rows={2} value={text.notKnownReason} onChange={(v) => setText({ ...text, notKnownReason: v })} error={form.errorFor('notKnownReason')} />
    </CaseForm>
  );
}
