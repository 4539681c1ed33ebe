import { AssessmentView, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { FormEvent, ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { fieldId } from '../referrals/referral-form-model';
import { useCase } from './case-context';

/**
 * Forms on the case page. Each has a prefix so that two forms open together never share a
 * control id; issues are kept under the prefixed field ("withdraw.reason"), whether they come
 * from the shared schema here or from the API's 400.
 */
export interface SubmitArgs<S extends z.ZodType> {
  what: string;
  schema: S;
  body: Record<string, unknown>;
  /** Problems found before the schema (e.g. a London time that does not exist). */
  extraIssues?: FieldIssue[];
  send: (body: z.input<S>, version: number) => Promise<unknown>;
  done: string;
  withVersion?: boolean;
}

/** When the case last moved (its newest recorded step): a time left at "now" is never before it. */
export function lastStepAt(assessment: Pick<AssessmentView, 'updatedAt' | 'timeline'>): string {
  return [assessment.updatedAt, ...assessment.timeline.map((e) => e.at)].reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

export interface CaseFormApi {
  busy: boolean;
  issues: FieldIssue[];
  errorFor: (field: string) => string | undefined;
  /** The prefixed field name for a control ("reason" → "withdraw.reason"). */
  f: (field: string) => string;
  /**
   * Check `body` (plus the version on screen) against the contract schema, then send it. Returns
   * true when the write succeeded.
   */
  submit: <S extends z.ZodType>(args: SubmitArgs<S>) => Promise<boolean>;
}

export function useCaseForm(prefix: string): CaseFormApi {
  const { write, assessment } = useCase();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const f = useCallback((field: string) => `${prefix}.${field}`, [prefix]);

  async function submit<S extends z.ZodType>({ what, schema, body, extraIssues = [], send, done, withVersion = true }: SubmitArgs<S>): Promise<boolean> {
    const candidate = withVersion ? { ...body, version: assessment.version } : body;
    const parsed = schema.safeParse(candidate);
    const converted = new Set(extraIssues.map((i) => i.field));
    const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !converted.has(i.field));
    const all = [...extraIssues, ...schemaIssues];
    if (all.length > 0) {
      setIssues(all.map((i) => ({ field: f(i.field), message: i.message })));
      return false;
    }
    setIssues([]);
    setBusy(true);
    const result = await write(what, (version) => send({ ...(candidate as object), ...(withVersion ? { version } : {}) } as z.input<S>, version), done);
    setBusy(false);
    if (!result.ok) setIssues(result.issues.map((i) => ({ field: f(i.field), message: i.message })));
    return result.ok;
  }

  const errorFor = (field: string) => issues.find((i) => i.field === f(field))?.message;
  return { busy, issues, errorFor, f, submit };
}

interface CaseFormProps {
  form: CaseFormApi;
  id: string;
  title: string;
  /** One line on what this records and the section it serves. */
  intro?: ReactNode;
  submitLabel: string;
  busyLabel?: string;
  tone?: 'primary' | 'danger';
  onSubmit: () => void;
  onCancel?: () => void;
  children?: ReactNode;
  testId?: string;
}

/** A titled form with its problems listed at the top (each a link to its field), submit and cancel. */
export function CaseForm({ form, id, title, intro, submitLabel, busyLabel, tone = 'primary', onSubmit, onCancel, children, testId }: CaseFormProps) {
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const issues = form.issues.filter((issue, i, all) => all.findIndex((o) => o.field === issue.field) === i);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (issues.length > 0) summary.current?.focus();
  }, [form.issues]); // eslint-disable-line react-hooks/exhaustive-deps

  const handle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="case-form" noValidate onSubmit={handle} aria-labelledby={`${id}-title`} data-testid={testId ?? `form-${id}`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {intro && <p className="case-form__intro">{intro}</p>}
      {issues.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby={`${id}-problems`} tabIndex={-1} ref={summary}>
          <h4 id={`${id}-problems`}>There {issues.length === 1 ? 'is a problem' : `are ${issues.length} problems`}</h4>
          <ul>
            {issues.map((issue) => (
              <li key={issue.field}>
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
      )}
      {children}
      <div className="case-form__actions">
        <button type="submit" className={`button button--${tone}`} disabled={form.busy}>
          {form.busy ? (busyLabel ?? 'Saving…') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={form.busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
