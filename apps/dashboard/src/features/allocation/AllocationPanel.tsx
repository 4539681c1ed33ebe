import type { RankedCandidateView } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { formatLondonFull } from '../../lib/london-time';
import { formatLondonTimeNear } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { runCommand } from '../assessments/assessments-api';
import { useCase } from '../assessments/case-context';
import { fetchAllocation } from './allocation-api';
import './allocation.css';

const AVAILABILITY_TEXT = { available: 'Available', busy: 'Busy (on an assessment)' } as const;

/**
 * Who should take the case (case page): the team responsible now (the day team in hours, its
 * EDT out of hours), the suggested on-duty AMHP by availability and caseload, every on-duty
 * AMHP ranked with the reasons, and who is left out and why (not on duty, approval not in
 * force under s114, unavailable). Allocating or reassigning uses the case's allocate_amhp
 * command, at the version on screen, like every other action.
 */
export function AllocationPanel({ canAct }: { canAct: boolean }) {
  const { assessment, write } = useCase();
  // A new version (someone allocated, the stage moved) asks again; so does a rota change.
  const { id, version } = assessment;
  const load = useCallback((signal: AbortSignal) => (void version, fetchAllocation(id, signal)), [id, version]);
  const allocation = useResource(load, { reloadOn: ['rota.changed'] });
  const [busy, setBusy] = useState<string | null>(null);
  const a = allocation.data;
  const current = assessment.amhp?.id ?? a?.allocatedAmhp?.id ?? null;
  const verb = current ? 'Reassign to' : 'Allocate';

  const allocate = async (candidate: RankedCandidateView) => {
    setBusy(candidate.amhpId);
    await write(
      'Allocation',
      (v) => runCommand(id, 'allocate_amhp', { amhpId: candidate.amhpId, version: v }),
      current ? `Case reassigned to ${candidate.amhpName}.` : `Case allocated to ${candidate.amhpName}.`,
    );
    setBusy(null);
  };

  return (
    <section className="case-card allocation" aria-labelledby="allocation-heading" data-testid="allocation-panel">
      <h2 id="allocation-heading">
        Allocation{a && <span className="allocation__team">: {a.teamName} {a.outOfHours ? '(out of hours: EDT)' : a.kind === 'day' ? '(day duty)' : '(EDT)'}</span>}
      </h2>
      {allocation.error && <p className="notice notice--error">Could not work out who is on duty: {allocation.error}</p>}
      {!a && !allocation.error && <p className="muted">Working out who is on duty…</p>}
      {a && (
        <>
          <p>
            Allocated to: <strong data-testid="allocated-amhp">{assessment.amhp?.name ?? a.allocatedAmhp?.name ?? 'nobody yet'}</strong>
          </p>
          {a.suggested ? (
            <div className="allocation__suggested" data-testid="allocation-suggested" data-amhp-id={a.suggested.amhpId}>
              <p>
                Suggested: <strong>{a.suggested.amhpName}</strong> <Reasons candidate={a.suggested} />
              </p>
              {canAct && (
                <button type="button" className="button button--primary" onClick={() => allocate(a.suggested!)} disabled={busy !== null}>
                  {busy === a.suggested.amhpId ? 'Allocating…' : `${verb} ${a.suggested.amhpName}`}
                </button>
              )}
            </div>
          ) : (
            <p className={`notice${current ? '' : ' notice--error'}`} data-testid="allocation-none">
              {current
                ? `No other AMHP is on duty for ${a.teamName} to reassign the case to now.`
                : `No AMHP is on duty for ${a.teamName} who can take the case now. Check the rota, or choose any approved AMHP with “Allocate an AMHP” under Next actions.`}
            </p>
          )}
          {a.ranked.length > 0 && (
            <table className="allocation__ranked">
              <caption className="visually-hidden">On-duty AMHPs, best placed first</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">AMHP</th>
                  <th scope="col">Now</th>
                  <th scope="col">Open cases</th>
                  <th scope="col">On duty until</th>
                  <th scope="col">Why</th>
                  {canAct && (
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {a.ranked.map((c) => (
                  <tr key={c.amhpId} data-testid="allocation-candidate" data-amhp-id={c.amhpId}>
                    <td className="num">{c.rank}</td>
                    <td>{c.amhpName}</td>
                    <td>{AVAILABILITY_TEXT[c.availability]}</td>
                    <td className="num">{c.openCases}</td>
                    <td className="num">
                      <time dateTime={c.onDutyUntil} title={formatLondonFull(c.onDutyUntil)}>
                        {formatLondonTimeNear(c.onDutyUntil, a.at)}
                      </time>
                    </td>
                    <td>
                      <Reasons candidate={c} />
                    </td>
                    {canAct && (
                      <td>
                        <button type="button" className="button button--small" onClick={() => allocate(c)} disabled={busy !== null} aria-label={`${verb} ${c.amhpName}, ranked ${c.rank}`}>
                          {verb === 'Allocate' ? 'Allocate' : 'Reassign'}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {a.excluded.length > 0 && (
            <details className="allocation__excluded">
              <summary>Not offered ({a.excluded.length})</summary>
              <ul>
                {a.excluded.map((x) => (
                  <li key={x.amhpId} data-testid="allocation-excluded">
                    {x.amhpName}: {x.reasons.map((r) => r.text).join('; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function Reasons({ candidate }: { candidate: RankedCandidateView }) {
  return <span className="allocation__reasons">{candidate.reasons.map((r) => r.text).join('; ')}</span>;
}
