import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/**
 * Inputs for the fuzz suite, from the API's own OpenAPI document: a plausible body for each
 * request schema (so that a mutation of one field reaches past the others), the paths of its
 * fields, and the malformed values to put there.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
}

/** Values a field of this name should have for the request to go further (real ids, a valid NHS number). */
export type KnownValues = Record<string, unknown>;

const HOUR = 3600_000;

let generated = 0;

/** A plausible value for the schema: every property, the first option of a union, real ids by field name. */
export function sampleOf(schema: JsonSchema, known: KnownValues, name = '', seed = ++generated): unknown {
  if (name in known) return known[name];
  if ('const' in schema) return schema.const;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  const union = schema.oneOf ?? schema.anyOf;
  if (union?.length) return sampleOf(union.find((s) => s.type !== 'null') ?? union[0], known, name);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s, known, name)));
  if ('default' in schema && schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, sampleOf(child, known, key)]));
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => sampleOf(schema.items ?? {}, known, name));
    case 'integer':
    case 'number':
      return Math.min(schema.maximum ?? Number.MAX_SAFE_INTEGER, Math.max(schema.minimum ?? 1, 1));
    case 'boolean':
      return false;
    case 'string':
      return stringOf(schema, seed);
    default:
      return null;
  }
}

function stringOf(schema: JsonSchema, seed: number): string {
  switch (schema.format) {
    case 'date':
      return new Date(Date.now() - 24 * HOUR).toISOString().slice(0, 10);
    case 'date-time':
      return new Date(Date.now() - HOUR).toISOString();
    case 'uuid':
      return randomUUID();
    case 'email':
      return `fuzz.${seed}@amhp-hub.test`;
  }
  if (schema.pattern) {
    try {
      const [value] = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { seed, numRuns: 1 });
      if (value !== undefined) return value;
    } catch {
      // a pattern fast-check cannot generate from: fall through
    }
  }
  const text = 'Fuzz example';
  return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
}

/** Every path into a value (objects and arrays, not the root), parents before children. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4 || typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key], depth + 1)]);
}

/** A copy with the value at `path` replaced, or removed when `value` is REMOVE. */
export const REMOVE = Symbol('remove');
export function withValue(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** What goes into a field: wrong types, edge numbers, text PostgreSQL cannot store, impossible dates, injections. */
export const FIELD_MUTATIONS: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['negative', -1],
  ['fraction', 1.5],
  ['1e308', 1e308],
  ['2^31 (integer overflow)', 2 ** 31],
  ['2^53 + 2', 2 ** 53 + 2],
  ['empty string', ''],
  ['blanks', '   '],
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
  ['90 kB string', 'x'.repeat(90_000)],
  ['30 February', '2023-02-30'],
  ['month 13', '2023-13-01'],
  ['30 February with a time', '2023-02-30T10:00:00Z'],
  ['25:61', '2024-06-01T25:61:00Z'],
  ['year 0', '0000-01-01T00:00:00Z'],
  ['year 275760', '+275760-09-13T00:00:00.000Z'],
  ['year 99999', '99999-01-01'],
  ['SQL injection', "'; DROP TABLE referrals; --"],
  ["' OR '1'='1", "' OR '1'='1"],
  ['script', '<script>alert(1)</script>'],
  ['template', '${7*7}{{7*7}}'],
  ['path traversal', '../../etc/passwd'],
  ['format string', '%s%n%x%d'],
  ['right-to-left override and emoji', '👩🏽‍⚕️\u202egnp.exe'],
  ['not a UUID', 'not-a-uuid'],
  ['nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['empty object', {}],
  ['operator object', { $ne: null }],
  ['empty array', []],
  ['array of junk', [null, 1, 'x', {}, []]],
  ['nested 40 deep', nested(40)],
];

/** A value of another type than the sample's, for the deterministic sweep. */
export function wrongTypeFor(sample: unknown): unknown {
  if (typeof sample === 'string') return 12345;
  if (typeof sample === 'number') return '12';
  if (typeof sample === 'boolean') return 'yes';
  if (Array.isArray(sample)) return { 0: 'x' };
  if (sample && typeof sample === 'object') return 'x';
  return ['x'];
}

/** Random values, property-test style: any JSON, strings of arbitrary UTF-16 code units (lone surrogates included). */
export const randomValues = fc.oneof(
  fc.constantFrom(...FIELD_MUTATIONS.map(([, v]) => v)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.double(),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
);

/** Whole bodies sent as raw text: not JSON, not an object, too big, too deep. */
export const RAW_BODIES: readonly (readonly [string, string])[] = [
  ['not JSON', '{"person": '],
  ['JSON null', 'null'],
  ['a number', '42'],
  ['a string', '"referral"'],
  ['an array', '[1,2,3]'],
  ['an empty object', '{}'],
  ['1 MB string', JSON.stringify({ reason: 'x'.repeat(1_048_576) })],
  ['nested 20,000 deep (40 kB)', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
  ['nested 100,000 deep (200 kB)', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ['__proto__ pollution', '{"__proto__":{"roles":["administrator"]},"constructor":{"prototype":{"admin":true}}}'],
  ['a NUL key', '{"\\u0000":"x"}'],
  ['a lone surrogate escape', '{"reason":"\\ud800"}'],
  ['duplicate keys', '{"version":1,"version":"x"}'],
];

/** Path ids: not UUIDs, encodings that do not decode, injections, and UUIDs of nothing. */
export const PATH_IDS: readonly (readonly [string, string])[] = [
  ['not a UUID', 'not-a-uuid'],
  ['a number', '12345'],
  ['NUL', '%00'],
  ['a lone surrogate (UTF-8 of U+D800)', '%ED%A0%80'],
  ['a broken escape', '%E0%A4%A'],
  ['a bare percent', '%'],
  ['SQL injection', "1'%20OR%20'1'%3D'1"],
  ['3,000 characters', 'a'.repeat(3000)],
  ['dot-dot', '..%2F..%2Fhealth'],
  ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['a UUID of nothing', 'b3f1c9e2-7d4a-4c8e-9f2b-1a2b3c4d5e6f'],
  ['an upper-case UUID of nothing', 'B3F1C9E2-7D4A-4C8E-9F2B-1A2B3C4D5E6F'],
];

/** Query values: NUL, unpaired surrogates, arrays and objects where a string is expected, impossible dates, huge numbers. */
export const QUERY_VALUES: readonly (readonly [string, (name: string) => string])[] = [
  ['NUL', (n) => `${n}=%00`],
  ['a lone surrogate', (n) => `${n}=%ED%A0%80`],
  ['an array', (n) => `${n}=a&${n}=b`],
  ['an object', (n) => `${n}[a][b]=c`],
  ['30 February', (n) => `${n}=2023-02-30`],
  ['year 275760', (n) => `${n}=%2B275760-09-13T00:00:00.000Z`],
  ['a huge number', (n) => `${n}=1e308`],
  ['integer overflow', (n) => `${n}=2147483648`],
  ['negative', (n) => `${n}=-1`],
  ['SQL injection', (n) => `${n}=${encodeURIComponent("' OR 1=1 --")}`],
  ['5,000 characters', (n) => `${n}=${'a'.repeat(5000)}`],
];
