import { allocateAmhpSchema, arrangeAssessmentSchema, screenReferralSchema } from '@amhp/contracts';
import { SCREENING_DECISIONS, ScreeningDecision } from '@amhp/domain';
import { useState } from 'react';
import { formatCalendarDate } from '../../../lib/london-time';
import { Select, TextArea, TextInput } from '../../referrals/form-controls';
import { AddDoctorPanel } from '../AddDoctorPanel';
import { fetchAmhps, fetchDoctors, runCommand } from '../assessments-api';
import { CaseForm, useCaseForm } from '../case-form';
import { londonTime, LondonDateTimeField, toUtcInstant } from '../LondonDateTimeField';
import { useRegistry } from '../use-registry';
import { DoctorChoice } from './DoctorChoice';

export interface CommandFormProps {
  onDone: () => void;
  onCancel: () => void;
}

/** Screening: is a Mental Health Act assessment needed, or is there a less restrictive route? */
export function ScreenForm({ id, onDone, onCancel }: CommandFormProps & { id: string }) {
  const form = useCaseForm('screen');
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const [redirectedTo, setRedirectedTo] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: 'Screening',
      schema: screenReferralSchema,
      body: { decision, reason, redirectedTo: decision === 'redirected' ? redirectedTo : null },
      send: (body) => runCommand(id, 'screen_referral', body),
      done: 'Screening decision recorded.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="screen" title="Screen the referral" submitLabel="Record screening decision" onSubmit={submit} onCancel={onCancel}>
      <Select
        field={form.f('decision')}
        label="Decision"
        required
        value={decision}
        onChange={setDecision}
        error={form.errorFor('decision')}
        options={(Object.keys(SCREENING_DECISIONS) as ScreeningDecision[]).map((value) => ({ value, label: SCREENING_DECISIONS[value] }))}
      />
      {decision === 'redirected' && (
        <TextInput field={form.f('redirectedTo')} label="Service redirected to" required value={redirectedTo} onChange={setRedirectedTo} error={form.errorFor('redirectedTo')} />
      )}
      <TextArea field={form.f('reason')} label="Reason" required rows={3} value={reason} onChange={setReason} error={form.errorFor('reason')} />
    </CaseForm>
  );
}

/** Allocation to a duty AMHP (or EDT out of hours); their approval must be current (s114). */
export function AllocateForm({ id, onDone, onCancel }: CommandFormProps & { id: string }) {
  const form = useCaseForm('allocate');
  const amhps = useRegistry(fetchAmhps);
  const [amhpId, setAmhpId] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: 'Allocation',
      schema: allocateAmhpSchema,
      body: { amhpId },
      send: (body) => runCommand(id, 'allocate_amhp', body),
      done: 'AMHP allocated.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="allocate" title="Allocate an AMHP" submitLabel="Allocate" onSubmit={submit} onCancel={onCancel}>
      {amhps.error && <p className="notice notice--error">Could not load the AMHPs: {amhps.error}</p>}
      {amhps.loaded && !amhps.error && amhps.items.length === 0 && (
        <p className="notice">No AMHP is on the register yet. The service lead keeps the register of approved AMHPs (s114).</p>
      )}
      <Select
        field={form.f('amhpId')}
        label="AMHP"
        required
        placeholder={amhps.loaded ? 'Choose an AMHP…' : 'Loading…'}
        value={amhpId}
        onChange={setAmhpId}
        error={form.errorFor('amhpId')}
        options={amhps.items.map((a) => ({
          value: a.id,
          label: `${a.name}${a.team ? ` (${a.team})` : ''} · ${a.approvalCurrent ? `approved until ${formatCalendarDate(a.expiresOn)}` : 'approval NOT current'}`,
        }))}
      />
    </CaseForm>
  );
}

/** Arranging: date and time (London), place and the doctors (one s12-approved, ideally one who knows the person). */
export function ArrangeForm({ id, onDone, onCancel }: CommandFormProps & { id: string }) {
  const form = useCaseForm('arrange');
  const doctors = useRegistry(fetchDoctors);
  const [when, setWhen] = useState(londonTime());
  const [place, setPlace] = useState('');
  const [doctorIds, setDoctorIds] = useState<string[]>([]);
  const submit = async () => {
    const scheduled = toUtcInstant(when, 'scheduledAt', 'Date and time of the assessment');
    const ok = await form.submit({
      what: 'Arranging the assessment',
      schema: arrangeAssessmentSchema,
      body: { scheduledAt: scheduled.iso, place, doctorIds },
      extraIssues: scheduled.issues,
      send: (body) => runCommand(id, 'arrange_assessment', body),
      done: 'Assessment arranged.',
    });
    if (ok) onDone();
  };
  return (
    <>
      <CaseForm form={form} id="arrange" title="Arrange the assessment" submitLabel="Arrange" onSubmit={submit} onCancel={onCancel}>
        <div className="grid grid--2">
          <LondonDateTimeField field={form.f('scheduledAt')} label="Date and time" value={when} onChange={setWhen} error={form.errorFor('scheduledAt')} />
          <TextInput field={form.f('place')} label="Place" required value={place} onChange={setPlace} error={form.errorFor('place')} />
        </div>
        <DoctorChoice field={form.f('doctorIds')} doctors={doctors} chosen={doctorIds} onChange={setDoctorIds} error={form.errorFor('doctorIds')} max={3} />
      </CaseForm>
      <AddDoctorPanel
        prefix="arrange"
        onAdded={(doctor) => {
          doctors.add(doctor);
          setDoctorIds((ids) => (ids.length < 3 ? [...ids, doctor.id] : ids));
        }}
      />
    </>
  );
}
