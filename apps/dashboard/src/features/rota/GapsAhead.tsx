import type { TeamView } from '@amhp/contracts';
import { useCallback, useEffect, useRef } from 'react';
import { formatLondonFull, londonDate } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { fetchGaps } from './rota-api';
import { dayLabel, formatHours } from './rota-dates';
import { timeSpan } from './RotaCalendar';
import { gapHours } from './rota-layout';

export const GAP_HORIZON_WEEKS = 8;
const KIND_TEXT = { day: 'day duty', edt: 'EDT' } as const;

/**
 * The rota manager's warning: every gap from now over the next 8 weeks, soonest first, each
 * one a link to its week. Reloaded whenever the rota changes.
 */
/** The last London date checked: `to` is an instant (exclusive) or a London date. */
function untilDate(to: string): string {
  return to.includes('T') ? londonDate(Date.parse(to) - 1) : to;
}

export function GapsAhead({ teams, revision, onShow }: { teams: readonly TeamView[]; revision?: number; onShow: (date: string) => void }) {
  const load = useCallback((signal: AbortSignal) => fetchGaps(GAP_HORIZON_WEEKS, signal), []);
  const { data, error, reload } = useResource(load, { reloadOn: ['rota.changed'] });
  // A new rota revision (a change made here, seen when the rota reloads) asks again at once.
  const seen = useRef(revision);
  useEffect(() => {
    if (revision === undefined || revision === seen.current) return;
    const first = seen.current === undefined;
    seen.current = revision;
    if (!first) void reload();
  }, [revision, reload]);
  const name = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const gaps = [...(data?.gaps ?? [])].sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
  const tone = !data ? '' : gaps.length ? ' gaps-ahead--warning' : ' gaps-ahead--clear';

  return (
    <section className={`gaps-ahead${tone}`} aria-labelledby="gaps-ahead-heading" data-testid="gaps-ahead" data-count={data ? gaps.length : ''}>
      <h2 id="gaps-ahead-heading">
        Gaps in the next {GAP_HORIZON_WEEKS} weeks <span className="count" data-testid="gaps-ahead-count">{data ? gaps.length : '…'}</span>
      </h2>
      {error && <p className="notice notice--error">Could not check the weeks ahead: {error}</p>}
      {data && gaps.length === 0 && (
        <p className="muted">
          Every hour is covered for the next {GAP_HORIZON_WEEKS} weeks, to {dayLabel(untilDate(data.to))}.
        </p>
      )}
      {gaps.length > 0 && (
        <ul className="gaps-ahead__list">
          {gaps.map((g) => {
            const date = londonDate(g.from);
            return (
              <li key={`${g.teamId}:${g.kind}:${g.from}`} data-testid="gap-ahead" data-team-id={g.teamId}>
                <button type="button" className="gaps-ahead__link" onClick={() => onShow(date)} title={`${formatLondonFull(g.from)} to ${formatLondonFull(g.to)}`}>
                  <strong>{dayLabel(date)}</strong> <span className="num">{timeSpan(g.from, g.to)}</span>
                </button>{' '}
                {name(g.teamId)} {KIND_TEXT[g.kind]} · {formatHours(gapHours(g))} · {g.onDuty} of {g.required} on duty
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
