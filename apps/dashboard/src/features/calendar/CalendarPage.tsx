import type { CalendarLinkView } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { describeError } from '../../lib/api-client';
import { formatLondonFull } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { createCalendarLink, fetchCalendarLink, revokeCalendarLink } from './calendar-api';
import { CopyField } from './CopyField';
import './calendar.css';

/** The feed URLs as a calendar app needs them: absolute. */
export function absoluteUrl(url: string): string {
  return url.startsWith('/') ? `${window.location.origin}${url}` : url;
}

/**
 * /calendar: subscribe to your shifts (and your teams') from Outlook or a phone. The link holds
 * a secret: it is shown once, when created or rotated; rotating or revoking stops the old one
 * at once (use it if the link was shared by mistake).
 */
export function CalendarPage() {
  const load = useCallback((signal: AbortSignal) => fetchCalendarLink(signal), []);
  const link = useResource(load);
  const [created, setCreated] = useState<CalendarLinkView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const active = created?.active ?? link.data?.active ?? false;
  const createdAt = created?.createdAt ?? link.data?.createdAt ?? null;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const fresh = await createCalendarLink();
      setCreated(fresh);
      setFlash(active ? 'New link made: the old one no longer works. Update your subscriptions.' : 'Link made. Copy it now: it is shown only once.');
      void link.reload();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      await revokeCalendarLink();
      setCreated(null);
      setConfirmRevoke(false);
      setFlash('Link revoked: subscribed calendars stop updating.');
      await link.reload();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page calendar-page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Calendar subscription
        </h1>
      </div>
      <div role="status">{flash && <p className="flash">{flash}</p>}</div>
      {(error || link.error) && (
        <p className="notice notice--error" role="alert">
          {error ?? link.error}
        </p>
      )}
      <p>Your duty shifts, and your teams’ rotas, as calendars that update when the rota changes (London time, including the nights the clocks change).</p>
      {link.data && !link.data.amhp && <p className="notice">Your account is not linked to an AMHP on the register: the personal feed will be empty; team feeds still work.</p>}
      <div className="calendar-status" data-testid="calendar-status" data-active={active ? 'true' : 'false'}>
        {link.loading && !link.data ? (
          <span className="muted">Checking…</span>
        ) : active ? (
          <span>
            A link is active{createdAt ? `, made ${formatLondonFull(createdAt)}` : ''}.
          </span>
        ) : (
          <span>No link yet.</span>
        )}
        <button type="button" className="button button--primary" onClick={create} disabled={busy} data-testid="calendar-create">
          {active ? 'Rotate the link (make a new one)' : 'Create my calendar link'}
        </button>
        {active &&
          (confirmRevoke ? (
            <>
              <button type="button" className="button button--danger" onClick={revoke} disabled={busy}>
                Yes, revoke it
              </button>
              <button type="button" className="button" onClick={() => setConfirmRevoke(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmRevoke(true)} disabled={busy}>
              Revoke…
            </button>
          ))}
      </div>
      {created?.myShiftsUrl && (
        <div className="calendar-urls" data-testid="calendar-urls">
          <p className="notice notice--warning">Copy these now: for your security they are not shown again. Anyone with a link can see the shifts it lists.</p>
          <CopyField label="My shifts" value={absoluteUrl(created.myShiftsUrl)} testId="calendar-url-mine" />
          {created.teamUrls.map((t) => (
            <CopyField key={t.teamId} label={`Team rota: ${t.teamName}`} value={absoluteUrl(t.url)} testId="calendar-url-team" />
          ))}
        </div>
      )}
      <h2>How to subscribe</h2>
      <ul className="calendar-help">
        <li>
          <strong>Outlook</strong> (web or desktop): Add calendar → Subscribe from web (or “From Internet”), paste the link, give it a name.
        </li>
        <li>
          <strong>iPhone or iPad</strong>: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, paste the link.
        </li>
        <li>
          <strong>Android</strong> (Google Calendar): on a computer, calendar.google.com → Other calendars → + → From URL, paste the link; it then appears on the phone.
        </li>
        <li>Calendar apps check for changes every few hours; a change to the rota appears at their next check.</li>
      </ul>
    </section>
  );
}
