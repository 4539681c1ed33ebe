import type {
  AmhpView,
  AssessmentCommandInputs,
  AssessmentView,
  CreateAmhpInput,
  CreateDoctorInput,
  CreateReferralInput,
  DoctorView,
  ReferralView,
} from '@amhp/contracts';
import { assessmentCommandUrl } from '@amhp/contracts';
import type { AssessmentCommandType } from '@amhp/domain';
import { randomInt } from 'node:crypto';
import { signIn } from './auth';
import type { Harness } from './harness';

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

/**
 * HTTP for the assessment tests (issue 3): referrals, doctors, AMHPs, commands and records,
 * signed in as an AMHP. Before sign-in exists (identity lands in the same phase) it falls back
 * to unauthenticated requests, so the same tests run either way.
 */
export class AssessmentClient {
  private constructor(
    private readonly h: Harness,
    private readonly headers: Record<string, string>,
    /** The signed-in user's id (the timeline's `by`), when signed in. */
    readonly userId: string | null,
    /** The session cookie, for a socket.io client; undefined when not signed in. */
    readonly cookie?: string,
    /** A service lead's headers, for the AMHP register (s114 approvals are the lead's to record). */
    private readonly leadHeaders: Record<string, string> = headers,
  ) {}

  static async connect(h: Harness): Promise<AssessmentClient> {
    try {
      const [session, lead] = await Promise.all([signIn(h, 'amhp'), signIn(h, 'service_lead')]);
      return new AssessmentClient(h, session.headers(), session.userId, session.cookie, lead.headers());
    } catch {
      return new AssessmentClient(h, { 'content-type': 'application/json' }, null);
    }
  }

  async send<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown, asLead = false): Promise<Reply<T>> {
    const headers = asLead ? this.leadHeaders : this.headers;
    const res = await fetch(`${this.h.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async expectOk<T>(reply: Promise<Reply<T>>, status = 200): Promise<T> {
    const r = await reply;
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  referral(input: CreateReferralInput): Promise<ReferralView> {
    return this.expectOk(this.send<ReferralView>('POST', '/api/referrals', input), 201);
  }

  doctor(overrides: Partial<CreateDoctorInput> = {}): Promise<DoctorView> {
    const gmcNumber = String(randomInt(1_000_000, 9_999_999));
    return this.expectOk(
      this.send<DoctorView>('POST', '/api/doctors', { name: 'Dr Test', gmcNumber, s12Approved: true, approvedClinician: false, registered: true, ...overrides }),
      201,
    );
  }

  amhp(overrides: Partial<CreateAmhpInput> = {}): Promise<AmhpView> {
    return this.expectOk(this.send<AmhpView>('POST', '/api/amhps', { name: 'Test AMHP', approvedOn: '2024-01-01', expiresOn: '2028-12-31', ...overrides }, true), 201);
  }

  get(assessmentId: string): Promise<Reply<AssessmentView>> {
    return this.send<AssessmentView>('GET', `/api/assessments/${assessmentId}`);
  }

  async view(assessmentId: string): Promise<AssessmentView> {
    return this.expectOk(this.get(assessmentId));
  }

  command<K extends AssessmentCommandType>(assessmentId: string, type: K, body: AssessmentCommandInputs[K]): Promise<Reply> {
    return this.send('POST', assessmentCommandUrl(assessmentId, type), body);
  }

  /** Sends the command with the assessment's current version and expects it accepted. */
  async act<K extends AssessmentCommandType>(assessmentId: string, type: K, body: Omit<AssessmentCommandInputs[K], 'version'>): Promise<AssessmentView> {
    const { version } = await this.view(assessmentId);
    return this.expectOk(this.command(assessmentId, type, { ...body, version } as AssessmentCommandInputs[K]) as Promise<Reply<AssessmentView>>);
  }

  /** A record endpoint (examinations, relatives, contact, AMHP seen), with the current version. */
  async record(assessmentId: string, method: 'POST' | 'PUT', path: string, body: object): Promise<Reply<AssessmentView>> {
    const { version } = await this.view(assessmentId);
    return this.send<AssessmentView>(method, `/api/assessments/${assessmentId}${path}`, { ...body, version });
  }
}
