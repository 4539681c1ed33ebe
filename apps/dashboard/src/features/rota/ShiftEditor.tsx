import { createRotaAdjustmentSchema, RotaView, ShiftView } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { AmhpSelect, VACANT } from './AmhpSelect';
import { createAdjustment } from './rota-api';
import { dayLabel, formatHours } from './rota-dates';
import { SLOT_TEXT, timeSpan } from './RotaCalendar';
import { RotaProblemNotice } from './RotaProblemNotice';
import { useRotaWrite } from './use-rota-write';

interface Props {
  shift: ShiftView;
  rota: RotaView;
  onDone: (message: string) => void;
  onClose: () => void;
  onConflict: () => void;
}

/** One shift, for a rota manager: put an AMHP on it (or replace them), swap it, or cancel it. */
export function ShiftEditor({ shift, rota, onDone, onClose, onConflict }: Props) {
  const write = useRotaWrite();
  const [amhpId, setAmhpId] = useState('');
  const [swapWith, setSwapWith] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const team = rota.teams.find((t) => t.id === shift.teamId)?.name ?? shift.teamId;
  const when = `${dayLabel(shift.date)} ${timeSpan(shift.startsAt, shift.endsAt)}`;
  const nameOf = (id: string | null) => rota.amhps.find((a) => a.id === id)?.name ?? 'an AMHP';
  // Swaps are between two AMHPs' shifts: the other shift must have someone else on it.
  const swappable = rota.shifts.filter((s) => s.id !== shift.id && s.amhpId !== null && s.amhpId !== shift.amhpId && s.kind === shift.kind);

  const assign = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await write.run({
      schema: createRotaAdjustmentSchema,
      body: { type: 'replace', shiftId: shift.id, amhpId: amhpId === VACANT ? null : amhpId, expectedAmhpId: shift.amhpId },
      send: createAdjustment,
      onConflict,
    });
    if (ok) onDone(amhpId === VACANT ? `The shift ${when} is now vacant.` : `${nameOf(amhpId)} is on duty ${when}.`);
  };

  const swap = async (event: FormEvent) => {
    event.preventDefault();
    const other = swappable.find((s) => s.id === swapWith);
    const ok = await write.run({
      schema: createRotaAdjustmentSchema,
      body: { type: 'swap', first: { shiftId: shift.id, amhpId: shift.amhpId }, second: { shiftId: other?.id ?? '', amhpId: other?.amhpId ?? '' } },
      send: createAdjustment,
      onConflict,
    });
    if (ok && other) onDone(`Swapped: ${nameOf(other.amhpId)} takes ${when}; ${nameOf(shift.amhpId)} takes ${dayLabel(other.date)} ${timeSpan(other.startsAt, other.endsAt)}.`);
  };

  const cancel = async () => {
    const ok = await write.run({ schema: createRotaAdjustmentSchema, body: { type: 'cancel', shiftId: shift.id }, send: createAdjustment, onConflict });
    if (ok) onDone(`The shift ${when} is cancelled.`);
  };

  const ids = { amhp: `assign-${shift.id}`, swap: `swap-${shift.id}` };
  return (
    <section className="rota-editor" aria-labelledby="rota-editor-heading" data-testid="shift-editor" data-shift-id={shift.id}>
      <div className="rota-editor__head">
        <h2 id="rota-editor-heading" tabIndex={-1}>
          {team} · {SLOT_TEXT[shift.slot]}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="rota-editor__when">
        {when} <span className="muted">({formatHours(shift.hours)})</span>
      </p>
      <p>
        On duty: <strong>{shift.amhpName ?? 'nobody (vacant)'}</strong>
        {shift.vacated && (
          <span className="muted">
            {' '}
            ({shift.vacated.amhpName ?? 'the AMHP'}: {shift.vacated.reason === 'not-approved' ? 'approval not in force, s114' : shift.vacated.reason})
          </span>
        )}
      </p>
      <RotaProblemNotice problem={write.problem} />
      <form className="rota-editor__form" onSubmit={assign} noValidate data-testid="assign-form">
        <AmhpSelect
          id={ids.amhp}
          label={shift.amhpId ? 'Replace with' : 'Put on duty'}
          value={amhpId}
          onChange={setAmhpId}
          amhps={rota.amhps}
          exclude={shift.amhpId}
          vacantLabel={shift.amhpId ? 'Nobody: leave the shift vacant' : undefined}
          invalid={write.problem?.issues.some((i) => i.field === 'amhpId')}
        />
        <button type="submit" className={`button ${amhpId === VACANT ? 'button--danger' : 'button--primary'}`} disabled={write.busy || !amhpId}>
          {amhpId === VACANT ? 'Make vacant' : shift.amhpId ? 'Replace' : 'Assign'}
        </button>
      </form>
      {shift.amhpId && (
        <form className="rota-editor__form" onSubmit={swap} noValidate data-testid="swap-form">
          <div className="field">
            <label htmlFor={ids.swap} className="field__label">
              Swap with
            </label>
            <select id={ids.swap} className="input input--full" value={swapWith} onChange={(e) => setSwapWith(e.target.value)}>
              <option value="">Choose another shift in view…</option>
              {swappable.map((s) => (
                <option key={s.id} value={s.id}>
                  {dayLabel(s.date)} {timeSpan(s.startsAt, s.endsAt)} · {s.amhpName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={write.busy || !swapWith}>
            Swap
          </button>
        </form>
      )}
      <div className="rota-editor__danger">
        {confirmCancel ? (
          <>
            <span>Cancel this shift? Its time becomes a gap unless another shift covers it.</span>
            <button type="button" className="button button--danger button--small" onClick={cancel} disabled={write.busy}>
              Yes, cancel the shift
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirmCancel(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={() => setConfirmCancel(true)}>
            Cancel this shift…
          </button>
        )}
      </div>
    </section>
  );
}
