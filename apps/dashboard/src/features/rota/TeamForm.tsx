import { createTeamSchema, TeamKind, teamProblems, TeamView, updateTeamSchema } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { CoverRuleDraft, CoverRulesFields } from './CoverRulesFields';
import { createTeam, updateTeam } from './rota-api';
import { RotaProblemNotice } from './RotaProblemNotice';
import { NATION_TEXT, WEEKDAYS } from './team-text';
import { RotaProblem, useRotaWrite } from './use-rota-write';

interface Props {
  /** Every team: a day team chooses its EDT among them, and a new team's id must be free. */
  teams: readonly TeamView[];
  /** Editing this one; a new team when absent. */
  team?: TeamView;
  /** The team was reloaded after someone else changed it: say so until the manager saves again. */
  reloaded?: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/**
 * PUT checks the rules that depend on the kind against the stored kind (the kind of a team
 * cannot change); the form runs the same checks before sending, as POST's schema does.
 */
const updateSchemaFor = (kind: TeamKind) =>
  updateTeamSchema.superRefine((team, ctx) => {
    for (const issue of teamProblems(team, kind)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** An empty box is not zero: NaN fails the schema with the field's own message. */
const whole = (text: string) => (text.trim() === '' ? NaN : Number(text));

const RELOADED: RotaProblem = { kind: 'conflict', message: 'The team has been reloaded with their change: check it and make yours again.', issues: [] };

/**
 * A team's configuration, sent whole: its name, the EDT that covers a day team out of hours,
 * whose bank holidays apply, the day duty weekdays and hours (an EDT's day and night shifts
 * change at these times), how long the incoming team has to acknowledge a handover before an
 * alert, and the cover rules the rota's gaps are measured against.
 */
export function TeamForm({ teams, team, reloaded, onDone, onCancel, onConflict }: Props) {
  const write = useRotaWrite();
  const edts = teams.filter((t) => t.kind === 'edt' && t.id !== team?.id);
  const [id, setId] = useState('');
  const [kind, setKind] = useState<TeamKind>(team?.kind ?? 'day');
  const [name, setName] = useState(team?.name ?? '');
  const [edtTeamId, setEdtTeamId] = useState(team?.edtTeamId ?? (edts.length === 1 ? edts[0].id : ''));
  const [nation, setNation] = useState<TeamView['nation']>(team?.nation ?? 'ENG');
  const [weekdays, setWeekdays] = useState<number[]>(team?.dayDutyWeekdays ?? [1, 2, 3, 4, 5]);
  const [starts, setStarts] = useState(team?.dayDutyStarts ?? '09:00');
  const [ends, setEnds] = useState(team?.dayDutyEnds ?? '17:00');
  const [ackMinutes, setAckMinutes] = useState(String(team?.handoverAckMinutes ?? 30));
  const [rules, setRules] = useState<CoverRuleDraft[]>(
    team ? team.coverRules.map((r) => ({ minimum: String(r.minimum), from: r.window?.from ?? '', to: r.window?.to ?? '' })) : [{ minimum: '1', from: '', to: '' }],
  );
  const [taken, setTaken] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const config = {
      name,
      edtTeamId: kind === 'day' ? edtTeamId || null : null,
      nation,
      dayDutyWeekdays: [...weekdays].sort((a, b) => a - b),
      dayDutyStarts: starts,
      dayDutyEnds: ends,
      handoverAckMinutes: whole(ackMinutes),
      coverRules: rules.map((r) => ({ kind, minimum: whole(r.minimum), window: r.from || r.to ? { from: r.from, to: r.to } : null })),
    };
    if (team) {
      const ok = await write.run({ schema: updateSchemaFor(team.kind), body: { ...config, version: team.version }, send: (b) => updateTeam(team.id, b), onConflict });
      if (ok) onDone(`${name.trim()}: saved. The rota now uses its hours and cover rules.`);
      return;
    }
    // Checked here so that a 409 on create means a race, not a typo.
    const isTaken = teams.some((t) => t.id === id.trim());
    setTaken(isTaken);
    if (isTaken) return;
    const ok = await write.run({ schema: createTeamSchema, body: { id, kind, ...config }, send: createTeam, onConflict });
    if (ok) onDone(`${name.trim()}: team created. Add a repeating pattern to put AMHPs on its rota.`);
  };

  const problem: RotaProblem | null = taken
    ? { kind: 'invalid', message: 'Check these and try again.', issues: [{ field: 'id', message: `A team with id ${id.trim()} already exists` }] }
    : (write.problem ?? (reloaded ? RELOADED : null));
  const invalid = (field: string) => !!problem?.issues.some((i) => i.field === field || i.field.startsWith(`${field}.`));
  const bad = (field: string) => invalid(field) || undefined;
  const toggleDay = (day: number, on: boolean) => setWeekdays((days) => (on ? [...days, day] : days.filter((d) => d !== day)));

  return (
    <form className="team-form" onSubmit={submit} noValidate aria-labelledby="team-form-heading" data-testid="team-form">
      <h3 id="team-form-heading">{team ? `Edit ${team.name}` : 'New team'}</h3>
      <RotaProblemNotice problem={problem} />
      <div className="grid grid--3">
        {!team && (
          <>
            <div className="field">
              <label htmlFor="team-id" className="field__label">
                Team id
              </label>
              <input id="team-id" className="input input--full" value={id} onChange={(e) => setId(e.target.value)} aria-describedby="team-id-hint" aria-invalid={bad('id')} />
              <p id="team-id-hint" className="field__hint">
                Short and lower case, e.g. south: it appears in calendar links and cannot change.
              </p>
            </div>
            <div className="field">
              <label htmlFor="team-kind" className="field__label">
                Kind
              </label>
              <select id="team-kind" className="input input--full" value={kind} onChange={(e) => setKind(e.target.value as TeamKind)} aria-invalid={bad('kind')}>
                <option value="day">Day team (duty AMHP in office hours)</option>
                <option value="edt">EDT (evenings, nights, weekends, bank holidays)</option>
              </select>
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="team-name" className="field__label">
            Name
          </label>
          <input id="team-name" className="input input--full" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={bad('name')} />
        </div>
        {kind === 'day' && (
          <div className="field">
            <label htmlFor="team-edt" className="field__label">
              EDT covering out of hours
            </label>
            <select id="team-edt" className="input input--full" value={edtTeamId} onChange={(e) => setEdtTeamId(e.target.value)} aria-invalid={bad('edtTeamId')}>
              <option value="">Choose the EDT…</option>
              {edts.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="team-nation" className="field__label">
            Bank holidays of
          </label>
          <select id="team-nation" className="input input--full" value={nation} onChange={(e) => setNation(e.target.value as TeamView['nation'])} aria-invalid={bad('nation')}>
            {(['ENG', 'WLS'] as const).map((n) => (
              <option key={n} value={n}>
                {NATION_TEXT[n]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="team-starts" className="field__label">
            Day duty starts
          </label>
          <input id="team-starts" className="input input--short" type="time" value={starts} onChange={(e) => setStarts(e.target.value)} aria-invalid={bad('dayDutyStarts')} />
        </div>
        <div className="field">
          <label htmlFor="team-ends" className="field__label">
            Day duty ends
          </label>
          <input id="team-ends" className="input input--short" type="time" value={ends} onChange={(e) => setEnds(e.target.value)} aria-invalid={bad('dayDutyEnds')} />
          {kind === 'edt' && <p className="field__hint">An EDT’s day and night shifts change at these times.</p>}
        </div>
        <div className="field">
          <label htmlFor="team-ack" className="field__label">
            Handover acknowledged within (minutes)
          </label>
          <input id="team-ack" className="input input--short" type="number" min={5} max={1440} step={5} value={ackMinutes} onChange={(e) => setAckMinutes(e.target.value)} aria-describedby="team-ack-hint" aria-invalid={bad('handoverAckMinutes')} />
          <p id="team-ack-hint" className="field__hint">
            After this, an unacknowledged handover to this team raises an alert.
          </p>
        </div>
      </div>
      <fieldset className={`team-form__fieldset${invalid('dayDutyWeekdays') ? ' field--error' : ''}`}>
        <legend>Day duty weekdays</legend>
        <div className="checkboxes">
          {WEEKDAYS.map(([day, label]) => (
            <label key={day} className="checkbox">
              <input type="checkbox" checked={weekdays.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} />
              {label}
            </label>
          ))}
        </div>
        <p className="field__hint">On the other days and on bank holidays, the EDT covers the whole day.</p>
      </fieldset>
      <CoverRulesFields kind={kind} rules={rules} onChange={setRules} invalid={invalid} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={write.busy}>
          {write.busy ? 'Saving…' : team ? 'Save team' : 'Create team'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={write.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
