import { useCallback, useState } from 'react';
import { ConflictError, describeError } from '../../lib/api-client';
import { formatLondonFull } from '../../lib/london-time';
import { Link } from '../../lib/router';
import { useResource } from '../../lib/use-resource';
import { handoverRoute, handoverState, handoverStateText } from './handover-labels';
import { HandoverCases } from './HandoverCases';
import { acknowledgeHandover, fetchHandover } from './handovers-api';
import './handovers.css';

const DIRECTION_TEXT = { 'day-to-edt': 'Day duty ends: EDT takes over', 'edt-to-day': 'Day duty starts: the day team takes over' } as const;

/**
 * /handovers/:id: one handover as it was made at the boundary, kept to be read later. The
 * incoming team acknowledges it here; until then an alert is raised once it is overdue.
 */
export function HandoverDetailPage({ id }: { id: string }) {
  const load = useCallback((signal: AbortSignal) => fetchHandover(id, signal), [id]);
  const handover = useResource(load, { reloadOn: ['handover.acknowledged'] });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'flash' | 'error' | 'warning'; text: string } | null>(null);
  const h = handover.data;

  const acknowledge = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await acknowledgeHandover(id);
      await handover.reload();
      setMessage({ tone: 'flash', text: 'Handover acknowledged: the incoming team has it.' });
    } catch (error) {
      if (error instanceof ConflictError) {
        await handover.reload();
        setMessage({ tone: 'warning', text: `${error.message} It has been reloaded.` });
      } else setMessage({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  if (!h) {
    return (
      <section className="page" aria-labelledby="page-heading">
        <div className="page__head">
          <h1 id="page-heading" tabIndex={-1}>
            Handover
          </h1>
          <Link to="/handovers" className="button button--small">
            All handovers
          </Link>
        </div>
        {handover.error ? <p className="notice notice--error">{handover.error}</p> : <p className="muted">Loading…</p>}
      </section>
    );
  }

  const state = handoverState(h);
  return (
    <section className="page" aria-labelledby="page-heading" data-testid="handover-page" data-handover-id={h.id} data-state={state}>
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Handover: {handoverRoute(h)}
        </h1>
        <Link to="/handovers" className="button button--small">
          All handovers
        </Link>
      </div>
      <p>
        <strong>{DIRECTION_TEXT[h.direction]}</strong> at <time dateTime={h.boundaryAt}>{formatLondonFull(h.boundaryAt)}</time> · {h.cases.length} open case
        {h.cases.length === 1 ? '' : 's'}
      </p>
      <div className={`handover-status handover-status--${state}`} data-testid="handover-status">
        <span>{handoverStateText(h)}</span>
        {state !== 'acknowledged' &&
          (h.youMayAcknowledge ? (
            <button type="button" className="button button--primary" onClick={acknowledge} disabled={busy} data-testid="acknowledge-handover">
              {busy ? 'Acknowledging…' : `Acknowledge for ${h.toTeam.name}`}
            </button>
          ) : (
            <span data-testid="acknowledge-by">For the incoming team ({h.toTeam.name}) to acknowledge.</span>
          ))}
      </div>
      <div role="status">{message?.tone === 'flash' && <p className="flash">{message.text}</p>}</div>
      {message && message.tone !== 'flash' && (
        <p className={`notice notice--${message.tone}`} role="alert">
          {message.text}
        </p>
      )}
      {handover.error && <p className="notice notice--error">Could not refresh: {handover.error}</p>}
      <HandoverCases cases={h.cases} />
    </section>
  );
}

