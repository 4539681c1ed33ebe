import { endHoldingPowerSchema, recordS5_2ReportSchema } from '@amhp/contracts';
import { HOLDING_POWER_END_REASON_CODES, HOLDING_POWER_END_REASONS } from '@amhp/domain';
import { useState } from 'react';
import { useNow, useReadNow } from '../../../lib/now-context';
import { Select, TextArea, TextInput } from '../../referrals/form-controls';
import { endHoldingPower, fetchDoctors, recordS5_2Report } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, lastStepAt, useCaseForm } from '../case-form';
import { LondonDateTimeField, londonTimeNow, LondonTimeValue, toUtcInstant } from '../LondonDateTimeField';
import { useRegistry } from '../use-registry';
import { CommandFormProps } from './IntakeForms';

/**
 * s5(2): the doctor's or approved clinician's report (form H1) on an informal in-patient, often
 * after a nurse's s5(4). After an s5(4) its 72 hours run from the nurse's record (s5(5)).
 */
export function S5_2ReportForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('s5-2');
  const doctors = useRegistry(fetchDoctors);
  const now = useNow();
  const readNow = useReadNow();
  const [furnishedAt, setFurnishedAt] = useState<LondonTimeValue>(() => londonTimeNow(now));
  const [doctorId, setDoctorId] = useState('');
  const [doctorName, setDoctorName] = useState('');
  const afterNurse = assessment.holdingPowers.powers.some((p) => p.power === 's5_4');

  const submit = async () => {
    const at = toUtcInstant(furnishedAt, 'reportFurnishedAt', 'Time the report was furnished', true, readNow(lastStepAt(assessment)));
    const ok = await form.submit({
      what: 'The s5(2) report',
      schema: recordS5_2ReportSchema,
      body: { reportFurnishedAt: at.iso, ...(doctorId ? { doctorId } : { doctorName }) },
      extraIssues: at.issues,
      send: (body) => recordS5_2Report(assessment.id, body),
      done: 'Report under s5(2) recorded.',
    });
    if (ok) onDone();
  };

  return (
    <CaseForm
      form={form}
      id="s5-2"
      title="Record the doctor’s report under s5(2)"
      intro={
        afterNurse
          ? 'The nurse’s s5(4) power ends with the report; the 72 hours run from the s5(4) record if the report is made within its six hours (s5(5)).'
          : 'Holds an informal in-patient for up to 72 hours from the report to the hospital managers. It cannot be renewed.'
      }
      submitLabel="Record report"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <LondonDateTimeField field={form.f('reportFurnishedAt')} label="Report furnished to the hospital managers" value={furnishedAt} onChange={setFurnishedAt} error={form.errorFor('reportFurnishedAt')} />
      <div className="grid grid--2">
        <Select
          field={form.f('doctorId')}
          label="Doctor or approved clinician"
          placeholder={doctors.loaded ? 'Choose, or give the name…' : 'Loading…'}
          value={doctorId}
          onChange={setDoctorId}
          error={form.errorFor('doctorId')}
          options={doctors.items.map((d) => ({ value: d.id, label: d.name }))}
        />
        {!doctorId && <TextInput field={form.f('doctorName')} label="Name (if not on the list)" value={doctorName} onChange={setDoctorName} error={form.errorFor('doctorName')} />}
      </div>
    </CaseForm>
  );
}

/** The s5(4) or s5(2) power ended without an application (the doctor arrived and made no report; no longer needed). */
export function EndHoldingPowerForm({ power, onDone, onCancel }: CommandFormProps & { power: 's5_4' | 's5_2' }) {
  const { assessment } = useCase();
  const form = useCaseForm('end-holding');
  const now = useNow();
  const readNow = useReadNow();
  const [endedAt, setEndedAt] = useState<LondonTimeValue>(() => londonTimeNow(now));
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState('');
  const name = power === 's5_4' ? 's5(4)' : 's5(2)';
  const reasons = HOLDING_POWER_END_REASON_CODES.filter((r) => power === 's5_4' || r !== 'doctor_arrived');

  const submit = async () => {
    const at = toUtcInstant(endedAt, 'endedAt', 'Time the holding power ended', true, readNow(lastStepAt(assessment)));
    const ok = await form.submit({
      what: `The end of the ${name} holding power`,
      schema: endHoldingPowerSchema,
      body: { power, endedAt: at.iso, reason: reason || undefined, details },
      extraIssues: at.issues,
      send: (body) => endHoldingPower(assessment.id, body),
      done: `${name} holding power ended.`,
    });
    if (ok) onDone();
  };

  return (
    <CaseForm form={form} id="end-holding" title={`End the ${name} holding power`} submitLabel="Record end" onSubmit={submit} onCancel={onCancel}>
      <LondonDateTimeField field={form.f('endedAt')} label="Ended at" value={endedAt} onChange={setEndedAt} error={form.errorFor('endedAt')} />
      <Select field={form.f('reason')} label="Why" required value={reason} onChange={setReason} error={form.errorFor('reason')} options={reasons.map((r) => ({ value: r, label: HOLDING_POWER_END_REASONS[r] }))} />
      <TextArea field={form.f('details')} label="Details" rows={2} required={reason === 'other'} value={details} onChange={setDetails} error={form.errorFor('details')} />
    </CaseForm>
  );
}
