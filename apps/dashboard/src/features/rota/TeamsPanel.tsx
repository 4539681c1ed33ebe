import type { TeamView } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { useResource } from '../../lib/use-resource';
import { fetchTeams } from './rota-api';
import { TeamForm } from './TeamForm';
import { coverRuleText, NATION_TEXT, TEAM_KIND_TEXT, weekdaysText } from './team-text';
import './rota-teams.css';

interface Props {
  onChanged: (message: string) => void;
}

/**
 * Teams and cover (rota managers): each day team's hours and the EDT that covers it out of
 * hours, whose bank holidays apply, how soon a handover must be acknowledged, and the cover
 * rules the gaps are measured against. A change applies to the whole rota, past and future.
 */
export function TeamsPanel({ onChanged }: Props) {
  const load = useCallback((signal: AbortSignal) => fetchTeams(signal), []);
  const teams = useResource(load, { reloadOn: ['rota.changed'] });
  // The id, not the team: after a reload the form shows the stored version.
  const [editing, setEditing] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const list = teams.data ?? [];
  const current = editing === 'new' ? undefined : list.find((t) => t.id === editing);
  const name = (id: string | null) => (id ? (list.find((t) => t.id === id)?.name ?? id) : '—');

  const edit = (id: string | null) => {
    setReloaded(false);
    setEditing(id);
  };
  const done = (message: string) => {
    edit(null);
    void teams.reload();
    onChanged(message);
  };
  const conflict = () => {
    setReloaded(true);
    void teams.reload();
  };

  return (
    <section className="rota-panel rota-teams" aria-labelledby="teams-heading" data-testid="teams-panel">
      <div className="rota-panel__head">
        <h2 id="teams-heading">Teams and cover</h2>
        {editing === null && (
          <button type="button" className="button button--small" onClick={() => edit('new')}>
            New team
          </button>
        )}
      </div>
      {teams.error && <p className="notice notice--error">Could not load the teams: {teams.error}</p>}
      {editing !== null && (editing === 'new' || current) && (
        <TeamForm
          key={current ? `${current.id}:${current.version}` : 'new'}
          teams={list}
          team={current}
          reloaded={reloaded}
          onDone={done}
          onCancel={() => edit(null)}
          onConflict={conflict}
        />
      )}
      {teams.data && list.length === 0 && <p className="muted">No teams yet: create the EDT first, then the day teams it covers.</p>}
      {list.length > 0 && (
        <table className="rota-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Out of hours</th>
              <th scope="col">Bank holidays</th>
              <th scope="col">Day duty</th>
              <th scope="col">Handover acknowledged within</th>
              <th scope="col">Cover rules</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((t) => (
              <tr key={t.id} data-testid="team-row" data-team-id={t.id}>
                <td>
                  <strong>{t.name}</strong>
                  <span className="rota-teams__kind">
                    {TEAM_KIND_TEXT[t.kind]} · <code>{t.id}</code>
                  </span>
                </td>
                <td data-testid="team-edt">{t.kind === 'day' ? name(t.edtTeamId) : coveredBy(t, list)}</td>
                <td>{NATION_TEXT[t.nation]}</td>
                <td className="num" data-testid="team-hours">
                  {t.kind === 'day' ? `${weekdaysText(t.dayDutyWeekdays)} ${t.dayDutyStarts}–${t.dayDutyEnds}` : `Shifts change at ${t.dayDutyStarts} and ${t.dayDutyEnds}`}
                </td>
                <td className="num" data-testid="team-ack">
                  {t.handoverAckMinutes} min
                </td>
                <td>
                  {t.coverRules.length === 0 ? (
                    <span className="muted">None: no gaps shown</span>
                  ) : (
                    <ul className="rota-teams__rules" data-testid="team-rules">
                      {t.coverRules.map((r, i) => (
                        <li key={i}>{coverRuleText(r)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="rota-table__actions">
                  <button type="button" className="button button--small" onClick={() => edit(t.id)}>
                    Edit<span className="visually-hidden"> {t.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** An EDT's row names the day teams it covers. */
function coveredBy(edt: TeamView, teams: readonly TeamView[]): string {
  const covered = teams.filter((t) => t.edtTeamId === edt.id).map((t) => t.name);
  return covered.length ? `Covers ${covered.join(', ')}` : 'Covers no day team yet';
}
