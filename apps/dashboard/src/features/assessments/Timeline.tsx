import { TimelineEventView } from '@amhp/contracts';
import { formatLondonFull } from '../../lib/london-time';
import { useSession } from '../identity/session-context';
import { useCase } from './case-context';

/** Who recorded it: "you" for the signed-in user, else a short user id (the timeline keeps ids, not names). */
export function actorLabel(by: string, me: { id: string } | null = null): string {
  if (me && by === me.id) return 'you';
  if (by === 'system' || by === '') return 'AMHP Hub';
  if (by === 'anonymous') return 'someone not signed in';
  return /^[0-9a-f-]{36}$/i.test(by) ? `user ${by.slice(0, 8)}` : by;
}

/** Every change to the case, oldest first: when (London time), what, and who recorded it. */
export function Timeline() {
  const { assessment } = useCase();
  const me = useSession()?.session.user ?? null;
  const events = [...assessment.timeline].sort((a, b) => a.sequence - b.sequence);
  return (
    <section className="case-card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">
        Timeline <span className="count">{events.length}</span>
      </h2>
      <ol className="timeline" data-testid="timeline">
        {events.map((e: TimelineEventView) => (
          <li key={e.id} className="timeline__item" data-testid="timeline-event" data-event-type={e.type}>
            <span className="timeline__meta">
              <time dateTime={e.at}>{formatLondonFull(e.at)}</time>
              <span title={me && e.by === me.id ? me.displayName : e.by}> · by {actorLabel(e.by, me)}</span>
            </span>
            <span className="timeline__what">{e.summary}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
