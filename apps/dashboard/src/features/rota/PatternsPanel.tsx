import type { RotaAmhpView, RotaPatternView, TeamView } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { useResource } from '../../lib/use-resource';
import { PatternForm } from './PatternForm';
import { deletePattern, fetchPatterns } from './rota-api';
import { dayLabel } from './rota-dates';
import { RotaProblemNotice } from './RotaProblemNotice';
import { useRotaWrite } from './use-rota-write';

interface Props {
  teams: readonly TeamView[];
  amhps: readonly RotaAmhpView[];
  onChanged: (message: string) => void;
}

const KIND_TEXT = { day: 'Day duty', edt: 'EDT' } as const;

/** The repeating patterns the rota is built from (rota managers): list, create, edit, delete. */
export function PatternsPanel({ teams, amhps, onChanged }: Props) {
  const load = useCallback((signal: AbortSignal) => fetchPatterns(signal), []);
  const patterns = useResource(load, { reloadOn: ['rota.changed'] });
  const [editing, setEditing] = useState<RotaPatternView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useRotaWrite();
  const name = (id: string | null) => (id ? (amhps.find((a) => a.id === id)?.name ?? 'Unknown AMHP') : 'Vacant');

  const done = (message: string) => {
    setEditing(null);
    void patterns.reload();
    onChanged(message);
  };

  const confirmDelete = async (pattern: RotaPatternView) => {
    const ok = await remove.run({ body: null, send: () => deletePattern(pattern.id, pattern.version), onConflict: () => void patterns.reload() });
    setDeleting(null);
    if (ok) done('Pattern deleted.');
  };

  return (
    <section className="rota-panel" aria-labelledby="patterns-heading" data-testid="patterns-panel">
      <div className="rota-panel__head">
        <h2 id="patterns-heading">Repeating patterns</h2>
        {editing === null && (
          <button type="button" className="button button--small" onClick={() => setEditing('new')}>
            New pattern
          </button>
        )}
      </div>
      {patterns.error && <p className="notice notice--error">Could not load the patterns: {patterns.error}</p>}
      <RotaProblemNotice problem={remove.problem} />
      {editing !== null && (
        <PatternForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          teams={teams}
          amhps={amhps}
          pattern={editing === 'new' ? undefined : editing}
          onDone={done}
          onCancel={() => setEditing(null)}
          onConflict={() => void patterns.reload()}
        />
      )}
      {patterns.data && patterns.data.length === 0 && <p className="muted">No patterns yet: the rota is empty until one is created.</p>}
      {patterns.data && patterns.data.length > 0 && (
        <table className="rota-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Duty</th>
              <th scope="col">Cycle from</th>
              <th scope="col">Who, each {`week`}</th>
              <th scope="col">Valid</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {patterns.data.map((p) => (
              <tr key={p.id} data-testid="pattern-row" data-pattern-id={p.id}>
                <td>{teams.find((t) => t.id === p.teamId)?.name ?? p.teamId}</td>
                <td>{KIND_TEXT[p.kind]}</td>
                <td className="num">{dayLabel(p.anchor)} {p.anchor.slice(0, 4)}</td>
                <td>
                  <ol className="rota-table__cycle">
                    {p.cycle.map((week, i) => (
                      <li key={i}>{week.map(name).join(' + ')}</li>
                    ))}
                  </ol>
                </td>
                <td className="num">
                  {p.validFrom ?? 'always'} – {p.validUntil ?? 'onwards'}
                </td>
                <td className="rota-table__actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(p)}>
                    Edit
                  </button>
                  {deleting === p.id ? (
                    <button type="button" className="button button--small button--danger" onClick={() => confirmDelete(p)} disabled={remove.busy}>
                      Yes, delete
                    </button>
                  ) : (
                    <button type="button" className="button button--small" onClick={() => setDeleting(p.id)}>
                      Delete…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
