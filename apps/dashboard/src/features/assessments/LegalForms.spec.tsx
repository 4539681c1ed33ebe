import { AllocatedAmhpView, AssessmentView, DoctorView, ExaminationView } from '@amhp/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { assessmentView, uuid } from '../../test/assessment-fixtures';
import { FetchHandler } from '../../test/fake-fetch';
import { openCasePage } from '../../test/open-case-page';

const doctor = (n: number, name: string): DoctorView => ({
  id: uuid(n),
  name,
  gmcNumber: String(1000000 + n),
  s12Approved: true,
  approvedClinician: false,
  registered: true,
  organisation: 'Example Trust',
  team: null,
  phone: null,
});

const exam = (n: number, d: DoctorView, section: 's2' | 's4'): ExaminationView => ({
  id: uuid(n),
  doctor: d,
  examinedAt: '2026-07-01T10:00:00.000Z',
  previousAcquaintance: n === 1,
  conflicts: { relativeOfPatient: false, financialInterestInOutcome: false },
  recommendation: { section, signedAt: '2026-07-01T11:00:00.000Z', statesAppropriateTreatmentAvailable: null },
  recordedAt: '2026-07-01T11:30:00.000Z',
});

const amhp: AllocatedAmhpView = {
  id: uuid(50),
  name: 'Alex Morgan',
  approvingCouncil: 'Example Council',
  approvedOn: '2024-01-01',
  expiresOn: '2028-12-31',
  suspendedFrom: null,
  team: null,
  approvalCurrent: true,
  allocatedAt: '2026-07-01T09:00:00.000Z',
  lastSawPersonAt: '2026-07-01T09:30:00.000Z',
};

const ash = doctor(101, 'Dr Ash');
const birch = doctor(102, 'Dr Birch');

describe('case page: conflicts of interest and the s4(2) reason', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function open(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
    const { fake } = await openCasePage(view, routes);
    restore = fake.restore;
    return fake;
  }

  it('records a doctor line-managing the AMHP and shows it as a conflict of interest', async () => {
    const view = assessmentView({ stage: 'assessment_under_way', amhp, examinations: [exam(1, ash, 's2'), exam(2, birch, 's2')] });
    const recorded: AssessmentView = {
      ...view,
      version: 2,
      assessorRelationships: {
        recordedAt: '2026-07-01T12:00:00.000Z',
        amhpId: amhp.id,
        forAllocatedAmhp: true,
        relationships: [
          {
            from: { role: 'doctor', id: ash.id, name: ash.name },
            kind: 'line_manages',
            description: 'Dr Ash line-manages (directs the work of) the AMHP',
            to: { role: 'amhp', id: amhp.id, name: amhp.name },
            finding: 'conflict',
            explanation: 'A potential conflict for professional reasons: one directs the work of the other. The urgent-case exception does not apply.',
          },
        ],
      },
    };
    const fake = await open(view, { [`PUT /api/assessments/${view.id}/assessor-relationships`]: () => ({ body: recorded }) });
    const section = screen.getByTestId('relationships');
    expect(section.textContent).toContain('None recorded');
    fireEvent.click(within(section).getByRole('button', { name: 'Record relationships' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Add a relationship' }));
    const row = within(section).getByTestId('relationship-row');
    fireEvent.change(within(row).getByLabelText('Who'), { target: { value: ash.id } });
    fireEvent.change(within(row).getByLabelText('Relationship'), { target: { value: 'line_manages' } });
    fireEvent.change(within(row).getByLabelText('Whom'), { target: { value: 'amhp' } });
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Save relationships' })));

    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ version: 1, relationships: [{ from: ash.id, kind: 'line_manages', to: 'amhp' }] });
    await waitFor(() => expect(within(screen.getByTestId('relationships')).getByTestId('relationship').dataset.finding).toBe('conflict'));
    expect(screen.getByTestId('relationships').textContent).toContain('Dr Ash line-manages (directs the work of) the AMHP.');
    expect(screen.getByTestId('relationships').textContent).toContain('Conflict of interest');
  });

  it('names a missing relationship before sending anything', async () => {
    const view = assessmentView({ stage: 'assessment_under_way', amhp, examinations: [exam(1, ash, 's2')] });
    const fake = await open(view);
    const section = screen.getByTestId('relationships');
    fireEvent.click(within(section).getByRole('button', { name: 'Record relationships' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Add a relationship' }));
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Save relationships' })));
    expect(within(section).getByRole('alert').textContent).toMatch(/Choose the relationship/);
    expect(fake.calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('s4(2): an emergency application with another doctor’s recommendation on the case asks why it cannot found an s2', async () => {
    const view = assessmentView({ stage: 'assessment_under_way', amhp, examinations: [exam(1, ash, 's4'), exam(2, birch, 's2')] });
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/make-application`]: () => ({ body: view }) });
    fireEvent.click(screen.getByTestId('action-make_application'));
    const form = await screen.findByTestId('form-application');
    expect(within(form).queryByLabelText(/cannot found an s2 application/)).toBeNull();
    fireEvent.change(within(form).getByLabelText(/^Section/), { target: { value: 's4' } });
    fireEvent.change(within(form).getByLabelText(/^Statement of urgent necessity/), { target: { value: 'Serious risk tonight' } });
    fireEvent.change(within(form).getByLabelText(/cannot found an s2 application/), { target: { value: 'Dr Birch is the person’s cousin' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Make application' })));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ section: 's4', recommendationIds: [uuid(1)], secondRecommendationReason: 'Dr Birch is the person’s cousin' });
  });

  it('s5(4) → s5(2): records the doctor’s report on the in-patient, sending the time in UTC and the doctor’s name', async () => {
    const view = assessmentView({
      stage: 'referral_received',
      holdingPowers: { inPatient: true, powers: [{ power: 's5_4', startedAt: '2026-07-01T07:00:00.000Z', endedAt: null, endedReason: null, doctorName: null, countsFromS5_4: false }], s5_2Report: { allowed: true, reason: null } },
    });
    const fake = await open(view, {
      'GET /api/doctors': () => ({ body: [] }),
      [`POST /api/assessments/${view.id}/commands/record-s5-2-report`]: () => ({ body: { ...view, version: 2 } }),
    });
    fireEvent.click(screen.getByTestId('action-s5-2-report'));
    const form = await screen.findByTestId('form-s5-2');
    expect(form.textContent).toContain('s5(5)');
    fireEvent.change(within(form).getByLabelText(/^Report furnished/), { target: { value: '2026-07-01T10:15' } });
    fireEvent.change(within(form).getByLabelText(/^Name \(if not on the list\)/), { target: { value: 'Dr Rowan' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record report' })));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 1, reportFurnishedAt: '2026-07-01T09:15:00.000Z', doctorName: 'Dr Rowan' });
  });

  it('offers no s5(2) report where the person is not an in-patient', async () => {
    await open(assessmentView({ stage: 'referral_received' }));
    expect(screen.queryByTestId('action-s5-2-report')).toBeNull();
  });
});
