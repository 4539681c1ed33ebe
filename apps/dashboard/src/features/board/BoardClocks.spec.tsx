import { placeOfSafetyClock, s2Clock } from '@amhp/domain';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { clockView } from '../../test/clock-fixtures';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { boardRow as referral } from '../../test/referral-fixtures';
import { sortForBoard } from './board-order';

const H = 3_600_000;

describe('the board with assessments (issue 3)', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows each row’s stage and most urgent clock, with the warning level in words, and links the row to its case', async () => {
    const now = Date.now();
    // s136(2A) began 22 h ago: more than 90% of 24 h has run.
    const s136 = clockView(placeOfSafetyClock('s136', new Date(now - 22 * H)), { assessmentId: 'as-1' });
    const withClock = referral({ reference: 'R-CLOCK', assessmentId: 'as-1', stage: 'assessment_arranged', mostUrgentClock: s136 });
    const noClock = referral({ reference: 'R-NOCLOCK', assessmentId: 'as-2', stage: 'referral_received', mostUrgentClock: null });
    const fake = installFakeFetch({ 'GET /api/referrals': () => ({ body: [noClock, withClock] }), 'GET /api/alerts': () => ({ body: [] }), 'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }) });
    restore = fake.restore;
    window.history.replaceState(null, '', '/');
    await act(async () => {
      render(
        <Providers socket={new FakeSocket().asSocket()}>
          <App />
        </Providers>,
      );
    });
    const rows = await screen.findAllByTestId('referral-row');
    expect(rows.map((r) => r.dataset.referralId)).toEqual([withClock.id, noClock.id]);
    expect(within(rows[0]).getByTestId('board-stage').textContent).toBe('Assessment arranged');
    const clock = within(rows[0]).getByTestId('clock');
    expect(clock.dataset.clockKind).toBe('s136');
    expect(clock.dataset.warningLevel).toBe('90');
    expect(clock.textContent).toContain('Under 10% left');
    expect(rows[0].className).toContain('board__row--critical');
    // The issue-2 cell id is kept around the clock.
    expect(within(rows[0]).getByTestId('deadline-countdown').contains(clock)).toBe(true);
    expect(within(rows[0]).getByRole('link', { name: /Case: Assessment arranged/ }).getAttribute('href')).toBe('/assessments/as-1');
    expect(within(rows[1]).getByText('No running clock')).toBeTruthy();
  });

  it('applies a pushed row’s stage and clock at once, and asks the API for nothing', async () => {
    const r = referral({ reference: 'R-LIVE', assessmentId: 'as-9', assessmentVersion: 7, stage: 'conveyance_arranged', mostUrgentClock: null });
    const admitted = clockView(s2Clock(new Date()), { assessmentId: 'as-9' });
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: [r] }),
      'GET /api/alerts': () => ({ body: [] }),
      'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }),
    });
    restore = fake.restore;
    const socket = new FakeSocket();
    window.history.replaceState(null, '', '/');
    await act(async () => {
      render(
        <Providers socket={socket.asSocket()}>
          <App />
        </Providers>,
      );
    });
    await screen.findByTestId('referral-row');
    const before = fake.calls.length;
    act(() => socket.push('referral.upserted', { ...r, assessmentVersion: 8, stage: 'admitted', mostUrgentClock: admitted }));
    expect(screen.getByTestId('board-stage').textContent).toBe('Admitted');
    expect(screen.getByTestId('clock').dataset.clockKind).toBe('s2');
    // The case page's hint is not the board's business: nothing is fetched for it either.
    act(() => socket.push('assessment.updated', { id: 'as-9', referralId: r.id, stage: 'admitted', version: 8, updatedAt: new Date().toISOString() }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls.slice(before)).toEqual([]);
  });
});

describe('board order with clocks', () => {
  it('orders by the most urgent running clock once there is an assessment, not by an ended holding power', () => {
    const now = Date.now();
    // The s136 deadline on the referral has passed, but the assessment's s136 clock ended at admission.
    const admitted = referral({ reference: 'ADMITTED', clock: { power: 's136', startedAt: new Date(now - 30 * H).toISOString() }, assessmentId: 'a', mostUrgentClock: null });
    const running = referral({ reference: 'RUNNING', assessmentId: 'b', mostUrgentClock: clockView(placeOfSafetyClock('s136', new Date(now - 2 * H))) });
    const legacy = referral({ reference: 'LEGACY', clock: { power: 's5_4', startedAt: new Date(now - H).toISOString() } });
    expect(sortForBoard([admitted, running, legacy]).map((r) => r.reference)).toEqual(['LEGACY', 'RUNNING', 'ADMITTED']);
  });
});
