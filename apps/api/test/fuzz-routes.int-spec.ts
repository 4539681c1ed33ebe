import type { Role } from '@amhp/contracts';
import fc from 'fast-check';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropDatabase } from '../src/infra/database/database-admin';
import { openDataSource } from '../src/infra/database/open-data-source';
import { signIn, TestSession } from './support/auth';
import { report, tally } from './support/fault-figures';
import {
  FIELD_MUTATIONS,
  JsonSchema,
  KnownValues,
  PATH_IDS,
  pathsOf,
  QUERY_VALUES,
  randomValues,
  RAW_BODIES,
  REMOVE,
  sampleOf,
  withValue,
  wrongTypeFor,
} from './support/fuzz-inputs';
import { deleteKeys } from './support/global-teardown';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s136Referral } from './support/referral-fixtures';
import { nestRoutes } from './support/routes';
import { testDatabaseUrl, testQueuePrefix } from './support/test-env';

/**
 * No input, however malformed, gets a 5xx. Generated from the API's OpenAPI document: every
 * write route (POST, PUT, PATCH, DELETE) gets its body mutated field by field (wrong types,
 * edge numbers, NUL and unpaired surrogates, impossible dates, injections, 90 kB strings,
 * deep nesting, missing and extra fields), whole bodies that are not JSON, too big or too deep,
 * and seeded random values (fast-check); every route with a path id gets ids that are not
 * UUIDs or do not even decode; every route with query parameters gets malformed ones. Each
 * request is sent as a role the route allows, so it reaches validation and the service.
 *
 * It runs against a database of its own (dropped afterwards): what the fuzz manages to create
 * or change stays out of the other test files' way. Counts are printed.
 */
const SEED = 20_260_109;
/** Random (fast-check) cases per write route, on top of the deterministic sweep. */
const RANDOM_CASES = 10;
/** Routes fuzzed at once; each route's requests go one after another (see send). */
const CONCURRENCY = 4;
/** The version the sample bodies carry; replaced at sending by the record's current one. */
const BASE_VERSION = 1;

interface Operation {
  method: string;
  /** OpenAPI path: /api/referrals/{id} */
  path: string;
  /** Nest path: /api/referrals/:id */
  route: string;
  parameters: { name: string; in: string }[];
  body?: JsonSchema;
}

interface Case {
  op: Operation;
  what: string;
  url: string;
  /** A value sent as JSON, or raw text. */
  body?: { json: unknown } | { raw: string };
}

interface Outcome {
  status: number;
  text: string;
}

let h: Harness;
let fuzzDatabase: string;
let direct: DataSource | undefined;
const sessions = new Map<Role, TestSession>();
let known: KnownValues;
/** Real ids for path parameters, by Nest route. */
const pathIds = new Map<string, Record<string, string>>();

beforeAll(async () => {
  const url = new URL(testDatabaseUrl());
  url.pathname = `${url.pathname}_fuzz`;
  fuzzDatabase = url.toString();
  direct = await openDataSource(fuzzDatabase, { migrate: true, poolSize: 2 });
  h = await bootHarness({ databaseUrl: fuzzDatabase, env: { QUEUE_PREFIX: `${testQueuePrefix()}_fuzz` } });
  for (const role of ['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only'] as const) sessions.set(role, await signIn(h, role));
  await makeFixtures();
}, 90_000);

afterAll(async () => {
  if (h) {
    await h.close();
    // Its own key prefix (global teardown cleans the run's): what its referrals put in Redis goes with it.
    const redis = new Redis(h.config.redisUrl);
    await deleteKeys(redis, `${h.config.queuePrefix}:*`).catch(() => undefined);
    redis.disconnect();
  }
  await direct?.destroy();
  if (fuzzDatabase) await dropDatabase(fuzzDatabase);
});

/** Records for the fuzz to aim at: a case, a doctor, an AMHP, a team and an account of its own. */
async function makeFixtures(): Promise<void> {
  const lead = sessions.get('service_lead')!;
  const admin = sessions.get('administrator')!;
  const amhp = sessions.get('amhp')!;
  const post = async (session: TestSession, path: string, body: unknown) => {
    const res = await fetch(`${h.baseUrl}${path}`, { method: 'POST', headers: session.headers(), body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`fixture ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown> & { id: string };
  };
  const edt = await post(lead, '/api/teams', { id: 'fuzz-edt', kind: 'edt', name: 'Fuzz EDT' });
  const team = await post(lead, '/api/teams', { id: 'fuzz-day', kind: 'day', name: 'Fuzz day team', edtTeamId: edt.id });
  const referral = await post(amhp, '/api/referrals', communityReferral());
  const openReferral = await post(amhp, '/api/referrals', communityReferral());
  const doctor = await post(amhp, '/api/doctors', { name: 'Dr Fuzz', gmcNumber: '7100001', s12Approved: true, approvedClinician: false, registered: true });
  const today = new Date().toISOString().slice(0, 10);
  const amhpRecord = await post(lead, '/api/amhps', { name: 'Fuzz AMHP', approvingCouncil: 'Example Council', approvedOn: '2025-01-01', expiresOn: '2029-01-01' });
  const user = await post(admin, '/api/users', { email: 'fuzz.target@amhp-hub.test', displayName: 'Fuzz Target', roles: ['read_only'], password: 'Meadow-quartz-signal-31' });
  const assessmentId = String(referral.assessmentId);
  // The AMHP on the register is the signed-in AMHP's (their availability and training routes).
  const linked = await fetch(`${h.baseUrl}/api/amhps/${amhpRecord.id}`, { method: 'PATCH', headers: lead.headers(), body: JSON.stringify({ teamId: team.id, userId: amhp.userId }) });
  if (linked.status !== 200) throw new Error(`fixture link: ${linked.status} ${await linked.text()}`);
  known = {
    version: BASE_VERSION,
    nhsNumber: '9434765919',
    postcode: 'EX1 1AA',
    email: 'fuzz.new@amhp-hub.test',
    password: 'Meadow-quartz-signal-31',
    doctorId: doctor.id,
    amhpId: amhpRecord.id,
    teamId: team.id,
    edtTeamId: edt.id,
    referralId: openReferral.id,
    userId: amhp.userId,
    cycle: [[amhpRecord.id]],
    completedOn: today,
  };
  pathIds.set('/api/referrals/:id', { id: referral.id });
  pathIds.set('/api/referrals/:id/close', { id: (await post(amhp, '/api/referrals', communityReferral())).id });
  pathIds.set('/api/amhps/:id', { id: amhpRecord.id });
  pathIds.set('/api/amhps/:id/training', { id: amhpRecord.id });
  pathIds.set('/api/teams/:id', { id: team.id });
  for (const r of ['/api/users/:id', '/api/users/:id/disable', '/api/users/:id/enable', '/api/users/:id/unlock', '/api/users/:id/password']) pathIds.set(r, { id: user.id });
  // A case of its own for each route that changes one, so that one command's success does not close the others' case.
  for (const route of nestRoutes(h.api).filter((r) => r.path.startsWith('/api/assessments/:id'))) {
    const own = route.method === 'GET' ? assessmentId : String((await post(amhp, '/api/referrals', communityReferral())).assessmentId);
    pathIds.set(`${route.method} ${route.path}`, { id: own });
  }
}

/** Bodies the OpenAPI schema alone cannot make valid (rules across fields). */
function seedBody(op: Operation): unknown {
  if (op.method === 'POST' && op.route === '/api/referrals') return s136Referral(1);
  return undefined;
}

/** Every operation of the OpenAPI document, with the role to send it as. */
async function operations(): Promise<Operation[]> {
  const document = (await (await fetch(`${h.baseUrl}/api/docs-json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      route: path.replace(/\{(\w+)\}/g, ':$1'),
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/** Who sends it: the first role the route allows (a 403 would test nothing). */
function sessionFor(op: Operation): TestSession | undefined {
  const info = nestRoutes(h.api).find((r) => r.method === op.method && r.path === op.route);
  const policy = info?.policy;
  if (!policy || policy.kind === 'public') return undefined;
  if (policy.kind === 'signed-in') return sessions.get('amhp');
  return sessions.get(policy.roles[0]);
}

function urlOf(op: Operation, ids: Record<string, string> = {}): string {
  const real = pathIds.get(`${op.method} ${op.route}`) ?? pathIds.get(op.route) ?? {};
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? real[name] ?? (name === 'token' ? 'no-such-token' : randomUUID()));
}

/** The requests for one operation. */
function casesFor(op: Operation): Case[] {
  const cases: Case[] = [];
  const write = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method);
  const baseline = seedBody(op) ?? (op.body ? sampleOf(op.body, known) : undefined);
  const url = urlOf(op);
  if (write) {
    cases.push({ op, what: 'the sample body', url, body: baseline === undefined ? undefined : { json: baseline } });
    for (const [label, raw] of RAW_BODIES) cases.push({ op, what: `whole body: ${label}`, url, body: { raw } });
    if (baseline && typeof baseline === 'object') {
      cases.push({ op, what: 'extra fields', url, body: { json: { ...(baseline as object), extra: 'x', isAdmin: true, id: randomUUID() } } });
      for (const path of pathsOf(baseline)) {
        const field = path.join('.');
        const sample = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], baseline);
        for (const [label, value] of [
          ['missing', REMOVE],
          ['wrong type', wrongTypeFor(sample)],
          ['NUL', typeof sample === 'string' ? `${sample}\u0000` : '\u0000'],
          ['lone surrogate', typeof sample === 'string' ? `${sample}\ud83d` : '\udfff'],
        ] as const) {
          cases.push({ op, what: `${field}: ${label}`, url, body: { json: withValue(baseline, path, value) } });
        }
      }
      const paths = pathsOf(baseline);
      if (paths.length > 0) {
        const picks = fc.sample(fc.tuple(fc.nat(paths.length - 1), fc.oneof(fc.constantFrom(...FIELD_MUTATIONS.keys()).map((i) => FIELD_MUTATIONS[i][1]), randomValues)), {
          seed: SEED + op.path.length,
          numRuns: RANDOM_CASES,
        });
        for (const [index, value] of picks) {
          cases.push({ op, what: `${paths[index].join('.')}: random ${JSON.stringify(value)?.slice(0, 40)}`, url, body: { json: withValue(baseline, paths[index], value) } });
        }
      }
    }
  }
  for (const param of op.parameters.filter((p) => p.in === 'path')) {
    for (const [label, id] of PATH_IDS) {
      cases.push({ op, what: `path ${param.name}: ${label}`, url: urlOf(op, { [param.name]: id }), body: baseline === undefined ? undefined : { json: baseline } });
    }
  }
  for (const param of op.parameters.filter((p) => p.in === 'query')) {
    for (const [label, query] of QUERY_VALUES) cases.push({ op, what: `query ${param.name}: ${label}`, url: `${url}?${query(param.name)}` });
  }
  return cases;
}

/** Sign-out ends the fuzz's own session, and OIDC has no provider here: their inputs are the session cookie and the provider's redirect. */
const SKIPPED = new Set(['POST /api/auth/sign-out', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback']);

/**
 * The version each route's record is at: a body's `version` (optimistic concurrency) is sent
 * as the current one, so that a mutation of another field reaches the service and the
 * database instead of stopping at a stale-version 409.
 */
const versions = new Map<string, number>();

async function send(c: Case): Promise<Outcome> {
  const session = sessionFor(c.op);
  const headers: Record<string, string> = session ? session.headers() : { 'content-type': 'application/json', origin: h.baseUrl };
  const target = `${c.op.method} ${c.url.split('?')[0]}`;
  let json = c.body && 'json' in c.body ? c.body.json : undefined;
  if (isRecord(json) && json.version === BASE_VERSION && !c.what.startsWith('version')) json = { ...json, version: versions.get(target) ?? BASE_VERSION };
  const body = c.body === undefined ? undefined : 'raw' in c.body ? c.body.raw : JSON.stringify(json);
  try {
    const res = await fetch(`${h.baseUrl}${c.url}`, { method: c.op.method, headers, body: c.op.method === 'GET' ? undefined : body });
    const text = await res.text();
    const now = res.status < 300 ? /"version":(\d+)/.exec(text) : res.status === 409 ? /it is now (\d+)/.exec(text) : null;
    if (now) versions.set(target, Number(now[1]));
    return { status: res.status, text: text.slice(0, 300) };
  } catch (error) {
    // The server closed the connection (or never answered): as bad as a 5xx.
    return { status: 599, text: String(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function inPool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

describe('fuzz: no input, however malformed, gets a 5xx', () => {
  it('every write route, path id and query parameter in the OpenAPI document', async () => {
    const ops = (await operations()).filter((op) => !SKIPPED.has(`${op.method} ${op.route}`));
    const writeRoutes = ops.filter((op) => op.method !== 'GET');
    expect(writeRoutes.length).toBeGreaterThanOrEqual(40);
    const groups = ops.map(casesFor);
    const cases = groups.flat();
    const started = Date.now();
    // Routes in parallel, each route's requests in order (its record's version follows them).
    const byGroup = await inPool(groups, CONCURRENCY, async (group) => {
      const out: Outcome[] = [];
      for (const c of group) out.push(await send(c));
      return out;
    });
    const outcomes = byGroup.flat();
    const failures = cases.map((c, i) => ({ c, o: outcomes[i] })).filter(({ o }) => o.status >= 500);
    const baselines = cases.map((c, i) => ({ c, o: outcomes[i] })).filter(({ c }) => c.what === 'the sample body');

    report('fuzz', {
      routes: ops.length,
      writeRoutes: writeRoutes.length,
      requests: cases.length,
      seconds: (Date.now() - started) / 1000,
      statuses: tally(outcomes.map((o) => o.status)),
      sampleBodiesAccepted: `${baselines.filter(({ o }) => o.status < 300).length}/${baselines.length}`,
      fiveHundreds: failures.length,
    });
    // FUZZ_DEBUG=1: each sample body's answer, to see how far the fuzz reaches on each route.
    if (process.env.FUZZ_DEBUG) for (const { c, o } of baselines) process.stdout.write(`${o.status} ${c.op.method} ${c.op.route} ${o.text.slice(0, 250)}\n`);
    expect(failures.slice(0, 25).map(({ c, o }) => `${c.op.method} ${c.url.slice(0, 120)} [${c.what}] → ${o.status} ${o.text}`)).toEqual([]);
  }, 240_000);
});
