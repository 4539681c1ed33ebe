import type { AuditEventView } from '@amhp/contracts';
import { FormEvent, useEffect, useId, useState } from 'react';
import { describeError, isAbort } from '../../lib/api-client';
import { formatLondonFull } from '../../lib/london-time';
import { RoleGrantsPanel } from '../role-grants/RoleGrantsPanel';
import { AuditFilters, auditCsvUrl, fetchDirectory, NO_FILTERS, searchAudit } from './audit-api';
import './audit.css';

/** Service leads: who saw and did what, searched by person, user and date, and exported as CSV. */
export function AuditPage() {
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [events, setEvents] = useState<AuditEventView[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [users, setUsers] = useState<{ id: string; displayName: string; email: string }[]>([]);
  const ids = { person: useId(), user: useId(), action: useId(), from: useId(), to: useId() };

  useEffect(() => {
    const controller = new AbortController();
    fetchDirectory(controller.signal).then(setUsers, () => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    searchAudit(filters, undefined, controller.signal).then(
      (page) => {
        setEvents(page.events);
        setNextBefore(page.nextBefore);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        setError(describeError(e));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [filters]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setFilters(draft);
  };

  const older = async () => {
    if (!nextBefore) return;
    try {
      const page = await searchAudit(filters, nextBefore);
      setEvents((list) => [...list, ...page.events]);
      setNextBefore(page.nextBefore);
    } catch (e) {
      setError(describeError(e));
    }
  };

  const set = (key: keyof AuditFilters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Audit trail
        </h1>
        <a className="button" href={auditCsvUrl(filters)} download data-testid="audit-export">
          Export CSV
        </a>
      </div>
      <form className="audit-search" onSubmit={submit} aria-label="Search the audit trail" data-testid="audit-search">
        <div className="audit-search__field">
          <label htmlFor={ids.person}>Person: referral or assessment id, or NHS number</label>
          <input id={ids.person} value={draft.person} onChange={set('person')} autoComplete="off" />
        </div>
        <div className="audit-search__field">
          <label htmlFor={ids.user}>User</label>
          <select id={ids.user} value={draft.userId} onChange={set('userId')}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div className="audit-search__field">
          <label htmlFor={ids.action}>Action, e.g. referral.read or referral</label>
          <input id={ids.action} value={draft.action} onChange={set('action')} autoComplete="off" />
        </div>
        <div className="audit-search__field">
          <label htmlFor={ids.from}>From (London date)</label>
          <input id={ids.from} type="date" value={draft.fromDay} onChange={set('fromDay')} />
        </div>
        <div className="audit-search__field">
          <label htmlFor={ids.to}>To (London date)</label>
          <input id={ids.to} type="date" value={draft.toDay} onChange={set('toDay')} />
        </div>
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {loading ? (
        <p className="muted">Searching…</p>
      ) : (
        <table className="audit" data-testid="audit-table">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (London)</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">From</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 && (
              <tr>
                <td colSpan={6} className="empty">
                  No entries match.
                </td>
              </tr>
            )}
            {events.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td className="num">{formatLondonFull(e.occurredAt)}</td>
                <td>{e.actorName}</td>
                <td className="mono">{e.action}</td>
                <td>
                  {e.entityType} <span className="mono muted">{e.entityId ?? listedCount(e)}</span>
                </td>
                <td className="muted">{e.ip ?? ''}</td>
                <td>
                  {(e.before !== null || e.after !== null) && (
                    <details>
                      <summary>Before and after</summary>
                      <pre className="audit__json">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore && (
        <button type="button" className="button" onClick={older}>
          Older entries
        </button>
      )}
      <RoleGrantsPanel />
    </section>
  );
}

/** A list read (the board, My cases) names every referral it showed: say how many. */
function listedCount(e: AuditEventView): string {
  const ids = (e.after as { referralIds?: unknown } | null)?.referralIds;
  return Array.isArray(ids) ? `list of ${ids.length}` : '';
}
