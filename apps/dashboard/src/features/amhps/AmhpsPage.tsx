import type { AmhpRegisterView } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { formatCalendarDate } from '../../lib/london-time';
import { useResource } from '../../lib/use-resource';
import { useCan, useSession } from '../identity/session-context';
import { useTeams } from '../rota/use-rota';
import { fetchRegister } from './amhps-api';
import { AvailabilityToggle } from './AvailabilityToggle';
import { TrainingPanel } from './TrainingPanel';
import './amhps.css';

const STATE_TEXT: Record<AmhpRegisterView['approvalState'], string> = {
  current: 'Approved',
  expiring: 'Approval ending soon',
  lapsed: 'Approval lapsed',
  'not-yet-approved': 'Not yet approved',
};

/** "ends in 42 days", "ends today", "lapsed 3 days ago". */
export function expiryText(days: number): string {
  if (days > 0) return `ends in ${days} day${days === 1 ? '' : 's'}`;
  if (days === 0) return 'ends today';
  return `lapsed ${-days} day${days === -1 ? '' : 's'} ago`;
}

/**
 * /amhps: the register of approved mental health professionals. Each AMHP's warrant (the
 * council's approval for up to five years, s114), with a warning before it ends; training
 * hours this approval year against the requirement; whether they are taking work. An AMHP
 * whose approval has lapsed cannot be put on duty or allocated.
 */
export function AmhpsPage() {
  const session = useSession();
  const canManage = useCan('rota.manage');
  const load = useCallback((signal: AbortSignal) => fetchRegister(signal), []);
  const register = useResource(load, { reloadOn: ['rota.changed'] });
  const teams = useTeams();
  const teamName = (id: string | null) => (id ? (teams.data?.find((t) => t.id === id)?.name ?? id) : null);
  const [open, setOpen] = useState<string | null>(null);
  const amhps = [...(register.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const me = session ? amhps.find((a) => a.userId === session.session.user.id) : undefined;
  const warnings = amhps.filter((a) => a.approvalState === 'expiring' || a.approvalState === 'lapsed').sort((a, b) => a.daysUntilExpiry - b.daysUntilExpiry);

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          AMHPs <span className="count">{register.data ? amhps.length : '…'}</span>
        </h1>
      </div>
      {me && <AvailabilityToggle amhp={me} onChanged={() => void register.reload()} />}
      {register.error && <p className="notice notice--error">Could not load the register: {register.error}</p>}
      {warnings.length > 0 && (
        <div className="notice notice--warning" data-testid="approval-warnings">
          <strong>Approvals to renew (s114):</strong>
          <ul>
            {warnings.map((a) => (
              <li key={a.id}>
                {a.name}: approval {expiryText(a.daysUntilExpiry)} ({formatCalendarDate(a.expiresOn)})
                {a.approvalState === 'lapsed' && ' — cannot be put on duty or allocated'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="amhps" data-testid="amhps-table">
        <thead>
          <tr>
            <th scope="col">AMHP</th>
            <th scope="col">Approval (s114)</th>
            <th scope="col">Training this approval year</th>
            <th scope="col">Taking work</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {register.data && amhps.length === 0 && (
            <tr>
              <td colSpan={5} className="empty">
                No AMHP on the register yet.
              </td>
            </tr>
          )}
          {amhps.map((a) => {
            const short = a.trainingHoursThisYear < a.trainingRequiredHours;
            const mayLog = canManage || a.id === me?.id;
            return [
              <tr key={a.id} className={`amhps__row amhps__row--${a.approvalState}`} data-testid="amhp-row" data-amhp-id={a.id}>
                <td>
                  <strong>{a.name}</strong>
                  <div className="muted small">{teamName(a.teamId) ?? 'No rota team'}{a.team ? ` · ${a.team}` : ''}</div>
                </td>
                <td data-testid="amhp-approval">
                  <span className={`tag amhps__state amhps__state--${a.approvalState}`}>{STATE_TEXT[a.approvalState]}</span>
                  <div className="small">
                    {a.approvingCouncil ?? 'Council not recorded'}: {formatCalendarDate(a.approvedOn)} to {formatCalendarDate(a.expiresOn)}
                  </div>
                  {a.approvalState !== 'not-yet-approved' && <div className="small muted">{expiryText(a.daysUntilExpiry)}</div>}
                </td>
                <td data-testid="amhp-training" className={short ? 'amhps__training--short' : ''}>
                  <span className="num">
                    {a.trainingHoursThisYear} of {a.trainingRequiredHours} h
                  </span>
                  {short && <span className="small"> · {a.trainingRequiredHours - a.trainingHoursThisYear} h to go</span>}
                </td>
                <td>{a.availability === 'available' ? 'Available' : 'Unavailable'}</td>
                <td>
                  <button type="button" className="button button--small" aria-expanded={open === a.id} onClick={() => setOpen(open === a.id ? null : a.id)}>
                    Training log
                  </button>
                </td>
              </tr>,
              open === a.id && (
                <tr key={`${a.id}-training`} className="amhps__detail">
                  <td colSpan={5}>
                    <TrainingPanel amhp={a} canLog={mayLog} onLogged={() => void register.reload()} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </section>
  );
}
