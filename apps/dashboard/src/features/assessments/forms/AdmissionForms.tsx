import { admitSchema, arrangeConveyanceSchema, closeAssessmentSchema, identifyBedSchema, seekBedSchema, sendWrittenReasonsSchema, startAssessmentSchema, withdrawAssessmentSchema } from '@amhp/contracts';
import { CONVEYANCE_MODES, ConveyanceMode } from '@amhp/domain';
import { useState } from 'react';
import { useNow, useReadNow } from '../../../lib/now-context';
import { lastStepAt } from '../case-form';
import { Checkbox, Select, TextArea, TextInput } from '../../referrals/form-controls';
import { runCommand } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { LondonDateTimeField, londonTimeNow, toUtcInstant } from '../LondonDateTimeField';
import { CommandFormProps } from './IntakeForms';

/** The bed: the hospital named in the application, and whether it is out of area (reported to CQC). */
export function IdentifyBedForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('bed');
  const [hospital, setHospital] = useState('');
  const [ward, setWard] = useState('');
  const [outOfArea, setOutOfArea] = useState(false);
  const submit = async () => {
    const ok = await form.submit({
      what: 'The bed',
      schema: identifyBedSchema,
      body: { hospital, ward, outOfArea },
      send: (body) => runCommand(assessment.id, 'identify_bed', body),
      done: 'Bed identified.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="bed" title="Record the bed identified" submitLabel="Record bed" onSubmit={submit} onCancel={onCancel}>
      <div className="grid grid--2">
        <TextInput field={form.f('hospital')} label="Hospital" required value={hospital} onChange={setHospital} error={form.errorFor('hospital')} />
        <TextInput field={form.f('ward')} label="Ward" value={ward} onChange={setWard} error={form.errorFor('ward')} />
      </div>
      <Checkbox field={form.f('outOfArea')} label="Out of area" checked={outOfArea} onChange={setOutOfArea} />
    </CaseForm>
  );
}

/** Conveyance: ambulance or secure transport; police only as a last resort. */
export function ConveyanceForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('conveyance');
  const [mode, setMode] = useState('');
  const [details, setDetails] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: 'Conveyance',
      schema: arrangeConveyanceSchema,
      body: { mode, details },
      send: (body) => runCommand(assessment.id, 'arrange_conveyance', body),
      done: 'Conveyance arranged.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="conveyance" title="Arrange conveyance" submitLabel="Arrange conveyance" onSubmit={submit} onCancel={onCancel}>
      <Select
        field={form.f('mode')}
        label="How"
        required
        value={mode}
        onChange={setMode}
        error={form.errorFor('mode')}
        options={(Object.keys(CONVEYANCE_MODES) as ConveyanceMode[]).map((value) => ({ value, label: CONVEYANCE_MODES[value] }))}
      />
      <TextArea field={form.f('details')} label="Details" rows={2} value={details} onChange={setDetails} error={form.errorFor('details')} />
    </CaseForm>
  );
}

/** An instant to record (admission, written reasons sent), London time, defaulting to now. */
export function TimedForm({ command, onDone, onCancel }: CommandFormProps & { command: 'admit' | 'send_written_reasons_to_nearest_relative' }) {
  const { assessment } = useCase();
  const now = useNow();
  const readNow = useReadNow();
  const form = useCaseForm(command);
  const [when, setWhen] = useState(() => londonTimeNow(now));
  const admit = command === 'admit';
  const label = admit ? 'Time of admission' : 'Time the written reasons were sent';
  const submit = async () => {
    const at = toUtcInstant(when, admit ? 'admittedAt' : 'sentAt', label, true, readNow(lastStepAt(assessment)));
    const ok = admit
      ? await form.submit({ what: 'Admission', schema: admitSchema, body: { admittedAt: at.iso }, extraIssues: at.issues, send: (body) => runCommand(assessment.id, 'admit', body), done: 'Admission recorded.' })
      : await form.submit({
          what: 'Written reasons',
          schema: sendWrittenReasonsSchema,
          body: { sentAt: at.iso },
          extraIssues: at.issues,
          send: (body) => runCommand(assessment.id, 'send_written_reasons_to_nearest_relative', body),
          done: 'Written reasons to the nearest relative recorded (s13(4)).',
        });
    if (ok) onDone();
  };
  const field = admit ? 'admittedAt' : 'sentAt';
  return (
    <CaseForm
      form={form}
      id={command}
      title={admit ? 'Record admission' : 'Record written reasons sent to the nearest relative'}
      intro={admit ? 'The detention period runs from the admission (s2: 28 days beginning with the day of admission; s4: 72 hours).' : 's13(4): the AMHP who decides not to apply tells the nearest relative in writing why.'}
      submitLabel={admit ? 'Record admission' : 'Record'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <LondonDateTimeField field={form.f(field)} label={label} value={when} onChange={setWhen} error={form.errorFor(field)} />
    </CaseForm>
  );
}

export function WithdrawForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('withdraw');
  const [reason, setReason] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: 'Withdrawal',
      schema: withdrawAssessmentSchema,
      body: { reason },
      send: (body) => runCommand(assessment.id, 'withdraw', body),
      done: 'Assessment withdrawn.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="withdraw" title="Withdraw or cancel" tone="danger" submitLabel="Withdraw" onSubmit={submit} onCancel={onCancel}>
      <TextArea field={form.f('reason')} label="Reason" required rows={2} value={reason} onChange={setReason} error={form.errorFor('reason')} />
    </CaseForm>
  );
}

const CONFIRM = {
  start_assessment: { title: 'Start the assessment', intro: 'The AMHP interviews the person in a suitable manner (s13(2)); the doctors examine them.', label: 'Start now', done: 'Assessment started.', schema: startAssessmentSchema },
  seek_bed: { title: 'Seek a bed', intro: 'Securing the bed is the recommending doctors’ responsibility unless local arrangements give it to the AMHP (Code of Practice 14.77).', label: 'Seeking a bed', done: 'Bed being sought.', schema: seekBedSchema },
  close: { title: 'Close the case', intro: 'Closing ends the case; its timeline is kept.', label: 'Close case', done: 'Case closed.', schema: closeAssessmentSchema },
} as const;

/** Commands without details: one confirmation, so a stray click changes nothing. */
export function ConfirmForm({ command, onDone, onCancel }: CommandFormProps & { command: keyof typeof CONFIRM }) {
  const { assessment } = useCase();
  const spec = CONFIRM[command];
  const form = useCaseForm(command);
  const submit = async () => {
    const ok = await form.submit({ what: spec.title, schema: spec.schema, body: {}, send: (body) => runCommand(assessment.id, command, body), done: spec.done });
    if (ok) onDone();
  };
  return <CaseForm form={form} id={command} title={spec.title} intro={spec.intro} submitLabel={spec.label} onSubmit={submit} onCancel={onCancel} />;
}
