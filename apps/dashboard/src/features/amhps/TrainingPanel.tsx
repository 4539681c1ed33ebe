import { AmhpRegisterView, createTrainingEntrySchema, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { FormEvent, useCallback, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { addTraining, fetchTraining } from './amhps-api';

const TRAINING_STATE_TEXT = { 'not-started': 'not started', 'in-progress': 'in progress', met: 'met', short: 'short' } as const;

/** One AMHP's training log by approval year, and a form to log hours (to the quarter hour). */
export function TrainingPanel({ amhp, canLog, onLogged }: { amhp: AmhpRegisterView; canLog: boolean; onLogged: () => void }) {
  const load = useCallback((signal: AbortSignal) => fetchTraining(amhp.id, signal), [amhp.id]);
  const training = useResource(load);
  const [completedOn, setCompletedOn] = useState('');
  const [hours, setHours] = useState('');
  const [title, setTitle] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = training.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { completedOn, hours: hours.trim() === '' ? Number.NaN : Number(hours), title };
    const parsed = createTrainingEntrySchema.safeParse(body);
    setFailure(null);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error));
      return;
    }
    setIssues([]);
    setBusy(true);
    try {
      await addTraining(amhp.id, body);
      setCompletedOn('');
      setHours('');
      setTitle('');
      await training.reload();
      onLogged();
    } catch (error) {
      if (error instanceof ValidationFailedError) setIssues(error.issues);
      else setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: string) => issues.find((i) => i.field === field)?.message;
  const ids = { date: `training-date-${amhp.id}`, hours: `training-hours-${amhp.id}`, title: `training-title-${amhp.id}` };
  return (
    <div className="training" data-testid="training-panel">
      {training.error && <p className="notice notice--error">Could not load the training log: {training.error}</p>}
      {t && (
        <p>
          {t.thisYear
            ? `This approval year (${formatCalendarDate(t.thisYear.from)} to ${formatCalendarDate(t.thisYear.to)}): ${t.thisYear.hours} of ${t.thisYear.required} h, ${TRAINING_STATE_TEXT[t.thisYear.state]}.`
            : 'Not within an approval year today.'}
        </p>
      )}
      {t && t.entries.length > 0 && (
        <table className="training__entries">
          <thead>
            <tr>
              <th scope="col">Completed</th>
              <th scope="col">Hours</th>
              <th scope="col">Training</th>
            </tr>
          </thead>
          <tbody>
            {t.entries.map((e) => (
              <tr key={e.id}>
                <td className="num">{formatCalendarDate(e.completedOn)}</td>
                <td className="num">{e.hours}</td>
                <td>{e.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canLog && (
        <form className="training__form" onSubmit={submit} noValidate data-testid="training-form">
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
          {issues.length > 0 && (
            <ul className="notice notice--error" role="alert">
              {issues.map((i) => (
                <li key={`${i.field}:${i.message}`}>{i.message}</li>
              ))}
            </ul>
          )}
          <div className="field">
            <label htmlFor={ids.date} className="field__label">
              Completed on
            </label>
            <input id={ids.date} className="input" type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} aria-invalid={errorFor('completedOn') ? true : undefined} />
          </div>
          <div className="field">
            <label htmlFor={ids.hours} className="field__label">
              Hours
            </label>
            <input id={ids.hours} className="input input--short" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} aria-invalid={errorFor('hours') ? true : undefined} />
          </div>
          <div className="field training__title">
            <label htmlFor={ids.title} className="field__label">
              Training
            </label>
            <input id={ids.title} className="input input--full" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={errorFor('title') ? true : undefined} />
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Logging…' : 'Log training'}
          </button>
        </form>
      )}
    </div>
  );
}
