import { closeReferralSchema, ReferralView, toFieldIssues, withdrawAssessmentSchema } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { ConflictError, describeError, ValidationFailedError } from '../../lib/api-client';
import { navigate } from '../../lib/router';
import { useBoard } from '../board/board-context';
import { TextArea } from './form-controls';
import { closeReferral, fetchAssessmentForClose, withdrawAssessment } from './referrals-api';

interface Props {
  referral: ReferralView;
  /** Reload the referral after a 409, resolving when the fresh copy is shown. */
  reload: () => Promise<void>;
  /** Told after a 409 and the reload, to say so where it stays visible even if the form goes. */
  onConflict: () => void;
}

/**
 * Closes a referral. The version it was loaded at goes with the request, so a change made
 * meanwhile by someone else is never overwritten unseen (409). A referral with an assessment is
 * closed by withdrawing the assessment (which closes the referral too), so no case is left open
 * behind a closed referral.
 */
export function CloseReferralForm({ referral, reload, onConflict }: Props) {
  const board = useBoard();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = closeReferralSchema.safeParse({ reason, version: referral.version });
    if (!parsed.success) {
      setError(toFieldIssues(parsed.error).find((i) => i.field === 'reason')?.message ?? 'Check the reason');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      if (referral.assessmentId) await withdraw(referral.assessmentId, parsed.data.reason);
      else await closeReferral(referral.id, parsed.data);
      board.apply({ type: 'closed', id: referral.id });
      navigate('/', { flash: `Referral ${referral.reference} closed.` });
    } catch (e) {
      setBusy(false);
      if (e instanceof ConflictError) {
        await reload();
        onConflict();
      } else if (e instanceof ValidationFailedError) {
        setError(e.issues.map((i) => i.message).join('; '));
      } else {
        setError(describeError(e));
      }
    }
  };

  return (
    <form className="close-form" noValidate onSubmit={submit} aria-labelledby="close-heading">
      <h2 id="close-heading">Close referral</h2>
      <TextArea field="reason" label="Reason for closing" required rows={2} value={reason} onChange={setReason} error={error ?? undefined} />
      <button type="submit" className="button button--danger" disabled={busy}>
        {busy ? 'Closing…' : 'Close referral'}
      </button>
    </form>
  );
}

/** Withdraws at the assessment's current version; a change between this read and the POST still gets 409. */
async function withdraw(assessmentId: string, reason: string): Promise<void> {
  const assessment = await fetchAssessmentForClose(assessmentId);
  await withdrawAssessment(assessmentId, withdrawAssessmentSchema.parse({ reason, version: assessment.version }));
}
