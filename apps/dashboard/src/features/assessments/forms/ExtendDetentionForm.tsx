import { extendDetentionSchema } from '@amhp/contracts';
import { S136B_EXTENSION_REASON_CODES, S136B_EXTENSION_REASONS, S136B_MAX_EXTENSION_HOURS } from '@amhp/domain';
import { useState } from 'react';
import { useNow, useReadNow } from '../../../lib/now-context';
import { lastStepAt } from '../case-form';
import { Checkbox, Select, TextArea, TextInput } from '../../referrals/form-controls';
import { extendDetention, fetchDoctors } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { LondonDateTimeField, londonTimeNow, LondonTimeValue, toUtcInstant } from '../LondonDateTimeField';
import { useRegistry } from '../use-registry';
import { CommandFormProps } from './IntakeForms';

// Every reason is offered, so that an unlawful one is refused by the API quoting s136B(2) rather than hidden.
const reasonOptions = S136B_EXTENSION_REASON_CODES.map((r) => ({ value: r, label: S136B_EXTENSION_REASONS[r].label }));

/**
 * s136B: the one extension (up to 12 hours) of an s136 or s135(1) detention, authorised before
 * the 24 hours expire by the doctor responsible for the examination because of the person's
 * condition; at a police station a superintendent must also approve (s136B(3)).
 */
export function ExtendDetentionForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('extend');
  const doctors = useRegistry(fetchDoctors);
  const now = useNow();
  const readNow = useReadNow();
  const [authorisedAt, setAuthorisedAt] = useState<LondonTimeValue>(() => londonTimeNow(now));
  const [hours, setHours] = useState(String(S136B_MAX_EXTENSION_HOURS));
  const [reason, setReason] = useState('');
  const [doctorId, setDoctorId] = useState('');
  const [doctorName, setDoctorName] = useState('');
  const [atPoliceStation, setAtPoliceStation] = useState(() => assessment.referral.legal.atPoliceStation ?? /police/i.test(assessment.referral.legal.placeOfSafety ?? ''));
  const [superintendentApproved, setSuperintendentApproved] = useState(false);
  const [notes, setNotes] = useState('');

  const submit = async () => {
    const authorised = toUtcInstant(authorisedAt, 'authorisedAt', 'Time the extension was authorised', true, readNow(lastStepAt(assessment)));
    const ok = await form.submit({
      what: 'The s136B extension',
      schema: extendDetentionSchema,
      body: {
        authorisedAt: authorised.iso,
        hours: hours.trim() === '' ? undefined : Number(hours),
        reason: reason || undefined,
        ...(doctorId ? { doctorId } : { doctorName }),
        atPoliceStation,
        superintendentApproved: atPoliceStation ? superintendentApproved : undefined,
        notes,
      },
      extraIssues: authorised.issues,
      send: (body) => extendDetention(assessment.id, body),
      done: 'Detention extended under s136B.',
    });
    if (ok) onDone();
  };

  return (
    <CaseForm
      form={form}
      id="extend"
      title="Extend s136 detention (s136B)"
      intro="Once, by up to 12 hours, authorised before the 24 hours expire by the doctor responsible for the examination, only because the person’s condition makes it impracticable to finish the assessment. Never to find a bed or to wait for professionals."
      submitLabel="Record extension"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="grid grid--2">
        <LondonDateTimeField field={form.f('authorisedAt')} label="Authorised at" value={authorisedAt} onChange={setAuthorisedAt} error={form.errorFor('authorisedAt')} />
        <TextInput field={form.f('hours')} label="Hours (1 to 12)" required inputMode="numeric" width="short" value={hours} onChange={setHours} error={form.errorFor('hours')} />
      </div>
      <Select field={form.f('reason')} label="Reason" required value={reason} onChange={setReason} error={form.errorFor('reason')} options={reasonOptions} />
      <div className="grid grid--2">
        <Select
          field={form.f('doctorId')}
          label="Authorising doctor"
          placeholder={doctors.loaded ? 'Choose a doctor, or give the name…' : 'Loading…'}
          value={doctorId}
          onChange={setDoctorId}
          error={form.errorFor('doctorId')}
          options={doctors.items.map((d) => ({ value: d.id, label: d.name }))}
        />
        {!doctorId && <TextInput field={form.f('doctorName')} label="Doctor’s name (if not on the list)" value={doctorName} onChange={setDoctorName} error={form.errorFor('doctorName')} />}
      </div>
      <div className="checkboxes">
        <Checkbox field={form.f('atPoliceStation')} label="The place of safety is a police station" checked={atPoliceStation} onChange={setAtPoliceStation} />
        {atPoliceStation && (
          <Checkbox field={form.f('superintendentApproved')} label="A superintendent (or above) approved the extension (s136B(3))" checked={superintendentApproved} onChange={setSuperintendentApproved} />
        )}
      </div>
      <TextArea field={form.f('notes')} label="Notes (needed for another aspect of the person’s condition)" rows={2} value={notes} onChange={setNotes} error={form.errorFor('notes')} />
    </CaseForm>
  );
}
