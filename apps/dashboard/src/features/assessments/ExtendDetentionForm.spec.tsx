import { AssessmentView, ClockView, DoctorView } from '@amhp/contracts';
import { placeOfSafetyClock } from '@amhp/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { assessmentView, uuid } from '../../test/assessment-fixtures';
import { clockView } from '../../test/clock-fixtures';
import { FetchHandler } from '../../test/fake-fetch';
import { openCasePage } from '../../test/open-case-page';

const HOUR = 3600_000;
const doctor: DoctorView = {
  id: uuid(7),
  name: 'Dr Ash',
  gmcNumber: '1000007',
  s12Approved: true,
  approvedClinician: false,
  registered: true,
  organisation: 'Example Trust',
  team: null,
  phone: null,
};

function s136Case(clockOverrides: Partial<ClockView> = {}): AssessmentView {
  const started = new Date(Date.now() - 20 * HOUR);
  return assessmentView({ stage: 'assessment_under_way', clocks: [clockView(placeOfSafetyClock('s136', started), clockOverrides)] });
}

describe('s136B: extending the place-of-safety detention from the case page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function open(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
    const { fake } = await openCasePage(view, { 'GET /api/doctors': () => ({ body: [doctor] }), ...routes });
    restore = fake.restore;
    return fake;
  }

  it('sends the London time in UTC with the hours, reason and doctor; the action goes once the clock is extended', async () => {
    const view = s136Case();
    const extended: AssessmentView = { ...view, version: 2, clocks: view.clocks.map((c) => ({ ...c, status: 'extended', extended: true })) };
    const fake = await open(view, { [`POST /api/assessments/${view.id}/commands/extend-detention`]: () => ({ body: extended }) });

    fireEvent.click(within(screen.getByTestId('case-clocks')).getByTestId('action-extend-detention'));
    const form = await screen.findByTestId('form-extend');
    fireEvent.change(within(form).getByLabelText(/^Authorised at/), { target: { value: '2026-07-01T20:30' } });
    fireEvent.change(within(form).getByLabelText(/^Hours/), { target: { value: '6' } });
    fireEvent.change(within(form).getByLabelText(/^Reason/), { target: { value: 'intoxication' } });
    await within(form).findByRole('option', { name: 'Dr Ash' });
    fireEvent.change(within(form).getByLabelText(/^Authorising doctor/), { target: { value: doctor.id } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record extension' })));

    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ version: 1, authorisedAt: '2026-07-01T19:30:00.000Z', hours: 6, reason: 'intoxication', doctorId: doctor.id, atPoliceStation: false, notes: '' });
    await waitFor(() => expect(screen.queryByTestId('form-extend')).toBeNull());
    expect(screen.queryByTestId('action-extend-detention')).toBeNull();
  });

  it('shows the API’s refusal quoting s136B(2) and keeps the form', async () => {
    const view = s136Case();
    await open(view, {
      [`POST /api/assessments/${view.id}/commands/extend-detention`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 's136B(2): "Waiting for a bed" is not a lawful reason',
          violations: [{ rule: 's136b_extension', section: 's136B(2)', message: '"Waiting for a bed" is not a lawful reason' }],
        },
      }),
    });
    fireEvent.click(screen.getByTestId('action-extend-detention'));
    const form = await screen.findByTestId('form-extend');
    fireEvent.change(within(form).getByLabelText(/^Reason/), { target: { value: 'waiting_for_bed' } });
    fireEvent.change(within(form).getByLabelText(/^Doctor’s name/), { target: { value: 'Dr Visiting' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record extension' })));

    const refusal = await screen.findByTestId('command-refused');
    expect(within(refusal).getByTestId('rule-violation').dataset.section).toBe('s136B(2)');
    expect(refusal.textContent).toContain('not a lawful reason');
    expect(screen.getByTestId('form-extend')).toBeTruthy();
  });

  it('names the missing doctor and reason before asking the API', async () => {
    const view = s136Case();
    const fake = await open(view);
    fireEvent.click(screen.getByTestId('action-extend-detention'));
    const form = await screen.findByTestId('form-extend');
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Record extension' })));
    expect(form.textContent).toContain('Name the doctor responsible for the examination');
    expect(form.textContent).toContain('Choose the reason for the extension');
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('offers no extension once extended, or without an s136 or s135(1) clock', async () => {
    await open(s136Case({ status: 'extended', extended: true }));
    expect(screen.queryByTestId('action-extend-detention')).toBeNull();
    restore();
    document.body.innerHTML = '';
    await open(assessmentView({ stage: 'assessment_under_way' }));
    expect(screen.queryByTestId('action-extend-detention')).toBeNull();
  });
});
