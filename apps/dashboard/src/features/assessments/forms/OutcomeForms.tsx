import {
  makeApplicationSchema,
  recordCommunityAlternativeSchema,
  recordInformalAdmissionSchema,
  recordNoFurtherActionSchema,
  recordNotCompletedSchema,
} from '@amhp/contracts';
import { APPLICATION_SECTION_LABELS, APPLICATION_SECTIONS, ApplicationSection, NOT_COMPLETED_REASONS, NotCompletedReason } from '@amhp/domain';
import { useState } from 'react';
import { formatLondonDayTime } from '../../../lib/london-time';
import { Select, TextArea, TextInput } from '../../referrals/form-controls';
import { fieldId } from '../../referrals/referral-form-model';
import { runCommand } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { RuleCheckList } from '../RuleCheckList';
import { londonTime, LondonDateTimeField, toUtcInstant } from '../LondonDateTimeField';
import { CommandFormProps } from './IntakeForms';

/**
 * The application (s2, s3 or s4), founded on the recorded medical recommendations. The check
 * the API will make is shown before sending (applicationChecks); the API has the last word and
 * refuses an unlawful application with each rule and its section.
 */
export function ApplicationForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('application');
  const withRecommendation = assessment.examinations.filter((e) => e.recommendation);
  const [section, setSection] = useState<ApplicationSection | ''>('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [madeAt, setMadeAt] = useState(londonTime());
  const [text, setText] = useState({ noPreviousAcquaintanceReason: '', urgentNecessityStatement: '', secondRecommendationReason: '', urgentCaseConflictReason: '', hospital: '' });

  const pickSection = (value: string) => {
    const s = value as ApplicationSection | '';
    setSection(s);
    // Found it on the recommendations made for that section, as the forms (A3/A4, A7/A8, A11) are.
    setChosen(withRecommendation.filter((e) => e.recommendation?.section === s).map((e) => e.id).slice(0, 2));
  };
  const knowsPerson = withRecommendation.some((e) => chosen.includes(e.id) && e.previousAcquaintance);
  // s4(2): another doctor's recommendation already on the case means no second doctor is awaited.
  const chosenDoctors = new Set(withRecommendation.filter((e) => chosen.includes(e.id)).map((e) => e.doctor.id));
  const secondDoctorOnCase = section === 's4' && chosen.length > 0 && withRecommendation.some((e) => !chosenDoctors.has(e.doctor.id));
  const precheck = section && assessment.applicationChecks ? assessment.applicationChecks[section] : null;

  const submit = async () => {
    const made = toUtcInstant(madeAt, 'madeAt', 'Time the application is made', false);
    const ok = await form.submit({
      what: 'The application',
      schema: makeApplicationSchema,
      body: { section: section || undefined, madeAt: made.iso, recommendationIds: chosen, ...text },
      extraIssues: made.issues,
      send: (body) => runCommand(assessment.id, 'make_application', body),
      done: `Application made under ${section}.`,
    });
    if (ok) onDone();
  };

  return (
    <CaseForm form={form} id="application" title="Make an application" submitLabel="Make application" busyLabel="Checking…" onSubmit={submit} onCancel={onCancel}>
      <Select
        field={form.f('section')}
        label="Section"
        required
        value={section}
        onChange={pickSection}
        error={form.errorFor('section')}
        options={APPLICATION_SECTIONS.map((s) => ({ value: s, label: APPLICATION_SECTION_LABELS[s] }))}
      />
      <fieldset className={`field${form.errorFor('recommendationIds') ? ' field--error' : ''}`}>
        <legend className="field__label">Medical recommendations the application is founded on</legend>
        {form.errorFor('recommendationIds') && <p className="field-error">{form.errorFor('recommendationIds')}</p>}
        {withRecommendation.length === 0 && <p className="muted">No medical recommendation is recorded yet (see Doctors and medical recommendations).</p>}
        <div id={fieldId(form.f('recommendationIds'))} tabIndex={-1}>
          {withRecommendation.map((e) => (
            <div className="checkbox" key={e.id}>
              <input
                id={`rec-${e.id}`}
                type="checkbox"
                checked={chosen.includes(e.id)}
                onChange={(ev) => setChosen(ev.target.checked ? [...chosen, e.id] : chosen.filter((c) => c !== e.id))}
              />
              <label htmlFor={`rec-${e.id}`}>
                {e.doctor.name} ({e.doctor.s12Approved ? 's12' : 'not s12'}) · {e.recommendation?.section} recommendation signed {formatLondonDayTime(e.recommendation?.signedAt ?? e.examinedAt)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid grid--2">
        <LondonDateTimeField field={form.f('madeAt')} label="Time the application is made" required={false} hint="London time; leave blank for now" value={madeAt} onChange={setMadeAt} error={form.errorFor('madeAt')} />
        <TextInput field={form.f('hospital')} label="Hospital it is addressed to" value={text.hospital} onChange={(hospital) => setText({ ...text, hospital })} error={form.errorFor('hospital')} />
      </div>
      {chosen.length > 0 && !knowsPerson && (
        <TextArea
          field={form.f('noPreviousAcquaintanceReason')}
          label="Why no doctor with previous acquaintance gave a recommendation (s12(2))"
          rows={2}
          value={text.noPreviousAcquaintanceReason}
          onChange={(v) => setText({ ...text, noPreviousAcquaintanceReason: v })}
          error={form.errorFor('noPreviousAcquaintanceReason')}
        />
      )}
      {section === 's4' && (
        <TextArea
          field={form.f('urgentNecessityStatement')}
          label="Statement of urgent necessity (s4(2))"
          required
          rows={2}
          value={text.urgentNecessityStatement}
          onChange={(v) => setText({ ...text, urgentNecessityStatement: v })}
          error={form.errorFor('urgentNecessityStatement')}
        />
      )}
      {secondDoctorOnCase && (
        <TextArea
          field={form.f('secondRecommendationReason')}
          label="Why the second medical recommendation on the case cannot found an s2 application (s4(2))"
          hint="Another doctor’s recommendation is recorded, so waiting for a second doctor would cause no delay: apply under s2, or say why you cannot"
          rows={2}
          value={text.secondRecommendationReason}
          onChange={(v) => setText({ ...text, secondRecommendationReason: v })}
          error={form.errorFor('secondRecommendationReason')}
        />
      )}
      <TextArea
        field={form.f('urgentCaseConflictReason')}
        label="Urgent-case exception to a conflict of interest"
        hint="Only if the AMHP and both doctors are in one team and the case is urgent (Conflicts of Interest Regulations 2008)"
        rows={2}
        value={text.urgentCaseConflictReason}
        onChange={(v) => setText({ ...text, urgentCaseConflictReason: v })}
        error={form.errorFor('urgentCaseConflictReason')}
      />
      {precheck && (
        <div className="precheck">
          <p className="precheck__title">As recorded now, an {section} application would be:</p>
          <RuleCheckList check={precheck} />
        </div>
      )}
    </CaseForm>
  );
}

type Simple = 'record_informal_admission' | 'record_community_alternative' | 'record_no_further_action';

const SIMPLE = {
  record_informal_admission: { title: 'Record informal admission', field: 'notes', label: 'Notes', required: false, schema: recordInformalAdmissionSchema, done: 'Informal admission recorded.' },
  record_community_alternative: { title: 'Record a community alternative', field: 'putInPlace', label: 'What was put in place', required: true, schema: recordCommunityAlternativeSchema, done: 'Community alternative recorded.' },
  record_no_further_action: { title: 'Record no further action', field: 'reason', label: 'Reason (Code of Practice 14.104)', required: true, schema: recordNoFurtherActionSchema, done: 'No further action recorded.' },
} as const;

/** The outcomes other than an application: one text each. */
export function SimpleOutcomeForm({ command, onDone, onCancel }: CommandFormProps & { command: Simple }) {
  const { assessment } = useCase();
  const spec = SIMPLE[command];
  const form = useCaseForm(command);
  const [value, setValue] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: spec.title,
      schema: spec.schema,
      body: { [spec.field]: value },
      send: (body) => runCommand(assessment.id, command, body as never),
      done: spec.done,
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id={command} title={spec.title} submitLabel={spec.title} onSubmit={submit} onCancel={onCancel}>
      <TextArea field={form.f(spec.field)} label={spec.label} required={spec.required} rows={3} value={value} onChange={setValue} error={form.errorFor(spec.field)} />
    </CaseForm>
  );
}

export function NotCompletedForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('not-completed');
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState('');
  const submit = async () => {
    const ok = await form.submit({
      what: 'Assessment not completed',
      schema: recordNotCompletedSchema,
      body: { reason, details },
      send: (body) => runCommand(assessment.id, 'record_not_completed', body),
      done: 'Recorded that the assessment could not be completed.',
    });
    if (ok) onDone();
  };
  return (
    <CaseForm form={form} id="not-completed" title="Record assessment not completed" submitLabel="Record" onSubmit={submit} onCancel={onCancel}>
      <Select
        field={form.f('reason')}
        label="Why"
        required
        value={reason}
        onChange={setReason}
        error={form.errorFor('reason')}
        options={(Object.keys(NOT_COMPLETED_REASONS) as NotCompletedReason[]).map((value) => ({ value, label: NOT_COMPLETED_REASONS[value] }))}
      />
      <TextArea field={form.f('details')} label="Details" required={reason === 'other'} rows={2} value={details} onChange={setDetails} error={form.errorFor('details')} />
    </CaseForm>
  );
}
