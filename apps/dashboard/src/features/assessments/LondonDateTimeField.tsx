import { FieldIssue } from '@amhp/contracts';
import { formatLondonFull, londonLocalToUtc, toLondonLocalInput } from '../../lib/london-time';
import { fieldId } from '../referrals/referral-form-model';
import { TextInput } from '../referrals/form-controls';

/** A London wall-clock time as typed, and which of the two it means on the night the clocks go back. */
export interface LondonTimeValue {
  local: string;
  fold: 'first' | 'second';
  /** Filled in as "now" and not changed since: the instant sent is the moment of submitting, to the millisecond. */
  isNow?: boolean;
}

export const londonTime = (local = ''): LondonTimeValue => ({ local, fold: 'first' });

/** "Now" as the input shows it (to the minute); sent as the exact moment of submitting. */
export const londonTimeNow = (nowMs: number): LondonTimeValue => ({ local: toLondonLocalInput(nowMs), fold: 'first', isNow: true });

/**
 * The UTC instant a London `datetime-local` value means, or why it has none: a time the clocks
 * skip (01:00–01:59 on the last Sunday of March) never happened.
 */
export function toUtcInstant(value: LondonTimeValue, field: string, label: string, required = true, nowMs?: number): { iso: string | undefined; issues: FieldIssue[] } {
  if (value.isNow && nowMs !== undefined) return { iso: new Date(nowMs).toISOString(), issues: [] };
  if (value.local.trim() === '') {
    return { iso: undefined, issues: required ? [{ field, message: `${label} is required` }] : [] };
  }
  const converted = londonLocalToUtc(value.local);
  if (converted.kind === 'ok') return { iso: converted.iso, issues: [] };
  if (converted.kind === 'ambiguous') return { iso: value.fold === 'first' ? converted.first : converted.second, issues: [] };
  if (converted.kind === 'nonexistent') {
    return { iso: undefined, issues: [{ field, message: `${label}: that time does not exist in London (the clocks went forward at 01:00). Check the time.` }] };
  }
  return { iso: undefined, issues: [{ field, message: `${label}: enter a date and a time, e.g. 25/11/2026 14:30` }] };
}

interface Props {
  field: string;
  label: string;
  value: LondonTimeValue;
  onChange: (value: LondonTimeValue) => void;
  error?: string;
  required?: boolean;
  hint?: string;
}

/** A date and time read on a London clock; on the repeated hour in October it asks which one. */
export function LondonDateTimeField({ field, label, value, onChange, error, required = true, hint = 'London time' }: Props) {
  const converted = value.local ? londonLocalToUtc(value.local) : null;
  const id = fieldId(field);
  return (
    <div className="london-time">
      <TextInput field={field} label={label} type="datetime-local" width="medium" required={required} hint={hint} value={value.local} error={error} onChange={(local) => onChange({ ...value, local, isNow: false })} />
      {converted?.kind === 'ambiguous' && (
        <fieldset className="fold-choice">
          <legend>The clocks went back that night: this time happened twice. Which one?</legend>
          <div className="checkbox">
            <input id={`${id}-first`} type="radio" name={`${field}-fold`} checked={value.fold === 'first'} onChange={() => onChange({ ...value, fold: 'first' })} />
            <label htmlFor={`${id}-first`}>The first, {formatLondonFull(converted.first)}</label>
          </div>
          <div className="checkbox">
            <input id={`${id}-second`} type="radio" name={`${field}-fold`} checked={value.fold === 'second'} onChange={() => onChange({ ...value, fold: 'second' })} />
            <label htmlFor={`${id}-second`}>The second, {formatLondonFull(converted.second)}</label>
          </div>
        </fieldset>
      )}
    </div>
  );
}
