/**
 * What a legal check returns. A violation makes an application unlawful and the API refuses
 * it, quoting `section`; an exception is a rule the law lets the AMHP depart from with a
 * recorded reason (no previous acquaintance, NR consultation not reasonably practicable, the
 * urgent-case exception to a conflict of interest), kept so that the reason is on the record.
 */
export interface RuleViolation {
  /** Stable id of the rule, e.g. "recommendations.examinations_too_far_apart". */
  rule: string;
  /** Where the rule comes from, e.g. "s12(1)". */
  section: string;
  /** What is wrong, in words an AMHP would use. */
  message: string;
}

export interface JustifiedException {
  rule: string;
  section: string;
  /** The reason recorded for departing from the rule. */
  reason: string;
}

export interface RuleCheck {
  violations: RuleViolation[];
  exceptions: JustifiedException[];
}

export const NO_FINDINGS: RuleCheck = Object.freeze({ violations: [], exceptions: [] }) as RuleCheck;

export function violation(rule: string, section: string, message: string): RuleCheck {
  return { violations: [{ rule, section, message }], exceptions: [] };
}

export function exception(rule: string, section: string, reason: string): RuleCheck {
  return { violations: [], exceptions: [{ rule, section, reason }] };
}

/** Several checks as one. */
export function combineChecks(...checks: RuleCheck[]): RuleCheck {
  return {
    violations: checks.flatMap((c) => c.violations),
    exceptions: checks.flatMap((c) => c.exceptions),
  };
}

/** "s12(1) Examinations too far apart: ..." — how a refusal quotes a violation. */
export function describeViolation(v: RuleViolation): string {
  return `${v.section}: ${v.message}`;
}

/** A recorded reason must say something: blank or whitespace is no reason. */
export function hasReason(reason: string | null | undefined): reason is string {
  return typeof reason === 'string' && reason.trim().length > 0;
}
