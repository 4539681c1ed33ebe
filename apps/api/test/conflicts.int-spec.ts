import type { AssessmentView, CommandRefusedBody, ValidationErrorBody } from '@amhp/contracts';
import { AssessmentClient } from './support/assessment-client';
import { examinationsApart, prepareCase, PreparedCase } from './support/assessment-fixtures';
import { bootHarness, Harness } from './support/harness';

/**
 * The relationships between the AMHP and the doctors (Mental Health (Conflicts of Interest)
 * (England) Regulations 2008), recorded on the case and applied to the application.
 */
let h: Harness;
let c: AssessmentClient;

beforeAll(async () => {
  h = await bootHarness();
  c = await AssessmentClient.connect(h);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
});

async function twoDoctorCase(): Promise<PreparedCase & { doctorIds: string[] }> {
  const [first, second] = examinationsApart(1);
  const prepared = await prepareCase(c, { section: 's2', doctors: [{ examinedAt: first }, { examinedAt: second }] });
  return { ...prepared, doctorIds: prepared.view.examinations.map((e) => e.doctor.id) };
}

const record = (id: string, relationships: Array<{ from: string; kind: string; to: string }>) => c.record(id, 'PUT', '/assessor-relationships', { relationships });

describe('relationships between the assessors (Conflicts of Interest Regulations 2008)', () => {
  it('a doctor who line-manages the AMHP: shown as a conflict, and the application is refused quoting s11(1A), s12(3) with the doctor named', async () => {
    const prepared = await twoDoctorCase();
    const [managerId] = prepared.doctorIds;
    const view = await c.expectOk(record(prepared.assessmentId, [{ from: managerId, kind: 'line_manages', to: 'amhp' }]));
    const manager = view.examinations.find((e) => e.doctor.id === managerId)!.doctor;
    expect(view.assessorRelationships).toMatchObject({
      forAllocatedAmhp: true,
      relationships: [{ kind: 'line_manages', finding: 'conflict', from: { role: 'doctor', id: managerId }, to: { role: 'amhp', id: view.amhp!.id } }],
    });
    expect(view.assessorRelationships.relationships[0].description).toBe(`Dr ${manager.name.replace(/^Dr /, '')} line-manages (directs the work of) the AMHP`);
    expect(view.applicationChecks?.s2.violations.map((v) => v.rule)).toEqual(['conflict.line_management']);
    expect(view.timeline.at(-1)?.type).toBe('assessor_relationships_recorded');

    const refused = await c.command(prepared.assessmentId, 'make_application', {
      version: view.version,
      section: 's2',
      recommendationIds: prepared.examinationIds,
      urgentCaseConflictReason: 'Serious risk tonight',
    });
    expect(refused.status).toBe(422);
    const body = refused.body as CommandRefusedBody;
    expect(body.violations).toEqual([expect.objectContaining({ rule: 'conflict.line_management', section: 's11(1A), s12(3)' })]);
    // The urgent-case exception does not lift line management; the doctor is named, not their id.
    expect(body.violations[0].message).toContain(manager.name.replace(/^Dr /, ''));
    expect(body.violations[0].message).not.toContain(managerId);
  });

  it('the same employer is recorded but is not a conflict: the application is made', async () => {
    const prepared = await twoDoctorCase();
    const view = await c.expectOk(record(prepared.assessmentId, [{ from: 'amhp', kind: 'same_employer', to: prepared.doctorIds[0] }]));
    expect(view.assessorRelationships.relationships[0]).toMatchObject({ finding: 'no_conflict' });
    const made = await c.act(prepared.assessmentId, 'make_application', { section: 's2', recommendationIds: prepared.examinationIds });
    expect(made.outcome?.kind).toBe('application');
  });

  it('a doctor employing the other doctor refuses the application (s12(3))', async () => {
    const prepared = await twoDoctorCase();
    const view = await c.expectOk(record(prepared.assessmentId, [{ from: prepared.doctorIds[0], kind: 'employs', to: prepared.doctorIds[1] }]));
    expect(view.applicationChecks?.s2.violations.map((v) => `${v.section} ${v.rule}`)).toEqual(['s12(3) conflict.employment']);
  });

  it('after reallocation, the AMHP’s relationships no longer apply and the page asks for them again', async () => {
    const prepared = await twoDoctorCase();
    await c.expectOk(record(prepared.assessmentId, [{ from: prepared.doctorIds[0], kind: 'line_manages', to: 'amhp' }]));
    const other = await c.amhp({ name: 'EDT AMHP' });
    const reallocated: AssessmentView = await c.act(prepared.assessmentId, 'allocate_amhp', { amhpId: other.id });
    expect(reallocated.assessorRelationships.forAllocatedAmhp).toBe(false);
    expect(reallocated.applicationChecks?.s2.violations.map((v) => v.rule)).not.toContain('conflict.line_management');
  });

  it('refuses unknown doctors, unknown kinds and contradictions, naming the field; nothing is recorded', async () => {
    const prepared = await twoDoctorCase();
    const unknown = await record(prepared.assessmentId, [{ from: '00000000-0000-4000-8000-000000000000', kind: 'employs', to: 'amhp' }]);
    expect(unknown.status).toBe(400);
    expect((unknown.body as unknown as ValidationErrorBody).issues.map((i) => i.field)).toEqual(['relationships.0.from']);
    const both = await record(prepared.assessmentId, [
      { from: prepared.doctorIds[0], kind: 'line_manages', to: 'amhp' },
      { from: 'amhp', kind: 'line_manages', to: prepared.doctorIds[0] },
    ]);
    expect(both.status).toBe(400);
    expect((both.body as unknown as ValidationErrorBody).issues).toEqual([{ field: 'relationships.1', message: 'Two assessors cannot each line-manage the other' }]);
    const badKind = await record(prepared.assessmentId, [{ from: 'amhp', kind: 'friends', to: prepared.doctorIds[0] }]);
    expect((badKind.body as unknown as ValidationErrorBody).issues.map((i) => i.field)).toEqual(['relationships.0.kind']);
    expect((await c.view(prepared.assessmentId)).assessorRelationships.recordedAt).toBeNull();
  });
});
