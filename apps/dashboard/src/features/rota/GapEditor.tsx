import { CoverGapView, createRotaAdjustmentSchema, FieldIssue, RotaView, ShiftView } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { londonLocalToUtc, toLondonLocalInput } from '../../lib/london-time';
import { AmhpSelect } from './AmhpSelect';
import { createAdjustment } from './rota-api';
import { dayLabel, formatHours } from './rota-dates';
import { timeSpan } from './RotaCalendar';
import { gapHours, vacantShiftsIn } from './rota-layout';
import { RotaProblemNotice } from './RotaProblemNotice';
import { useRotaWrite } from './use-rota-write';
import { londonDate } from '../../lib/london-time';

interface Props {
  gap: CoverGapView;
  rota: RotaView;
  onDone: (message: string) => void;
  onClose: () => void;
  onConflict: () => void;
}

const KIND_TEXT = { day: 'day duty', edt: 'EDT cover' } as const;

/**
 * A gap, for a rota manager: put an AMHP on a vacant shift inside it, or add a shift over it
 * (its times prefilled with the gap's, in London time).
 */
export function GapEditor({ gap, rota, onDone, onClose, onConflict }: Props) {
  const team = rota.teams.find((t) => t.id === gap.teamId)?.name ?? gap.teamId;
  const vacant = vacantShiftsIn(gap, rota.shifts);
  const when = `${dayLabel(londonDate(gap.from))} ${timeSpan(gap.from, gap.to)}`;
  return (
    <section className="rota-editor rota-editor--gap" aria-labelledby="rota-editor-heading" data-testid="gap-editor">
      <div className="rota-editor__head">
        <h2 id="rota-editor-heading" tabIndex={-1}>
          Gap: {team} {KIND_TEXT[gap.kind]}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="rota-editor__when">
        {when} <span className="muted">({formatHours(gapHours(gap))})</span>: {gap.onDuty} of {gap.required} AMHP{gap.required === 1 ? '' : 's'} on duty
      </p>
      {vacant.map((shift) => (
        <FillVacantShift key={shift.id} shift={shift} rota={rota} onDone={onDone} onConflict={onConflict} />
      ))}
      <AddShiftForm gap={gap} rota={rota} onDone={onDone} onConflict={onConflict} />
    </section>
  );
}

function FillVacantShift({ shift, rota, onDone, onConflict }: { shift: ShiftView; rota: RotaView; onDone: (m: string) => void; onConflict: () => void }) {
  const write = useRotaWrite();
  const [amhpId, setAmhpId] = useState('');
  const when = `${dayLabel(shift.date)} ${timeSpan(shift.startsAt, shift.endsAt)}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await write.run({
      schema: createRotaAdjustmentSchema,
      body: { type: 'replace', shiftId: shift.id, amhpId: amhpId || null, expectedAmhpId: null },
      send: createAdjustment,
      onConflict,
    });
    if (ok) onDone(`${rota.amhps.find((a) => a.id === amhpId)?.name ?? 'The AMHP'} is on duty ${when}.`);
  };
  return (
    <form className="rota-editor__form rota-editor__block" onSubmit={submit} noValidate data-testid="fill-vacant-form" data-shift-id={shift.id}>
      <h3>Vacant shift {when}</h3>
      {shift.vacated && <p className="muted">{shift.vacated.amhpName ?? 'The AMHP on the rota'} is {shift.vacated.reason === 'not-approved' ? 'not approved then (s114)' : `away (${shift.vacated.reason})`}.</p>}
      <RotaProblemNotice problem={write.problem} />
      <AmhpSelect id={`fill-${shift.id}`} label="Put on duty" value={amhpId} onChange={setAmhpId} amhps={rota.amhps} />
      <button type="submit" className="button button--primary" disabled={write.busy || !amhpId}>
        Assign
      </button>
    </form>
  );
}

function AddShiftForm({ gap, rota, onDone, onConflict }: { gap: CoverGapView; rota: RotaView; onDone: (m: string) => void; onConflict: () => void }) {
  const write = useRotaWrite();
  const [startsAt, setStartsAt] = useState(toLondonLocalInput(gap.from));
  const [endsAt, setEndsAt] = useState(toLondonLocalInput(gap.to));
  const [amhpId, setAmhpId] = useState('');
  const [localIssues, setLocalIssues] = useState<FieldIssue[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issues: FieldIssue[] = [];
    const start = toInstant(startsAt, 'startsAt', 'Start', issues);
    const end = toInstant(endsAt, 'endsAt', 'End', issues);
    setLocalIssues(issues);
    if (issues.length) return;
    const ok = await write.run({
      schema: createRotaAdjustmentSchema,
      body: { type: 'add', teamId: gap.teamId, kind: gap.kind, startsAt: start, endsAt: end, amhpId: amhpId || null },
      send: createAdjustment,
      onConflict,
    });
    if (ok) onDone(`Shift added ${dayLabel(londonDate(start))} ${timeSpan(start, end)}${amhpId ? ` for ${rota.amhps.find((a) => a.id === amhpId)?.name}` : ''}.`);
  };

  const problem = localIssues.length ? { kind: 'invalid' as const, message: 'Check these and try again.', issues: localIssues } : write.problem;
  return (
    <form className="rota-editor__block" onSubmit={submit} noValidate data-testid="add-shift-form">
      <h3>Add a shift over the gap</h3>
      <RotaProblemNotice problem={problem} />
      <div className="rota-editor__times">
        <div className="field">
          <label htmlFor="add-shift-start" className="field__label">
            Starts (London time)
          </label>
          <input id="add-shift-start" className="input input--full" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="add-shift-end" className="field__label">
            Ends (London time)
          </label>
          <input id="add-shift-end" className="input input--full" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
        </div>
      </div>
      <AmhpSelect id="add-shift-amhp" label="AMHP" value={amhpId} onChange={setAmhpId} amhps={rota.amhps} emptyLabel="Nobody yet (the shift stays vacant)" />
      <button type="submit" className="button button--primary" disabled={write.busy}>
        Add shift
      </button>
    </form>
  );
}

/**
 * A London wall-clock time to UTC. On the night the clocks go back the repeated hour is taken
 * the first time; a time the clocks skip cannot start or end a shift.
 */
function toInstant(local: string, field: string, label: string, issues: FieldIssue[]): string {
  const converted = londonLocalToUtc(local);
  if (converted.kind === 'ok') return converted.iso;
  if (converted.kind === 'ambiguous') return converted.first;
  issues.push({ field, message: converted.kind === 'nonexistent' ? `${label}: that time does not exist in London (the clocks go forward)` : `${label} must be a date and time` });
  return '';
}
