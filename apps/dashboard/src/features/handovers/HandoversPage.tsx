import { useCallback } from 'react';
import { formatLondonDayTime, formatLondonFull } from '../../lib/london-time';
import { Link } from '../../lib/router';
import { useResource } from '../../lib/use-resource';
import { Can } from '../identity/session-context';
import { handoverRoute, handoverState, handoverStateText } from './handover-labels';
import { fetchHandovers } from './handovers-api';
import { UpcomingHandover } from './UpcomingHandover';
import './handovers.css';

/**
 * /handovers: every handover between a day team and its EDT, newest first, with whether the
 * incoming team has acknowledged it; live as handovers are made and acknowledged. Case
 * workers also see the next one taking shape and add their notes to it.
 */
export function HandoversPage() {
  const load = useCallback((signal: AbortSignal) => fetchHandovers(signal), []);
  const list = useResource(load, { reloadOn: ['handover.created', 'handover.acknowledged'] });
  const handovers = list.data ?? [];

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Handovers <span className="count">{list.data ? handovers.length : '…'}</span>
        </h1>
      </div>
      <Can capability="case.act">
        <UpcomingHandover />
      </Can>
      {list.error && <p className="notice notice--error">Could not load the handovers: {list.error}</p>}
      <table className="handovers" data-testid="handovers-table">
        <caption className="board__caption">Handovers at each boundary of day duty, newest first (London time)</caption>
        <thead>
          <tr>
            <th scope="col">Boundary</th>
            <th scope="col">From → to</th>
            <th scope="col">Cases</th>
            <th scope="col">Acknowledgement</th>
          </tr>
        </thead>
        <tbody>
          {list.data && handovers.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                No handover yet: one is made at each start and end of day duty.
              </td>
            </tr>
          )}
          {handovers.map((h) => (
            <tr key={h.id} className={`handovers__row handovers__row--${handoverState(h)}`} data-testid="handover-row" data-handover-id={h.id} data-state={handoverState(h)}>
              <td className="num">
                <Link to={`/handovers/${encodeURIComponent(h.id)}`} title={formatLondonFull(h.boundaryAt)}>
                  {formatLondonDayTime(h.boundaryAt)}
                </Link>
              </td>
              <td>{handoverRoute(h)}</td>
              <td className="num">{h.caseCount}</td>
              <td>{handoverStateText(h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
