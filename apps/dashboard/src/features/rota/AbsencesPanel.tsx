import { ABSENCE_KINDS, AbsenceView, createAbsenceSchema, RotaAmhpView } from '@amhp/contracts';
import { FormEvent, useCallback, useState } from 'react';
import { formatLondonFull, formatLondonHourMinute, londonDate } from '../../lib/london-time';
import { dayLabel } from './rota-dates';
import { useResource } from '../../lib/use-resource';
import { AmhpSelect } from './AmhpSelect';
import { createAbsence, deleteAbsence, fetchAbsences } from './rota-api';
import { RotaProblemNotice } from './RotaProblemNotice';
import { useRotaWrite } from './use-rota-write';

const KIND_TEXT: Record<AbsenceView['kind'], string> = { leave: 'Leave', sickness: 'Sickness', training: 'Training', other: 'Other' };

interface Props {
  from: string;
  to: string;
  amhps: readonly RotaAmhpView[];
  onChanged: (message: string) => void;
}

/**
 * Whole London days read as days ("Wed 2 Dec 2026", "Mon 30 Nov to Fri 4 Dec 2026"); an absence
 * starting or ending within a day (went home sick at 13:00) with its times.
 */
export function absenceSpan(from: string, to: string): string {
  const midnight = (iso: string) => formatLondonHourMinute(iso) === '00:00';
  if (!midnight(from) || !midnight(to)) return `${formatLondonFull(from)} to ${formatLondonFull(to)}`;
  const first = londonDate(from);
  const last = londonDate(Date.parse(to) - 1);
  const year = last.slice(0, 4);
  return first === last ? `${dayLabel(first)} ${year}` : `${dayLabel(first)} to ${dayLabel(last)} ${year}`;
}

/**
 * Leave and sickness (rota managers): the AMHP's shifts inside become vacancies, which show
 * as gaps until someone else is put on them. Whole London days, first to last.
 */
export function AbsencesPanel({ from, to, amhps, onChanged }: Props) {
  const load = useCallback((signal: AbortSignal) => fetchAbsences(from, to, signal), [from, to]);
  const absences = useResource(load, { reloadOn: ['rota.changed'] });
  const write = useRotaWrite();
  const [amhpId, setAmhpId] = useState('');
  const [kind, setKind] = useState<AbsenceView['kind']>('leave');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await write.run({ schema: createAbsenceSchema, body: { amhpId, kind, from: first, to: last }, send: createAbsence });
    if (!ok) return;
    const who = amhps.find((a) => a.id === amhpId)?.name ?? 'The AMHP';
    setAmhpId('');
    setFirst('');
    setLast('');
    void absences.reload();
    onChanged(`${KIND_TEXT[kind]} recorded for ${who}: their shifts from ${first} to ${last} are vacant.`);
  };

  const remove = async (absence: AbsenceView) => {
    const ok = await write.run({ body: null, send: () => deleteAbsence(absence.id) });
    if (!ok) return;
    void absences.reload();
    onChanged(`${KIND_TEXT[absence.kind]} of ${absence.amhpName} removed.`);
  };

  return (
    <section className="rota-panel" aria-labelledby="absences-heading" data-testid="absences-panel">
      <h2 id="absences-heading">Leave and sickness in view</h2>
      {absences.error && <p className="notice notice--error">Could not load leave and sickness: {absences.error}</p>}
      {absences.data && absences.data.length === 0 && <p className="muted">None recorded for these dates.</p>}
      {absences.data && absences.data.length > 0 && (
        <ul className="rota-absences">
          {absences.data.map((a) => (
            <li key={a.id} data-testid="absence">
              <strong>{a.amhpName}</strong> · {KIND_TEXT[a.kind]} · <span title={`${formatLondonFull(a.from)} to ${formatLondonFull(a.to)}`}>{absenceSpan(a.from, a.to)}</span>{' '}
              <button type="button" className="button button--small" onClick={() => remove(a)} disabled={write.busy}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="absence-form" onSubmit={submit} noValidate data-testid="absence-form">
        <h3>Record leave or sickness</h3>
        <RotaProblemNotice problem={write.problem} />
        <div className="grid grid--2">
          <AmhpSelect id="absence-amhp" label="AMHP" value={amhpId} onChange={setAmhpId} amhps={amhps} />
          <div className="field">
            <label htmlFor="absence-kind" className="field__label">
              Kind
            </label>
            <select id="absence-kind" className="input input--full" value={kind} onChange={(e) => setKind(e.target.value as AbsenceView['kind'])}>
              {ABSENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_TEXT[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="absence-from" className="field__label">
              First day
            </label>
            <input id="absence-from" className="input input--full" type="date" value={first} onChange={(e) => setFirst(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="absence-to" className="field__label">
              Last day
            </label>
            <input id="absence-to" className="input input--full" type="date" value={last} onChange={(e) => setLast(e.target.value)} />
          </div>
        </div>
        <button type="submit" className="button button--primary" disabled={write.busy}>
          Record
        </button>
      </form>
    </section>
  );
}
