import { convertS4ToS2Schema } from '@amhp/contracts';
import { formatLondonDateTime } from '@amhp/domain';
import { useState } from 'react';
import { useNow, useReadNow } from '../../../lib/now-context';
import { lastStepAt } from '../case-form';
import { Select } from '../../referrals/form-controls';
import { convertS4ToS2 } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { LondonDateTimeField, londonTimeNow, LondonTimeValue, toUtcInstant } from '../LondonDateTimeField';
import { CommandFormProps } from './IntakeForms';

/**
 * s4(4): the second medical recommendation, received by the hospital managers within 72 hours of
 * the s4 admission, converts it to s2 running from the admission. The examination is recorded
 * first (Recommendations); here the AMHP chooses it and says when the managers received it.
 */
export function ConvertS4ToS2Form({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const form = useCaseForm('convert-s4');
  const now = useNow();
  const readNow = useReadNow();
  const [receivedAt, setReceivedAt] = useState<LondonTimeValue>(() => londonTimeNow(now));
  const [examinationId, setExaminationId] = useState('');
  // The recommendation the s4 was founded on is not its own second recommendation.
  const founding = new Set(assessment.outcome?.kind === 'application' ? assessment.outcome.application.examinationIds : []);
  const options = assessment.examinations
    .filter((e) => e.recommendation && !founding.has(e.id))
    .map((e) => ({ value: e.id, label: `${e.doctor.name}, examined ${formatLondonDateTime(new Date(e.examinedAt))}` }));

  const submit = async () => {
    const received = toUtcInstant(receivedAt, 'receivedAt', 'Time the hospital managers received the recommendation', true, readNow(lastStepAt(assessment)));
    const ok = await form.submit({
      what: 'The s4 to s2 conversion',
      schema: convertS4ToS2Schema,
      body: { receivedAt: received.iso, examinationId: examinationId || undefined },
      extraIssues: received.issues,
      send: (body) => convertS4ToS2(assessment.id, body),
      done: 'Second recommendation recorded: now detained under s2 (s4(4)).',
    });
    if (ok) onDone();
  };

  return (
    <CaseForm
      form={form}
      id="convert-s4"
      title="Convert s4 to s2 (s4(4))"
      intro="The second medical recommendation must be received by the hospital managers within 72 hours of the s4 admission, and the two recommendations together must meet s12. The s2 then runs 28 days from the s4 admission."
      submitLabel="Record conversion"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="grid grid--2">
        <Select
          field={form.f('examinationId')}
          label="Second medical recommendation"
          required
          placeholder={options.length ? 'Choose the examination…' : 'Record the second doctor’s examination first'}
          value={examinationId}
          onChange={setExaminationId}
          error={form.errorFor('examinationId')}
          options={options}
        />
        <LondonDateTimeField field={form.f('receivedAt')} label="Received by the managers at" value={receivedAt} onChange={setReceivedAt} error={form.errorFor('receivedAt')} />
      </div>
    </CaseForm>
  );
}
