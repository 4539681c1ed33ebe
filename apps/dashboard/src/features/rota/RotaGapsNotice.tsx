import { useCallback } from 'react';
import { londonDate } from '../../lib/london-time';
import { Link } from '../../lib/router';
import { useResource } from '../../lib/use-resource';
import { GAP_HORIZON_WEEKS } from './GapsAhead';
import { dayLabel } from './rota-dates';
import { fetchGaps } from './rota-api';
import { timeSpan } from './RotaCalendar';

/**
 * The rota manager's warning on the board, where they look first: how many gaps the next
 * weeks hold and the soonest, linked to its week on the rota. Nothing when all is covered.
 */
export function RotaGapsNotice() {
  const load = useCallback((signal: AbortSignal) => fetchGaps(GAP_HORIZON_WEEKS, signal), []);
  const { data } = useResource(load, { reloadOn: ['rota.changed'] });
  const gaps = [...(data?.gaps ?? [])].sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
  if (gaps.length === 0) return null;
  const first = gaps[0];
  const date = londonDate(first.from);
  return (
    <p className="notice notice--warning" role="status" data-testid="rota-gaps-notice">
      <strong>
        {gaps.length} gap{gaps.length === 1 ? '' : 's'} in the rota in the next {GAP_HORIZON_WEEKS} weeks.
      </strong>{' '}
      The first: {dayLabel(date)} {timeSpan(first.from, first.to)}. <Link to={`/rota?date=${date}`}>Open the rota</Link>
    </p>
  );
}
