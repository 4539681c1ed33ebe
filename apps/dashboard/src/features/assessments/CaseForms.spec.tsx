import { AssessmentView, DoctorView } from '@amhp/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { assessmentView, movedOn, uuid } from '../../test/assessment-fixtures';
import { FetchHandler } from '../../test/fake-fetch';
import { openCasePage } from '../../test/open-case-page';

const doctor = (n: number, name: string, s12: boolean): DoctorView => ({
  id: uuid(n),
  name,
  gmcNumber: String(1000000 + n),
  s12Approved: s12,
  approvedClinician: false,
  registered: true,
  organisation: 'Example Trust',
  team: null,
  phone: null,
});

describe('case page forms and record', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function open(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
    const { fake } = await openCasePage(view, { ...routes });
    restore = fake.restore;
    return fake;
  }

  it('arranges the assessment: a London time in summer goes to the API in UTC, with the chosen doctors', async () => {
    const view = assessmentView({ stage: 'amhp_allocated' });
    const fake = await open(view, {
      'GET /api/doctors': () => ({ body: [doctor(1, 'Dr Ash', true), doctor(2, 'Dr Birch', false)] }),
      [`POST /api/assessments/${view.id}/commands/arrange-assessment`]: () => ({ body: movedOn(view, 'assessment_arranged') }),
    });
    fireEvent.click(screen.getByTestId('action-arrange_assessment'));
    const form = await screen.findByTestId('form-arrange');
    fireEvent.change(within(form).getByLabelText(/^Date and time/), { target: { value: '2026-07-01T14:30' } });
    fireEvent.change(within(form).getByLabelText(/^Place/), { target: { value: 'Place of safety suite' } });
    fireEvent.click(await within(form).findByLabelText(/Dr Ash/));
    fireEvent.click(within(form).getByLabelText(/Dr Birch/));
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Arrange' })));

    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ version: 1, scheduledAt: '2026-07-01T13:30:00.000Z', place: 'Place of safety suite', doctorIds: [uuid(1), uuid(2)] });
    await waitFor(() => expect(screen.getByTestId('case-stage').textContent).toBe('Assessment arranged'));
    expect(screen.getByText('Assessment arranged.')).toBeTruthy();
    expect(screen.queryByTestId('form-arrange')).toBeNull();
  });

  it('records admission at the moment of submitting when the time is left at now, and at the typed London time otherwise', async () => {
    const view = assessmentView({ stage: 'conveyance_arranged' });
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/admit`]: () => ({ body: movedOn(view, 'admitted') }) });
    fireEvent.click(screen.getByTestId('action-admit'));
    const before = Date.now();
    await act(async () => fireEvent.click(within(await screen.findByTestId('form-admit')).getByRole('button', { name: 'Record admission' })));
    const sent = Date.parse((fake.calls.find((c) => c.method === 'POST')?.body as { admittedAt: string }).admittedAt);
    // Not rounded down to the minute the field shows: an admission must not appear to precede the application.
    expect(sent).toBeGreaterThanOrEqual(before - 1500);
    expect(sent).toBeLessThanOrEqual(Date.now() + 1500);
    await waitFor(() => expect(screen.getByTestId('case-stage').textContent).toBe('Admitted'));
  });

  it('never sends an admission left at now as earlier than the step just recorded (the application a moment ago)', async () => {
    const justNow = new Date(Date.now() + 150).toISOString();
    const view = { ...assessmentView({ stage: 'conveyance_arranged' }), updatedAt: justNow };
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/admit`]: () => ({ body: movedOn(view, 'admitted') }) });
    fireEvent.click(screen.getByTestId('action-admit'));
    await act(async () => fireEvent.click(within(await screen.findByTestId('form-admit')).getByRole('button', { name: 'Record admission' })));
    const sent = (fake.calls.find((c) => c.method === 'POST')?.body as { admittedAt: string }).admittedAt;
    expect(Date.parse(sent)).toBeGreaterThanOrEqual(Date.parse(justNow));
  });

  it('sends a typed admission time on the night the clocks go back as the hour the AMHP chose', async () => {
    const view = assessmentView({ stage: 'conveyance_arranged' });
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/admit`]: () => ({ body: movedOn(view, 'admitted') }) });
    fireEvent.click(screen.getByTestId('action-admit'));
    const form = await screen.findByTestId('form-admit');
    fireEvent.change(within(form).getByLabelText(/^Time of admission/), { target: { value: '2026-10-25T01:30' } });
    // 01:30 happened twice that night: the second time (GMT) is chosen.
    fireEvent.click(within(form).getByLabelText(/The second, Sun 25 Oct 2026 01:30 GMT/));
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record admission' })));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 1, admittedAt: '2026-10-25T01:30:00.000Z' });
  });

  it('refuses a time the clocks skip (01:30 on 29 March 2026) before asking the API', async () => {
    const view = assessmentView({ stage: 'amhp_allocated' });
    const fake = await open(view, { 'GET /api/doctors': () => ({ body: [doctor(1, 'Dr Ash', true)] }) });
    fireEvent.click(screen.getByTestId('action-arrange_assessment'));
    const form = await screen.findByTestId('form-arrange');
    fireEvent.change(within(form).getByLabelText(/^Date and time/), { target: { value: '2026-03-29T01:30' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Arrange' })));
    expect(within(form).getByRole('alert').textContent).toContain('that time does not exist in London');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the examinations with s12 approval, previous acquaintance and the API’s check quoting s12(1)', async () => {
    const exam = (n: number, s12: boolean, knows: boolean, day: string) => ({
      id: uuid(n),
      doctor: doctor(100 + n, n === 1 ? 'Dr Ash' : 'Dr Birch', s12),
      examinedAt: `${day}T10:00:00.000Z`,
      previousAcquaintance: knows,
      conflicts: { relativeOfPatient: false, financialInterestInOutcome: false },
      recommendation: { section: 's2' as const, signedAt: `${day}T11:00:00.000Z`, statesAppropriateTreatmentAvailable: null },
      recordedAt: `${day}T11:30:00.000Z`,
    });
    const view = assessmentView({
      stage: 'assessment_under_way',
      // Examined on the 1st and the 8th: six clear days, one too many (s12(1)).
      examinations: [exam(1, true, false, '2026-07-01'), exam(2, false, true, '2026-07-08')],
      recommendationChecks: [
        {
          section: 's2',
          examinationIds: [uuid(1), uuid(2)],
          lawful: false,
          violations: [{ rule: 'recommendations.examinations_too_far_apart', section: 's12(1)', message: 'No more than five clear days may pass between the two examinations; there are six.' }],
          exceptions: [],
        },
      ],
    });
    await open(view);
    const section = screen.getByTestId('recommendations');
    const rows = within(section).getAllByTestId('examination');
    expect(rows[0].textContent).toContain('Yes, s12');
    expect(rows[1].textContent).toContain('Wed 8 Jul 2026 11:00 BST');
    expect(within(section).getByTestId('clear-days').textContent).toContain('6 clear day(s)');
    const check = within(section).getByTestId('recommendation-check');
    expect(check.textContent).toContain('1 rule not met');
    expect(within(check).getByTestId('rule-violation').dataset.section).toBe('s12(1)');
  });

  it('shows the nearest relative, how s26 identified them, and that they were informed (s11(3))', async () => {
    const base = assessmentView({ stage: 'assessment_under_way' });
    const relative = {
      id: uuid(7),
      name: 'Jo Example',
      relationship: 'father_or_mother' as const,
      relationshipLabel: 'father or mother',
      dateOfBirth: '1960-01-01',
      halfBlood: false,
      livesWithOrCaresForPatient: true,
      ordinarilyResidentInUk: true,
      permanentlySeparatedOrDeserted: false,
      livingWithPatientSince: null,
      livingWithPatientUntil: null,
      throughFatherWithoutParentalResponsibility: false,
      excludedReason: null,
      contact: '0100 000 0002',
    };
    const view: AssessmentView = {
      ...base,
      nearestRelative: {
        ...base.nearestRelative,
        relatives: [relative],
        identification: 'identified',
        nearestRelativeId: relative.id,
        reason: 'Lives with the person (s26(4)), so preferred over all other relatives.',
        contact: { ...base.nearestRelative.contact, status: 'identified', informedAt: '2026-07-01T12:15:00.000Z' },
      },
    };
    await open(view);
    const nr = screen.getByTestId('nearest-relative');
    expect(within(nr).getByTestId('nr-name').textContent).toBe('Jo Example');
    expect(within(nr).getByTestId('nr-reason').textContent).toContain('s26(4)');
    expect(within(nr).getByTestId('nr-informed').textContent).toBe('Yes, Wed 1 Jul 2026 13:15 BST');
  });
});
