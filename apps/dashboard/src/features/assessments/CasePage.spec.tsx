import { AssessmentView, SessionView, TimelineEventView } from '@amhp/contracts';
import { placeOfSafetyClock, s6_1aAdmissionWindow } from '@amhp/domain';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Providers } from '../../app/Providers';
import { assessmentView, movedOn, uuid } from '../../test/assessment-fixtures';
import { clockView } from '../../test/clock-fixtures';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { SessionProvider } from '../identity/session-context';
import { CasePage } from './CasePage';
import { openCasePage } from '../../test/open-case-page';

const H = 3_600_000;

describe('the case page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function open(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
    const opened = await openCasePage(view, routes);
    restore = opened.fake.restore;
    return opened;
  }

  it('shows the person, the stage and every running clock with its warning level in words', async () => {
    const now = Date.now();
    // s136(2A) began 20 h ago: past 75% of 24 h. The s6(1)(a) window has 14 days to run.
    const s136 = clockView(placeOfSafetyClock('s136', new Date(now - 20 * H)));
    const s6 = clockView(s6_1aAdmissionWindow(new Date(now - H)));
    const ended = clockView(placeOfSafetyClock('s135_1', new Date(now - 40 * H)), { status: 'ended' });
    const view = assessmentView({ stage: 'assessment_under_way', clocks: [s6, ended, s136] });
    await open(view);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(`${view.referral.person.familyName}, Robin`);
    expect(screen.getByTestId('case-stage').textContent).toBe('Assessment under way');
    const clocks = within(screen.getByTestId('case-clocks')).getAllByTestId('clock');
    // Running first, soonest expiry on top; the ended one folded away below.
    expect(clocks.map((c) => c.dataset.clockKind)).toEqual(['s136', 's6_1a', 's135_1']);
    expect(clocks[0].textContent).toContain('Under 25% left');
    expect(clocks[0].textContent).toMatch(/3 h 59 m left|4 h 00 m left/);
    expect(clocks[1].dataset.warningLevel).toBe('none');
    expect(clocks[2].dataset.warningLevel).toBe('ended');
    expect(screen.getByTestId('timeline').textContent).toContain('Referral received: assessment opened');
  });

  it('marks the stages reached, passed by and current, and offers no action on a closed case', async () => {
    const ev = (sequence: number, type: TimelineEventView['type'], summary: string): TimelineEventView => ({
      id: `e${sequence}`,
      sequence,
      type,
      summary,
      at: `2026-10-25T0${sequence - 1}:30:00.000Z`,
      by: '3f2a9c1e-0000-4000-8000-000000000001',
      data: {},
    });
    const timeline = [
      ev(1, 'assessment_opened', 'Referral received: assessment opened'),
      ev(2, 'referral_screened', 'Referral screened'),
      ev(3, 'amhp_allocated', 'AMHP allocated'),
      ev(4, 'assessment_arranged', 'Assessment arranged'),
      ev(5, 'assessment_started', 'Assessment started'),
      ev(6, 'no_further_action_decided', 'No further action'),
      ev(7, 'assessment_closed', 'Case closed'),
    ];
    await open(assessmentView({ stage: 'closed', closedAt: '2026-10-25T07:30:00.000Z', timeline: [...timeline].reverse() }));
    const steps = [...document.querySelectorAll('.stage-progress__step')].map((li) => li.className.replace('stage-progress__step stage-progress__step--', ''));
    expect(steps).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'current']);
    expect(screen.queryByTestId('actions')).toBeNull();
    // The timeline reads oldest first, in London time: 00:30 UTC on 25 Oct 2026 is 01:30 BST, 01:30 UTC is 01:30 GMT.
    const items = within(screen.getByTestId('timeline')).getAllByTestId('timeline-event');
    expect(items.map((i) => i.dataset.eventType)).toEqual(timeline.map((e) => e.type));
    expect(items[0].textContent).toContain('Sun 25 Oct 2026 01:30 BST · by user 3f2a9c1e');
    expect(items[1].textContent).toContain('Sun 25 Oct 2026 01:30 GMT');
  });

  it('offers the commands the stage allows and shows the others disabled, each with the reason naming the stage', async () => {
    await open(assessmentView({ stage: 'assessment_under_way' }));
    const apply = screen.getByTestId('action-make_application');
    expect(apply.getAttribute('aria-disabled')).toBeNull();
    expect(apply.textContent).toBe('Make an application (s2, s3 or s4)');
    expect(screen.getByTestId('action-record_not_completed').getAttribute('aria-disabled')).toBeNull();

    const seekBed = screen.getByTestId('action-seek_bed');
    expect(seekBed.getAttribute('aria-disabled')).toBe('true');
    // Screen readers hear the domain's full reason; the eye reads the short form under a heading naming the stage.
    const reason = document.getElementById(seekBed.getAttribute('aria-describedby') ?? '');
    expect(reason?.querySelector('.visually-hidden')?.textContent).toBe(
      '"Seek a bed" is not allowed while the assessment is at stage "Assessment under way" (allowed at: Outcome recorded, Bed identified, Conveyance arranged).',
    );
    expect(reason?.querySelector('[aria-hidden="true"]')?.textContent).toBe('Only at: Outcome recorded, Bed identified, Conveyance arranged');
    expect(screen.getByText(/Not available at stage “Assessment under way”/)).toBeTruthy();
    expect(screen.getByTestId('action-send_written_reasons_to_nearest_relative').parentElement?.textContent).toContain('The referral is not a nearest relative’s request under s13(4)');
    // The next step on the path is the primary button, and comes first.
    expect(screen.getByTestId('actions').querySelector('.button--primary')?.getAttribute('data-testid')).toBe('action-make_application');
    // A disabled action does nothing when pressed.
    fireEvent.click(seekBed);
    expect(screen.queryByTestId('form-seek_bed')).toBeNull();
    expect(screen.getByTestId('action-screen_referral').getAttribute('aria-disabled')).toBe('true');
  });

  it('checks an application against the shared schema before sending it', async () => {
    const view = assessmentView({ stage: 'assessment_under_way' });
    const { fake } = await open(view);
    fireEvent.click(screen.getByTestId('action-make_application'));
    fireEvent.change(screen.getByLabelText(/^Section/), { target: { value: 's2' } });
    // Founded on no recommendation: the shared schema stops it before the API is asked.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Make application' })));
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(within(screen.getByTestId('form-application')).getByRole('alert').textContent).toContain('Choose the medical recommendations the application is founded on');
    expect(screen.getByLabelText(/^Section/)).toBeTruthy();
  });

  it('sends the application and lists each violated rule with its section when the API refuses it (422)', async () => {
    const base = assessmentView({ stage: 'assessment_under_way' });
    const exam = (n: number, s12: boolean) => ({
      id: uuid(n),
      doctor: { id: uuid(100 + n), name: `Dr ${n === 1 ? 'Ash' : 'Birch'}`, gmcNumber: '1234567', s12Approved: s12, approvedClinician: false, registered: true, organisation: null, team: null, phone: null },
      examinedAt: '2026-07-01T10:00:00.000Z',
      previousAcquaintance: true,
      conflicts: { relativeOfPatient: false, financialInterestInOutcome: false },
      recommendation: { section: 's2' as const, signedAt: '2026-07-01T10:30:00.000Z', statesAppropriateTreatmentAvailable: null },
      recordedAt: '2026-07-01T10:40:00.000Z',
    });
    const view = { ...base, examinations: [exam(1, false), exam(2, false)] };
    const { fake } = await open(view, {
      [`POST /api/assessments/${view.id}/commands/make-application`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'The application breaks 2 rules',
          violations: [
            { rule: 'recommendations.no_s12_doctor', section: 's12(2)', message: 'One of the two recommendations must be given by a doctor approved under s12.' },
            { rule: 'nearest_relative.not_informed', section: 's11(3)', message: 'The nearest relative must be informed of an s2 application.' },
          ],
        },
      }),
    });
    fireEvent.click(screen.getByTestId('action-make_application'));
    fireEvent.change(screen.getByLabelText(/^Section/), { target: { value: 's2' } });
    // Choosing s2 ticks the two s2 recommendations.
    expect((screen.getByLabelText(/Dr Ash/) as HTMLInputElement).checked).toBe(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Make application' })));

    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ version: 1, section: 's2', recommendationIds: [uuid(1), uuid(2)] });
    const refusal = await screen.findByTestId('command-refused');
    expect(refusal.textContent).toContain('The application was refused: it does not meet the Act');
    const rules = within(refusal).getAllByTestId('rule-violation');
    expect(rules.map((r) => r.dataset.section)).toEqual(['s12(2)', 's11(3)']);
    expect(rules[0].textContent).toBe('s12(2)One of the two recommendations must be given by a doctor approved under s12.');
    // Nothing changed: the form stays for the AMHP to put it right.
    expect(screen.getByTestId('form-application')).toBeTruthy();
    expect(screen.getByTestId('case-stage').textContent).toBe('Assessment under way');
  });

  it('on 409 reloads the case and says someone else changed it; nothing is saved twice', async () => {
    const view = assessmentView({ stage: 'assessment_arranged' });
    let loads = 0;
    const { fake } = await open(view, {
      [`GET /api/assessments/${view.id}`]: () => ({ body: loads++ === 0 ? view : movedOn(view, 'assessment_under_way') }),
      [`POST /api/assessments/${view.id}/commands/start-assessment`]: () => ({ status: 409, body: { statusCode: 409, message: 'The assessment was changed by someone else' } }),
    });
    fireEvent.click(screen.getByTestId('action-start_assessment'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Start now' })));

    expect(fake.calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: `/api/assessments/${view.id}/commands/start-assessment`, body: { version: 1 } }]);
    await waitFor(() => expect(screen.getByTestId('case-conflict').textContent).toContain('Someone else changed this case'));
    expect(screen.getByTestId('case-stage').textContent).toBe('Assessment under way');
    expect(screen.getByTestId('case-page').dataset.version).toBe('2');
  });

  it('refreshes the open case when another user moves it on (assessment.updated)', async () => {
    const view = assessmentView({ stage: 'screened', state: { screening: { decision: 'accepted', reason: 'x', redirectedTo: null, at: new Date() } } });
    let current = view;
    const { socket } = await open(view, { [`GET /api/assessments/${view.id}`]: () => ({ body: current }) });
    expect(screen.getByTestId('action-allocate_amhp').getAttribute('aria-disabled')).toBeNull();

    current = movedOn(view, 'amhp_allocated');
    await act(async () => socket.push('assessment.updated', { id: view.id, referralId: view.referralId, stage: 'amhp_allocated', version: 2, updatedAt: new Date().toISOString() }));
    await waitFor(() => expect(screen.getByTestId('case-stage').textContent).toBe('AMHP allocated'));
    expect(screen.getByTestId('changed-elsewhere')).toBeTruthy();
    expect(screen.getByTestId('action-arrange_assessment').getAttribute('aria-disabled')).toBeNull();

    // An event for another case, or an old version, is ignored.
    await act(async () => socket.push('assessment.updated', { id: 'other', referralId: 'x', stage: 'closed', version: 9, updatedAt: new Date().toISOString() }));
    expect(screen.getByTestId('case-stage').textContent).toBe('AMHP allocated');
  });

  it('shows a service lead the case without the buttons, and names the signed-in user as "you" on the timeline', async () => {
    const view = assessmentView({ stage: 'assessment_under_way' });
    view.timeline[0] = { ...view.timeline[0], by: 'user-lead' };
    const fake = installFakeFetch({ 'GET /api/alerts': () => ({ body: [] }), 'GET /api/referrals': () => ({ body: [] }), [`GET /api/assessments/${view.id}`]: () => ({ body: view }) });
    restore = fake.restore;
    const session: SessionView = {
      user: { id: 'user-lead', email: 'lead@example.gov.uk', displayName: 'Lee Lead', roles: ['service_lead'], authSource: 'local' },
      csrfToken: 't',
      expiresAt: '2026-07-01T20:00:00.000Z',
      idleMinutes: 30,
      mustChangePassword: false,
    };
    await act(async () => {
      render(
        <Providers socket={new FakeSocket().asSocket()}>
          <SessionProvider value={{ session, signOut: async () => undefined, replace: () => undefined }}>
            <CasePage id={view.id} />
          </SessionProvider>
        </Providers>,
      );
    });
    await screen.findByTestId('case-page');
    expect(screen.queryByTestId('actions')).toBeNull();
    expect(screen.queryByTestId('record-examination')).toBeNull();
    expect(screen.getByText('You can read this case; AMHPs and EDT workers act on it.')).toBeTruthy();
    expect(screen.getByTestId('timeline').textContent).toContain('by you');
    expect(screen.getByTestId('timeline').querySelector('[title="Lee Lead"]')).not.toBeNull();
  });
});
