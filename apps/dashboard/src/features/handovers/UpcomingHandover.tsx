import { createHandoverNoteSchema, HandoverCaseView } from '@amhp/contracts';
import { FormEvent, useCallback, useId, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { formatLondonDayTime, formatLondonFull } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { handoverRoute } from './handover-labels';
import { HandoverCases } from './HandoverCases';
import { createHandoverNote, fetchUpcomingHandover } from './handovers-api';

/** Changes to cases within this long reload the draft once. */
export const DRAFT_COALESCE_MS = 30_000;

/**
 * The next handover as it stands now (not stored yet), so the outgoing AMHP sees what will be
 * handed over and writes a note on each case for the incoming team.
 */
export function UpcomingHandover() {
  const load = useCallback((signal: AbortSignal) => fetchUpcomingHandover(signal), []);
  // Any case changing may change the draft: on a busy service that is many times a minute, and
  // each read of the draft is an audited read of every case in it, so changes are gathered.
  const draft = useResource(load, { reloadOn: ['handover.created', 'referral.upserted', 'referral.closed'], coalesceMs: DRAFT_COALESCE_MS });
  const d = draft.data;
  return (
    <section className="upcoming-handover" aria-labelledby="upcoming-heading" data-testid="upcoming-handover">
      <h2 id="upcoming-heading">
        Next handover
        {d && (
          <>
            : {handoverRoute(d)} at{' '}
            <time dateTime={d.boundaryAt} title={formatLondonFull(d.boundaryAt)}>
              {formatLondonDayTime(d.boundaryAt)}
            </time>
          </>
        )}
      </h2>
      {draft.error && <p className="notice notice--error">Could not load the next handover: {draft.error}</p>}
      {!d && !draft.error && <p className="muted">Loading…</p>}
      {d && <p className="muted">Write a note on each case for the incoming team: it goes into the handover at the boundary.</p>}
      {d && <HandoverCases cases={d.cases} footer={(c) => <NoteForm handoverCase={c} onSaved={() => void draft.reload()} />} />}
    </section>
  );
}

function NoteForm({ handoverCase, onSaved }: { handoverCase: HandoverCaseView; onSaved: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { referralId: handoverCase.referralId, text };
    const parsed = createHandoverNoteSchema.safeParse(body);
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await createHandoverNote(body);
      setText('');
      setSaved(true);
      onSaved();
    } catch (error) {
      setProblem(error instanceof ValidationFailedError ? error.issues.map((i) => `${i.field}: ${i.message}`).join('; ') : describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="handover-note-form" onSubmit={submit} noValidate data-testid="handover-note-form">
      <label htmlFor={id} className="field__label">
        Note on {handoverCase.reference} for the incoming team
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <textarea id={id} className="input input--full" rows={2} value={text} onChange={(e) => (setSaved(false), setText(e.target.value))} aria-invalid={problem ? true : undefined} />
      <div className="form-actions">
        <button type="submit" className="button button--small" disabled={busy}>
          {busy ? 'Saving…' : 'Add note'}
        </button>
        <span role="status" className="muted">
          {saved ? 'Note added to the next handover.' : ''}
        </span>
      </div>
    </form>
  );
}
