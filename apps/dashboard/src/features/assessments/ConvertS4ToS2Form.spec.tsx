import { AssessmentView, ClockView, DoctorView, ExaminationView } from '@amhp/contracts';
import { s4Clock } from '@amhp/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { assessmentView, uuid } from '../../test/assessment-fixtures';
import { clockView } from '../../test/clock-fixtures';
import { FetchHandler } from '../../test/fake-fetch';
import { openCasePage } from '../../test/open-case-page';

const HOUR = 3600_000;
const doctor = (n: number, name: string): DoctorView => ({
  id: uuid(n),
  name,
  gmcNumber: `100000${n}`,
  s12Approved: n === 7,
  approvedClinician: false,
  registered: true,
  organisation: 'Example Trust',
  team: null,
  phone: null,
});
const examination = (id: string, d: DoctorView, examinedAt: string): ExaminationView => ({
  id,
  doctor: d,
  examinedAt,
  previousAcquaintance: false,
  conflicts: { relativeOfPatient: false, financialInterestInOutcome: false },
  recommendation: { section: 's4', signedAt: examinedAt, statesAppropriateTreatmentAvailable: null },
  recordedAt: examinedAt,
});
const FIRST = uuid(21);
const SECOND = uuid(22);

/** An s4 admission 10 hours ago, its founding recommendation and a second one recorded since. */
function s4Case(clockOverrides: Partial<ClockView> = {}): AssessmentView {
  const admitted = new Date(Date.now() - 10 * HOUR);
  const base = assessmentView({ stage: 'admitted', clocks: [clockView(s4Clock(admitted), clockOverrides)] });
  return {
    ...base,
    examinations: [examination(FIRST, doctor(7, 'Dr Ash'), '2026-07-01T08:00:00.000Z'), examination(SECOND, doctor(8, 'Dr Birch'), '2026-07-01T18:00:00.000Z')],
    outcome: {
      kind: 'application',
      label: 'Application made',
      at: admitted.toISOString(),
      application: {
        section: 's4',
        madeAt: admitted.toISOString(),
        amhpId: uuid(3),
        examinationIds: [FIRST],
        hospital: null,
        noPreviousAcquaintanceReason: null,
        urgentNecessityStatement: 'Urgent',
        urgentCaseConflictReason: null,
        exceptions: [],
      },
    },
  };
}

describe('s4(4): converting an s4 admission to s2 from the case page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function open(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
    const { fake } = await openCasePage(view, { 'GET /api/doctors': () => ({ body: [] }), ...routes });
    restore = fake.restore;
    return fake;
  }

  it('offers only the second recommendation, sends the London received time in UTC; the action goes once the s4 clock ends', async () => {
    const view = s4Case();
    const converted: AssessmentView = { ...view, version: 2, clocks: view.clocks.map((c) => ({ ...c, status: 'ended' })) };
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/convert-s4-to-s2`]: () => ({ body: converted }) });

    fireEvent.click(within(screen.getByTestId('case-clocks')).getByTestId('action-convert-s4-to-s2'));
    const form = await screen.findByTestId('form-convert-s4');
    const choice = within(form).getByLabelText(/^Second medical recommendation/);
    const offered = within(choice).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(offered).toEqual([SECOND]);
    fireEvent.change(choice, { target: { value: SECOND } });
    fireEvent.change(within(form).getByLabelText(/^Received by the managers at/), { target: { value: '2026-07-01T20:30' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record conversion' })));

    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ version: 1, examinationId: SECOND, receivedAt: '2026-07-01T19:30:00.000Z' });
    await waitFor(() => expect(screen.queryByTestId('form-convert-s4')).toBeNull());
    expect(screen.queryByTestId('action-convert-s4-to-s2')).toBeNull();
  });

  it('shows the API’s refusal quoting s4(4) and keeps the form', async () => {
    const view = s4Case();
    await open(view, {
      [`POST /api/assessments/${view.id}/commands/convert-s4-to-s2`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 's4(4): s4(4)(a): The second recommendation must be given and received by the hospital managers within 72 hours of the s4 admission.',
          violations: [{ rule: 's4_conversion.too_late', section: 's4(4)(a)', message: 'The second recommendation must be received within 72 hours of the s4 admission.' }],
        },
      }),
    });
    fireEvent.click(screen.getByTestId('action-convert-s4-to-s2'));
    const form = await screen.findByTestId('form-convert-s4');
    fireEvent.change(within(form).getByLabelText(/^Second medical recommendation/), { target: { value: SECOND } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record conversion' })));

    const refusal = await screen.findByTestId('command-refused');
    expect(within(refusal).getByTestId('rule-violation').dataset.section).toBe('s4(4)(a)');
    expect(screen.getByTestId('form-convert-s4')).toBeTruthy();
  });

  it('names the missing recommendation before asking the API', async () => {
    const view = s4Case();
    const fake = await open(view);
    fireEvent.click(screen.getByTestId('action-convert-s4-to-s2'));
    const form = await screen.findByTestId('form-convert-s4');
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record conversion' })));
    expect(form.textContent).toContain('Second medical recommendation must be chosen from the list');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('offers no conversion without a running s4 clock', async () => {
    await open(s4Case({ status: 'ended' }));
    expect(screen.queryByTestId('action-convert-s4-to-s2')).toBeNull();
  });
});
