import { createRotaPatternSchema, FieldIssue, RotaAmhpView, RotaPatternView, TeamView, updateRotaPatternSchema } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { AmhpSelect } from './AmhpSelect';
import { createPattern, updatePattern } from './rota-api';
import { isoWeekday } from './rota-dates';
import { RotaProblemNotice } from './RotaProblemNotice';
import { useRotaWrite } from './use-rota-write';

interface Props {
  teams: readonly TeamView[];
  amhps: readonly RotaAmhpView[];
  /** Editing this one; a new pattern when absent. */
  pattern?: RotaPatternView;
  onDone: (message: string) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/** '' in the form is a known vacancy (null): the rota keeps it in view as a gap. */
type Cycle = string[][];

/**
 * A repeating weekly rota: the team, day duty or EDT, the Monday its cycle starts, who is on
 * duty in each week of the cycle (one or more AMHPs, or a known vacancy), and the dates it
 * applies between. The cycle repeats from the anchor, forwards and backwards.
 */
export function PatternForm({ teams, amhps, pattern, onDone, onCancel, onConflict }: Props) {
  const write = useRotaWrite();
  const [teamId, setTeamId] = useState(pattern?.teamId ?? '');
  const [kind, setKind] = useState<'day' | 'edt' | ''>(pattern?.kind ?? '');
  const [anchor, setAnchor] = useState(pattern?.anchor ?? '');
  const [cycle, setCycle] = useState<Cycle>(pattern ? pattern.cycle.map((week) => week.map((a) => a ?? '')) : [['']]);
  const [validFrom, setValidFrom] = useState(pattern?.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(pattern?.validUntil ?? '');
  const [localIssues, setLocalIssues] = useState<FieldIssue[]>([]);
  const period = pattern?.period ?? 'week';
  const unit = period === 'week' ? 'Week' : 'Day';

  const chooseTeam = (id: string) => {
    setTeamId(id);
    // A team's patterns are usually of its own kind: day duty for a day team, cover for an EDT.
    const team = teams.find((t) => t.id === id);
    if (team && !pattern) setKind(team.kind);
  };
  const setPlace = (w: number, p: number, value: string) => setCycle((c) => c.map((week, i) => (i === w ? week.map((a, j) => (j === p ? value : a)) : week)));
  const addPlace = (w: number) => setCycle((c) => c.map((week, i) => (i === w ? [...week, ''] : week)));
  const removePlace = (w: number, p: number) => setCycle((c) => c.map((week, i) => (i === w ? week.filter((_, j) => j !== p) : week)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issues: FieldIssue[] = [];
    if (period === 'week' && /^\d{4}-\d{2}-\d{2}$/.test(anchor) && isoWeekday(anchor) !== 1) issues.push({ field: 'anchor', message: 'The anchor of a weekly cycle must be a Monday' });
    setLocalIssues(issues);
    if (issues.length) return;
    const body = {
      teamId,
      kind: kind || undefined,
      anchor,
      period,
      cycle: cycle.map((week) => week.map((a) => a || null)),
      slots: pattern?.slots ?? null,
      validFrom: validFrom || null,
      validUntil: validUntil || null,
    };
    const ok = pattern
      ? await write.run({ schema: updateRotaPatternSchema, body: { ...body, version: pattern.version }, send: (b) => updatePattern(pattern.id, b), onConflict })
      : await write.run({ schema: createRotaPatternSchema, body, send: createPattern });
    if (ok) onDone(pattern ? 'Pattern saved: the rota shows it now.' : 'Pattern created: the rota shows it now.');
  };

  const problem = localIssues.length ? { kind: 'invalid' as const, message: 'Check these and try again.', issues: localIssues } : write.problem;
  return (
    <form className="pattern-form" onSubmit={submit} noValidate aria-labelledby="pattern-form-heading" data-testid="pattern-form">
      <h3 id="pattern-form-heading">{pattern ? 'Edit the pattern' : 'New repeating pattern'}</h3>
      <RotaProblemNotice problem={problem} />
      <div className="grid grid--3">
        <div className="field">
          <label htmlFor="pattern-team" className="field__label">
            Team
          </label>
          <select id="pattern-team" className="input input--full" value={teamId} onChange={(e) => chooseTeam(e.target.value)}>
            <option value="">Choose a team…</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pattern-kind" className="field__label">
            Duty
          </label>
          <select id="pattern-kind" className="input input--full" value={kind} onChange={(e) => setKind(e.target.value as 'day' | 'edt' | '')}>
            <option value="">The team’s own</option>
            <option value="day">Day duty</option>
            <option value="edt">EDT (evenings, nights, weekends, bank holidays)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pattern-anchor" className="field__label">
            Anchor {period === 'week' ? 'Monday' : 'day'}
          </label>
          <input id="pattern-anchor" className="input input--full" type="date" value={anchor} onChange={(e) => setAnchor(e.target.value)} aria-describedby="pattern-anchor-hint" />
          <p id="pattern-anchor-hint" className="field__hint">
            {unit} 1 of the cycle starts here.
          </p>
        </div>
        <div className="field">
          <label htmlFor="pattern-from" className="field__label">
            Valid from <span className="field__optional">(optional)</span>
          </label>
          <input id="pattern-from" className="input input--full" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pattern-until" className="field__label">
            Valid until <span className="field__optional">(optional)</span>
          </label>
          <input id="pattern-until" className="input input--full" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </div>
      </div>
      <fieldset className="pattern-cycle">
        <legend>Cycle: who is on duty each {period}</legend>
        <ol className="pattern-cycle__weeks">
          {cycle.map((week, w) => (
            <li key={w} className="pattern-cycle__week" data-testid="pattern-week">
              <span className="pattern-cycle__label">
                {unit} {w + 1}
              </span>
              {week.map((amhp, p) => (
                <span key={p} className="pattern-cycle__place">
                  <AmhpSelect id={`pattern-${w}-${p}`} label={`${unit} ${w + 1}, AMHP ${p + 1}`} value={amhp} onChange={(v) => setPlace(w, p, v)} amhps={amhps} emptyLabel="Vacant (a known gap)" />
                  {week.length > 1 && (
                    <button type="button" className="button button--small" onClick={() => removePlace(w, p)} aria-label={`Remove AMHP ${p + 1} of ${unit.toLowerCase()} ${w + 1}`}>
                      Remove
                    </button>
                  )}
                </span>
              ))}
              <button type="button" className="button button--small" onClick={() => addPlace(w)}>
                + AMHP
              </button>
              {cycle.length > 1 && (
                <button type="button" className="button button--small" onClick={() => setCycle((c) => c.filter((_, i) => i !== w))}>
                  Remove {unit.toLowerCase()} {w + 1}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="button button--small" onClick={() => setCycle((c) => [...c, ['']])}>
          + Add a {period}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={write.busy}>
          {write.busy ? 'Saving…' : pattern ? 'Save pattern' : 'Create pattern'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={write.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
