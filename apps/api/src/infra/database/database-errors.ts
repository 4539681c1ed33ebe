import type { FieldIssue } from '@amhp/contracts';

/**
 * What PostgreSQL errors mean to a caller, decided in one place: the database cannot be
 * reached (the request may be tried again: 503), or a unique constraint refused a row that
 * another request wrote first (409, naming the field).
 */

/** Seconds a client should wait before trying again while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's socket errors: nothing is listening, the connection dropped or timed out. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is not serving: class 08 (connection exception), 57P01–57P03
 * (shut down by the administrator, crashed, cannot connect now: starting or stopping), and
 * 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** node-postgres and its pool say so in words, without a code. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Client was closed and is not queryable',
];

/**
 * TypeORM releases a transaction's connection when that connection fails (the server went
 * away mid-transaction); the transaction's next query then reports one of these instead.
 */
const RELEASED_BY_FAILURE = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** The error and what it wraps (TypeORM's driverError, an Error's cause), a few levels deep. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.driverError ?? record.cause;
  }
}

/** True when the error says PostgreSQL could not be reached or stopped serving (not a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
    if (typeof e.name === 'string' && RELEASED_BY_FAILURE.has(e.name)) return true;
  }
  return false;
}

/**
 * Unique constraints a request can run into, with the field of the request that collided and
 * a sentence for the person. A constraint not listed here is still a 409, its fields taken from
 * the column names in PostgreSQL's detail (never the values: they may be personal data).
 */
const UNIQUE_CONSTRAINTS: Record<string, FieldIssue> = {
  doctors_gmc_number_uq: { field: 'gmcNumber', message: 'A doctor with this GMC number is already recorded' },
  users_email_uq: { field: 'email', message: 'An account with this email already exists' },
  users_oidc_subject_uq: { field: 'oidcSubject', message: 'An account is already linked to this identity provider subject' },
  teams_pk: { field: 'id', message: 'A team with this id already exists' },
  amhps_user_uq: { field: 'userId', message: 'This account is already linked to another AMHP' },
  calendar_links_active_user_uq: { field: '(body)', message: 'A calendar link was made for you at the same moment: reload to see it' },
};

export interface UniqueViolation {
  constraint: string;
  issue: FieldIssue;
}

const PG_UNIQUE_VIOLATION = '23505';

/** The unique constraint this error reports, with the field it concerns; null for any other error. */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  for (const e of chain(error)) {
    if (e.code !== PG_UNIQUE_VIOLATION) continue;
    const constraint = typeof e.constraint === 'string' ? e.constraint : '';
    const known = UNIQUE_CONSTRAINTS[constraint];
    if (known) return { constraint, issue: known };
    const columns = /^Key \(([^)]*)\)=/.exec(typeof e.detail === 'string' ? e.detail : '')?.[1];
    const field = columns ? columns.split(',').map((c) => camelCase(c.trim().replace(/^"|"$/g, ''))).join(', ') : '(body)';
    return { constraint, issue: { field, message: `This ${field} is already in use: it must be unique` } };
  }
  return null;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
