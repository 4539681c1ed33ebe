import type { TeamKind } from '@amhp/contracts';
import { ruleKindText } from './team-text';

/** A cover rule as typed: numbers and times stay text until the form is sent, so a half-typed value is not lost. */
export interface CoverRuleDraft {
  minimum: string;
  /** Both empty: the rule applies all the time. */
  from: string;
  to: string;
}

interface Props {
  /** The team's kind: a day team has day duty rules only, an EDT EDT cover rules only. */
  kind: TeamKind;
  rules: CoverRuleDraft[];
  onChange: (rules: CoverRuleDraft[]) => void;
  /** True for a field the last refusal named (e.g. `coverRules.0.minimum`). */
  invalid: (field: string) => boolean;
}

/**
 * The minimum number of AMHPs on duty, optionally only in a daily London window (22:00–08:00
 * runs past midnight). Fewer AMHPs on the rota than a rule asks for shows as a gap.
 */
export function CoverRulesFields({ kind, rules, onChange, invalid }: Props) {
  const set = (i: number, patch: Partial<CoverRuleDraft>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="team-form__fieldset" data-testid="cover-rules">
      <legend>Cover rules</legend>
      {rules.length === 0 && <p className="field__hint">No rules: the rota will show no gaps for this team.</p>}
      <ol className="team-rules">
        {rules.map((rule, i) => {
          const id = `cover-rule-${i}`;
          const hidden = <span className="visually-hidden">Cover rule {i + 1}, </span>;
          return (
            <li key={i} className="team-rules__rule" data-testid="cover-rule">
              <span className="team-rules__kind">
                {i + 1}. {ruleKindText(kind)}
              </span>
              <span className="field">
                <label htmlFor={`${id}-minimum`} className="field__label">
                  {hidden}minimum AMHPs
                </label>
                <input
                  id={`${id}-minimum`}
                  className="input team-rules__number"
                  type="number"
                  min={0}
                  max={20}
                  step={1}
                  value={rule.minimum}
                  onChange={(e) => set(i, { minimum: e.target.value })}
                  aria-invalid={invalid(`coverRules.${i}.minimum`) || undefined}
                />
              </span>
              <span className="field">
                <label htmlFor={`${id}-from`} className="field__label">
                  {hidden}daily from <span className="field__optional">(optional)</span>
                </label>
                <input id={`${id}-from`} className="input" type="time" value={rule.from} onChange={(e) => set(i, { from: e.target.value })} aria-invalid={invalid(`coverRules.${i}.window.from`) || undefined} />
              </span>
              <span className="field">
                <label htmlFor={`${id}-to`} className="field__label">
                  {hidden}daily to <span className="field__optional">(optional)</span>
                </label>
                <input id={`${id}-to`} className="input" type="time" value={rule.to} onChange={(e) => set(i, { to: e.target.value })} aria-invalid={invalid(`coverRules.${i}.window.to`) || undefined} />
              </span>
              <button type="button" className="button button--small" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> cover rule {i + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="field__hint">Leave the times empty for a rule that applies all the time.</p>
      <button type="button" className="button button--small" onClick={() => onChange([...rules, { minimum: '1', from: '', to: '' }])}>
        + Add a cover rule
      </button>
    </fieldset>
  );
}
