import { ReactNode, Ref } from 'react';
import { fieldId } from './referral-form-model';
import './referral-form.css';

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
}

/** What every control needs to be tied to its label, hint and error for assistive technology. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

function controlProps({ field, hint, error, required }: FieldProps): ControlProps {
  const id = fieldId(field);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    name: field,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(required ? { 'aria-required': true as const } : {}),
  };
}

function FieldShell(props: FieldProps & { children: ReactNode }) {
  const id = fieldId(props.field);
  return (
    <div className={`field${props.error ? ' field--error' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {props.label}
        {!props.required && <span className="field__optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

type InputProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  max?: string;
  width?: 'short' | 'medium' | 'full';
};

export function TextInput({ value, onChange, type = 'text', autoComplete = 'off', inputMode, max, width = 'full', ...field }: InputProps) {
  return (
    <FieldShell {...field}>
      <input
        {...controlProps(field)}
        className={`input input--${width}`}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        max={max}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

type TextAreaProps = FieldProps & { value: string; onChange: (value: string) => void; rows?: number };

export function TextArea({ value, onChange, rows = 3, ...field }: TextAreaProps) {
  return (
    <FieldShell {...field}>
      <textarea {...controlProps(field)} className="input input--full" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
    </FieldShell>
  );
}

type SelectProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
};

export function Select({ value, onChange, options, placeholder = 'Choose…', ...field }: SelectProps) {
  return (
    <FieldShell {...field}>
      <select {...controlProps(field)} className="input input--full" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox({ field, label, checked, onChange }: { field: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = fieldId(field);
  return (
    <div className="checkbox">
      <input id={id} name={field} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** GOV.UK-style summary at the top of a refused form: every problem, each a link to its field. */
export function ErrorSummary({ issues: all, headingRef }: { issues: { field: string; message: string }[]; headingRef: Ref<HTMLDivElement> }) {
  // One line per field, the same message that is shown beside it.
  const issues = all.filter((issue, i) => all.findIndex((other) => other.field === issue.field) === i);
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={headingRef}>
      <h2 id="error-summary-title">There {issues.length === 1 ? 'is a problem' : `are ${issues.length} problems`}</h2>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.field}-${i}`}>
            <a
              href={`#${fieldId(issue.field)}`}
              onClick={(e) => {
                const target = document.getElementById(fieldId(issue.field));
                if (target) {
                  e.preventDefault();
                  target.focus();
                }
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
