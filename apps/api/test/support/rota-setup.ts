import type { AmhpView, CreateTeamInput, ReferralView, Role, RotaAdjustmentView, TeamView } from '@amhp/contracts';
import { CSRF_HEADER } from '@amhp/contracts';
import { addLondonDays, londonDateOf } from '@amhp/domain';
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { ensureTestUser, signedInAgent, SignedInAgent, TEST_PASSWORD } from './auth';
import type { Harness } from './harness';

/**
 * Rota data for the allocation and calendar tests, made through the rota API as a rota manager
 * would (so the s114 and double-booking checks apply). Team ids are unique per test file and
 * start with "zz" so that they never become the first (default) day team of other tests.
 */
export class RotaSetup {
  readonly tag = randomBytes(3).toString('hex');
  private readonly adjustments: string[] = [];

  private constructor(
    private readonly h: Harness,
    readonly lead: SignedInAgent,
  ) {}

  static async connect(h: Harness): Promise<RotaSetup> {
    return new RotaSetup(h, await signedInAgent(h, 'service_lead'));
  }

  teamId(name: string): string {
    return `zz-${name}-${this.tag}`;
  }

  async team(body: CreateTeamInput): Promise<TeamView> {
    const res = await this.lead.post('/api/teams').send(body);
    if (res.status !== 201) throw new Error(`team ${body.id}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as TeamView;
  }

  /** An AMHP approved from a year ago for three years, on `teamId`'s rota, optionally linked to a user. */
  async amhp(name: string, teamId: string, userId?: string): Promise<AmhpView> {
    const today = londonDateOf(new Date());
    const created = await this.lead.post('/api/amhps').send({ name, approvingCouncil: 'Example Council', approvedOn: addLondonDays(today, -365), expiresOn: addLondonDays(today, 3 * 365) });
    if (created.status !== 201) throw new Error(`amhp: ${created.status} ${JSON.stringify(created.body)}`);
    const amhp = created.body as AmhpView;
    const patched = await this.lead.patch(`/api/amhps/${amhp.id}`).send({ teamId, ...(userId ? { userId } : {}) });
    if (patched.status !== 200) throw new Error(`amhp patch: ${patched.status} ${JSON.stringify(patched.body)}`);
    return amhp;
  }

  /** A one-off shift (the rota's "add" change). */
  async shift(teamId: string, kind: 'day' | 'edt', from: Date, to: Date, amhpId: string | null): Promise<RotaAdjustmentView> {
    const res = await this.lead.post('/api/rota/adjustments').send({ type: 'add', teamId, kind, startsAt: from.toISOString(), endsAt: to.toISOString(), amhpId });
    if (res.status !== 201) throw new Error(`shift: ${res.status} ${JSON.stringify(res.body)}`);
    this.adjustments.push((res.body as RotaAdjustmentView).id);
    return res.body as RotaAdjustmentView;
  }

  /** Takes the shifts this file added off the rota, so that nobody stays on duty for later test files. */
  async removeShifts(): Promise<void> {
    for (const id of this.adjustments.splice(0)) await this.lead.delete(`/api/rota/adjustments/${id}`);
  }

  /** A supertest agent signed in as a user of our own (e.g. the account linked to one AMHP). */
  async user(label: string, roles: Role[]): Promise<SignedInAgent & { userId: string }> {
    const user = await ensureTestUser(this.h, roles, { email: `${label}-${this.tag}@amhp-hub.test`, displayName: `Test ${label}` });
    const http = supertest(this.h.api.getHttpServer());
    const res = await http.post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in ${user.email}: ${res.status}`);
    const setCookie = res.headers['set-cookie'] as unknown as string[];
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const csrfToken = (res.body as { csrfToken: string }).csrfToken;
    const agent = supertest.agent(this.h.api.getHttpServer());
    agent.set('cookie', cookie).set(CSRF_HEADER, csrfToken);
    return Object.assign(agent, { userId: user.id, session: { userId: user.id, email: user.email, roles, cookie, csrfToken, headers: () => ({ cookie, [CSRF_HEADER]: csrfToken }) } });
  }
}

/** The referral's assessment id (one per referral). */
export function assessmentOf(referral: ReferralView): string {
  if (!referral.assessmentId) throw new Error(`referral ${referral.id} has no assessment`);
  return referral.assessmentId;
}
