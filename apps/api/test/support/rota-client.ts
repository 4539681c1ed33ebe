import type { AmhpRegisterView, CreateRotaPatternInput, CreateTeamInput, RotaPatternView, RotaView, ShiftView, TeamView } from '@amhp/contracts';
import { randomBytes } from 'node:crypto';
import { signedInAgent, SignedInAgent } from './auth';
import type { Harness } from './harness';

/**
 * Rota test helpers: a rota manager (service lead) agent, teams with ids of the run's own
 * (other test files share the database), AMHPs with warrants, and patterns. `cleanup()`
 * removes them all, so that no later test file finds these AMHPs on duty (allocation picks
 * the AMHP on duty now) or linked to its test accounts.
 */
export class RotaClient {
  readonly suffix = randomBytes(3).toString('hex');
  readonly teamIds: string[] = [];
  readonly amhpIds: string[] = [];

  private constructor(
    readonly h: Harness,
    readonly lead: SignedInAgent,
  ) {}

  static async create(h: Harness): Promise<RotaClient> {
    return new RotaClient(h, await signedInAgent(h, 'service_lead'));
  }

  /** An EDT and a day team it covers (weekdays 09:00–17:00, England), ids unique to this client. */
  async teams(name: string, day: Partial<CreateTeamInput> = {}): Promise<{ day: TeamView; edt: TeamView }> {
    const edt = await this.lead.post('/api/teams').send({ id: `${name}-edt-${this.suffix}`, kind: 'edt', name: `${name} EDT` }).expect(201);
    const dayTeam = await this.lead
      .post('/api/teams')
      .send({ id: `${name}-${this.suffix}`, kind: 'day', name: `${name} day team`, edtTeamId: (edt.body as TeamView).id, ...day })
      .expect(201);
    this.teamIds.push((dayTeam.body as TeamView).id, (edt.body as TeamView).id);
    return { day: dayTeam.body as TeamView, edt: edt.body as TeamView };
  }

  /** An AMHP approved by Exampleshire (defaults: approved 2025-01-06 for five years) on a team. */
  async amhp(name: string, teamId: string | null, warrant: { approvedOn?: string; expiresOn?: string } = {}): Promise<AmhpRegisterView> {
    const created = await this.lead
      .post('/api/amhps')
      .send({ name, approvingCouncil: 'Exampleshire County Council', approvedOn: warrant.approvedOn ?? '2025-01-06', expiresOn: warrant.expiresOn ?? '2030-01-05' })
      .expect(201);
    const id = (created.body as AmhpRegisterView).id;
    this.amhpIds.push(id);
    if (!teamId) return created.body as AmhpRegisterView;
    return (await this.lead.patch(`/api/amhps/${id}`).send({ teamId }).expect(200)).body as AmhpRegisterView;
  }

  async pattern(body: CreateRotaPatternInput): Promise<RotaPatternView> {
    return (await this.lead.post('/api/rota/patterns').send(body).expect(201)).body as RotaPatternView;
  }

  /** Removes this client's AMHPs (with their absences and training), patterns, one-off changes and teams. */
  async cleanup(): Promise<void> {
    await this.h.dataSource.transaction(async (m) => {
      const patterns = ((await m.query('SELECT id FROM rota_patterns WHERE team_id = ANY($1)', [this.teamIds])) as { id: string }[]).map((p) => p.id);
      const mentions = [...patterns, ...this.teamIds, ...this.amhpIds].map((id) => `%${id}%`);
      await m.query('DELETE FROM rota_adjustments WHERE payload::text LIKE ANY($1)', [mentions]);
      await m.query('DELETE FROM rota_patterns WHERE team_id = ANY($1)', [this.teamIds]);
      await m.query('DELETE FROM amhps WHERE id = ANY($1)', [this.amhpIds]);
      await m.query('UPDATE amhps SET team_id = NULL WHERE team_id = ANY($1)', [this.teamIds]);
    });
    // Teams go too, unless something of another module (a handover, a referral) refers to one: empty, it covers nothing.
    await this.h.dataSource
      .transaction(async (m) => {
        await m.query('DELETE FROM teams WHERE id = ANY($1) AND kind = $2', [this.teamIds, 'day']);
        await m.query('DELETE FROM teams WHERE id = ANY($1)', [this.teamIds]);
      })
      .catch(() => undefined);
  }

  async rota(from: string, to: string, teamIds: string[]): Promise<RotaView> {
    return (await this.lead.get(`/api/rota?from=${from}&to=${to}&team=${teamIds.join(',')}`).expect(200)).body as RotaView;
  }
}

/** The shifts of a team and slot on a date. */
export function shiftsOf(rota: RotaView, teamId: string, date: string, slot?: ShiftView['slot']): ShiftView[] {
  return rota.shifts.filter((s) => s.teamId === teamId && s.date === date && (!slot || s.slot === slot));
}
