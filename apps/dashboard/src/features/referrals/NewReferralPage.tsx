import { boardRowOf, FieldIssue } from '@amhp/contracts';
import { FormEvent, useRef, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { Link, navigate } from '../../lib/router';
import { useBoard } from '../board/board-context';
import { ReferralFormFields } from './ReferralFormFields';
import { ErrorSummary } from './form-controls';
import { emptyReferralForm, ReferralFormValues, validateReferralForm } from './referral-form-model';
import { createReferral } from './referrals-api';


/**
 * Records a new referral. It validates with the API's own schema before sending, and shows a
 * 400 from the API (e.g. a rule only the server can check) in exactly the same places.
 */
export function NewReferralPage() {
  const board = useBoard();
  const [values, setValues] = useState<ReferralFormValues>(emptyReferralForm);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = (next: ReferralFormValues) => {
    setValues(next);
    // After the first attempt, messages follow the input as it is corrected.
    if (attempted) {
      const result = validateReferralForm(next);
      setIssues(result.ok ? [] : result.issues);
    }
  };

  const showIssues = (found: FieldIssue[]) => {
    setIssues(found);
    // Let the summary render, then move focus to it so keyboard and screen reader users land on it.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setFailure(null);
    const result = validateReferralForm(values);
    if (!result.ok) {
      showIssues(result.issues);
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      const created = await createReferral(result.input);
      board.apply({ type: 'upserted', row: boardRowOf(created, new Date()) });
      navigate('/', { flash: `Referral ${created.reference} created.`, highlightId: created.id });
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationFailedError) showIssues(error.issues);
      else setFailure(describeError(error));
    }
  };

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          New referral
        </h1>
        <Link to="/" className="button">
          Back to board
        </Link>
      </div>
      <ErrorSummary issues={issues} headingRef={summaryRef} />
      {failure && (
        <p className="notice notice--error" role="alert">
          The referral was not saved: {failure}
        </p>
      )}
      <form className="referral-form" noValidate onSubmit={submit} aria-label="New referral">
        <ReferralFormFields values={values} issues={issues} onChange={update} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save referral'}
          </button>
          <Link to="/" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
