import type { FieldIssue } from './validation-error';

/**
 * What PostgreSQL can store. Its text and jsonb types refuse the NUL character (U+0000), and a
 * UTF-16 surrogate without its pair is not a character at all (it cannot be encoded as UTF-8):
 * either would reach the database as an error, not as data. Every request the API accepts
 * (body, path and query) is checked here before its schema, so such input is refused with a
 * 400 naming the field, whatever the route.
 */
export const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
export const LONE_SURROGATE_MESSAGE = 'must not contain an unpaired surrogate (text that is not valid Unicode)';

/** No request of ours nests deeper than a handful of levels; this bounds the walk and the schemas. */
export const MAX_NESTING = 32;
export const TOO_DEEP_MESSAGE = `is nested more than ${MAX_NESTING} levels deep`;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return null;
}

export function isStorableText(text: string): boolean {
  return unstorableReason(text) === null;
}

/**
 * Every string (values and keys) in a parsed request that PostgreSQL could not store, with its
 * dotted path (`person.givenName`, `relatives.2.name`; `prefix` names a path or query parameter).
 * Iterative, so a deeply nested body cannot exhaust the stack; nesting beyond MAX_NESTING is
 * refused as such.
 */
export function unstorableTextIssues(value: unknown, prefix?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: prefix ? [prefix] : [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) issues.push({ field: fieldOf(path), message: reason });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length - (prefix ? 1 : 0) >= MAX_NESTING) {
      issues.push({ field: fieldOf(path), message: TOO_DEEP_MESSAGE });
      continue;
    }
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    for (const [key, child] of entries) {
      const keyReason = unstorableReason(key);
      if (keyReason) {
        issues.push({ field: fieldOf([...path, printable(key)]), message: `has a field name that ${keyReason}` });
        continue;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return issues.sort((a, b) => a.field.localeCompare(b.field));
}

function fieldOf(path: string[]): string {
  return path.join('.') || '(body)';
}

/** A refused key, shown without the characters that make it unstorable. */
function printable(key: string): string {
  return JSON.stringify(key).slice(1, -1);
}
