import type { OnDutyTeamView } from '@amhp/contracts';
import { useCallback } from 'react';
import { formatLondonFull, formatLondonTimeNear } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { Link } from '../../lib/router';
import { Can } from '../identity/session-context';
import { fetchOnDuty } from './rota-api';
import './on-duty.css';

/** Who is on duty moves on with the clock even when nobody edits the rota. */
export const ON_DUTY_REFRESH_MS = 60_000;

const KIND_TEXT = { day: 'Day duty', edt: 'EDT' } as const;

/**
 * The board's "on duty now": for each day team and EDT, who is on duty and until when, and
 * who comes next. A team whose duty is in force with nobody on it is a gap now, in red and
 * in words (a person in crisis would wait).
 */
export function OnDutyPanel() {
  const load = useCallback((signal: AbortSignal) => fetchOnDuty(signal), []);
  const { data, loading, error } = useResource(load, { reloadOn: ['rota.changed'], everyMs: ON_DUTY_REFRESH_MS });
  // Teams in force first (the ones answering referrals now), then the rest.
  const teams = [...(data?.teams ?? [])].sort((a, b) => Number(b.inForce) - Number(a.inForce));

  return (
    <section className="on-duty" aria-labelledby="on-duty-heading" data-testid="on-duty">
      <div className="on-duty__head">
        <h2 id="on-duty-heading">On duty now</h2>
        <Can capability="rota.view">
          <Link to="/rota">Rota</Link>
        </Can>
      </div>
      {error && <p className="notice notice--error">Could not load who is on duty: {error}</p>}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && teams.length === 0 && <p className="muted">No teams are set up yet: a rota manager adds them on the rota page.</p>}
      {data && (
        <ul className="on-duty__teams">
          {teams.map((team) => (
            <OnDutyTeam key={team.teamId} team={team} at={data.at} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OnDutyTeam({ team, at }: { team: OnDutyTeamView; at: string }) {
  const gapNow = team.inForce && team.onDuty.length === 0;
  const tone = gapNow ? 'gap' : team.inForce ? 'live' : 'idle';
  return (
    <li className={`on-duty__team on-duty__team--${tone}`} data-testid="on-duty-team" data-team-id={team.teamId} data-gap-now={gapNow ? 'true' : 'false'}>
      <p className="on-duty__name">
        <strong>{team.teamName}</strong> <span className="on-duty__kind">{KIND_TEXT[team.kind]}</span>
        {!team.inForce && <span className="on-duty__kind"> · not in force now</span>}
      </p>
      {gapNow && (
        <p className="on-duty__gap" role="alert">
          Gap now: no AMHP on duty
        </p>
      )}
      {team.onDuty.length > 0 && (
        <ul className="on-duty__people" aria-label={`${team.teamName}: on duty now`}>
          {team.onDuty.map((p) => (
            <li key={p.amhpId} data-testid="on-duty-now">
              <strong>{p.amhpName}</strong> until{' '}
              <time dateTime={p.until} title={formatLondonFull(p.until)}>
                {formatLondonTimeNear(p.until, at)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {team.next.length > 0 ? (
        <p className="on-duty__next" data-testid="on-duty-next">
          Next:{' '}
          {team.next.map((n, i) => (
            <span key={`${n.amhpId}-${n.from}`}>
              {i > 0 && ', '}
              {n.amhpName} from{' '}
              <time dateTime={n.from} title={formatLondonFull(n.from)}>
                {formatLondonTimeNear(n.from, at)}
              </time>{' '}
              to{' '}
              <time dateTime={n.to} title={formatLondonFull(n.to)}>
                {formatLondonTimeNear(n.to, n.from)}
              </time>
            </span>
          ))}
        </p>
      ) : (
        <p className="on-duty__next on-duty__next--none">Next: nobody on the rota</p>
      )}
    </li>
  );
}
