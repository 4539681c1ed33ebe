import type { Role, RotaView } from '@amhp/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NowProvider } from '../../lib/now-context';
import { RealtimeProvider } from '../../lib/realtime-context';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AMHP, gap, rotaView, TEAMS, weekOfShifts } from '../../test/rota-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { RotaPage } from './RotaPage';

const WEEK = '/api/rota?from=2026-03-23&to=2026-03-29';
/** Wednesday 25 March 2026 has no duty AMHP (GMT: 09:00 London is 09:00 UTC). */
const WED_GAP = gap('north', 'day', '2026-03-25T09:00:00.000Z', '2026-03-25T17:00:00.000Z');
const weekWithGap = () => rotaView('2026-03-23', '2026-03-29', { shifts: weekOfShifts('2026-03-23', '2026-03-25'), gaps: [WED_GAP] });

function renderRota(roles: Role[], url: string, routes: Record<string, FetchHandler>) {
  window.history.replaceState(null, '', url);
  const fake = installFakeFetch({ 'GET /api/teams': () => ({ body: TEAMS }), ...routes });
  const socket = new FakeSocket();
  render(
    <SessionProvider value={{ session: sessionFor(roles), signOut: async () => undefined, replace: () => undefined }}>
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <RotaPage />
        </NowProvider>
      </RealtimeProvider>
    </SessionProvider>,
  );
  return { fake, socket };
}

const day = (date: string) => screen.getAllByTestId('rota-day').find((d) => d.dataset.date === date)!;
const shiftsOn = (date: string) => within(day(date)).queryAllByTestId('rota-shift');

describe('the rota calendar', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows a week Monday to Sunday with AMHP names, real hours and the gap in red with its missing time', async () => {
    const { fake } = renderRota(['amhp'], '/rota?date=2026-03-25', { [`GET ${WEEK}`]: () => ({ body: weekWithGap() }) });
    restore = fake.restore;
    await screen.findByTestId('rota-calendar');
    expect(screen.getByTestId('rota-title').textContent).toBe('Week of Mon 23 Mar 2026');
    expect(screen.getAllByTestId('rota-day').map((d) => d.dataset.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);

    const monday = shiftsOn('2026-03-23');
    expect(monday[0].textContent).toContain('09:00–17:00');
    expect(monday[0].textContent).toContain('8 h');
    expect(monday[0].textContent).toContain('Alex Morgan');
    expect(monday[1].textContent).toContain('North EDT · EDT night');
    expect(within(monday[1]).getByTestId('shift-hours').textContent).toBe('16 h');

    // The gap: a red block on Wednesday, in words, before the vacant shift it explains.
    const wednesday = day('2026-03-25');
    expect(wednesday.className).toContain('rota-day--gap');
    const gapBlock = within(wednesday).getByTestId('rota-gap');
    expect(gapBlock.className).toContain('rota-gap');
    expect(gapBlock.textContent).toContain('Gap 09:00–17:00 (8 h)');
    expect(gapBlock.textContent).toContain('North day duty: 0 of 1 on duty');
    expect(shiftsOn('2026-03-25')[0].textContent).toContain('Vacant');
    expect(within(day('2026-03-24')).queryByTestId('rota-gap')).toBeNull();

    // Readers see the rota; only rota managers get the buttons and the 8-week warning.
    expect(gapBlock.tagName).toBe('DIV');
    expect(screen.queryByTestId('gaps-ahead')).toBeNull();
    expect(screen.queryByTestId('patterns-panel')).toBeNull();
  });

  it('shows the night the clocks go forward as 15 hours (Sat 28 March 2026, 17:00 GMT to 09:00 BST)', async () => {
    const { fake } = renderRota(['amhp'], '/rota?date=2026-03-25', { [`GET ${WEEK}`]: () => ({ body: weekWithGap() }) });
    restore = fake.restore;
    await screen.findByTestId('rota-calendar');
    const night = shiftsOn('2026-03-28').find((s) => s.dataset.shiftId?.includes('edt-night'))!;
    expect(night.textContent).toContain('17:00–09:00');
    expect(within(night).getByTestId('shift-hours').textContent).toBe('15 h');
    expect(within(night).getByTestId('clock-change').textContent).toBe('Clocks go forward: 15 h');
    // The Sunday night after the change is an ordinary 16 hours.
    const sunday = shiftsOn('2026-03-29').find((s) => s.dataset.shiftId?.includes('edt-night'))!;
    expect(within(sunday).getByTestId('shift-hours').textContent).toBe('16 h');
    expect(within(sunday).queryByTestId('clock-change')).toBeNull();
  });

  it('shows the night the clocks go back as 17 hours (Sat 24 October 2026, 17:00 BST to 09:00 GMT)', async () => {
    const range = '/api/rota?from=2026-10-19&to=2026-10-25';
    const hoursWorked = [
      { amhpId: AMHP.jo, hours: 129 },
      { amhpId: AMHP.alex, hours: 37.5 },
    ];
    const { fake } = renderRota(['amhp'], '/rota?date=2026-10-21', {
      [`GET ${range}`]: () => ({ body: rotaView('2026-10-19', '2026-10-25', { shifts: weekOfShifts('2026-10-19'), hoursWorked }) }),
    });
    restore = fake.restore;
    await screen.findByTestId('rota-calendar');
    const night = shiftsOn('2026-10-24').find((s) => s.dataset.shiftId?.includes('edt-night'))!;
    expect(within(night).getByTestId('shift-hours').textContent).toBe('17 h');
    expect(within(night).getByTestId('clock-change').textContent).toBe('Clocks go back: 17 h');
    // 09:00 BST on Monday 19 October is 08:00 UTC: shown in London time.
    expect(shiftsOn('2026-10-19')[0].textContent).toContain('09:00–17:00');
    // The week's hours as the API counted them, the hour gained included.
    const rows = within(screen.getByTestId('rota-hours')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Jo Rivers129 h', 'Alex Morgan37.5 h']);
  });

  it('shows a month as whole weeks with bank holidays named, and moves between months and weeks', async () => {
    const april = rotaView('2026-03-30', '2026-05-03', {
      shifts: weekOfShifts('2026-04-06'),
      bankHolidays: [
        { date: '2026-04-03', name: 'Good Friday' },
        { date: '2026-04-06', name: 'Easter Monday' },
      ],
      gaps: [gap('edt', 'edt', '2026-04-10T16:00:00.000Z', '2026-04-13T08:00:00.000Z')],
    });
    const { fake } = renderRota(['amhp'], '/rota?date=2026-04-15&view=month', {
      'GET /api/rota?from=2026-03-30&to=2026-05-03': () => ({ body: april }),
      // May 2026 begins on a Friday and ends on a Sunday: five whole weeks.
      'GET /api/rota?from=2026-04-27&to=2026-05-31': () => ({ body: rotaView('2026-04-27', '2026-05-31') }),
      'GET /api/rota?from=2026-04-27&to=2026-05-03': () => ({ body: rotaView('2026-04-27', '2026-05-03') }),
      'GET /api/rota?from=2026-05-04&to=2026-05-10': () => ({ body: rotaView('2026-05-04', '2026-05-10') }),
    });
    restore = fake.restore;
    await screen.findByTestId('rota-calendar');
    expect(screen.getByTestId('rota-title').textContent).toBe('April 2026');
    expect(screen.getByTestId('rota-calendar').dataset.scale).toBe('month');
    expect(screen.getAllByTestId('rota-day')).toHaveLength(35);
    expect(within(day('2026-04-03')).getByTestId('bank-holiday').textContent).toBe('Bank holiday: Good Friday');
    expect(day('2026-03-31').className).toContain('rota-day--outside');
    // A weekend gap of EDT cover (Fri 17:00 BST to Mon 09:00 BST) starts on Friday and reads as uncovered on Saturday and Sunday too.
    expect(within(day('2026-04-10')).getByTestId('rota-gap').textContent).toContain('Gap Fri 17:00–Mon 09:00');
    expect(within(day('2026-04-11')).getByTestId('rota-gap-continues').textContent).toBe('Gap continues until 09:00');
    expect(within(day('2026-04-12')).getByTestId('rota-gap-continues')).toBeTruthy();
    expect(within(day('2026-04-13')).queryByTestId('rota-gap-continues')).toBeTruthy();
    expect(within(day('2026-04-14')).queryByTestId('rota-gap-continues')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    await waitFor(() => expect(screen.getByTestId('rota-title').textContent).toBe('May 2026'));
    await waitFor(() => expect(screen.getAllByTestId('rota-day')[0].dataset.date).toBe('2026-04-27'));
    expect(screen.getAllByTestId('rota-day')).toHaveLength(35);
    expect(window.location.search).toBe('?date=2026-05-01&view=month');

    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    await waitFor(() => expect(screen.getAllByTestId('rota-day')).toHaveLength(7));
    expect(screen.getByTestId('rota-calendar').dataset.scale).toBe('week');
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() => expect(screen.getByTestId('rota-title').textContent).toBe('Week of Mon 4 May 2026'));
    expect(fake.calls.map((c) => c.path)).toContain('/api/rota?from=2026-05-04&to=2026-05-10');
  });

  it('reloads when the server says the rota changed', async () => {
    let loads = 0;
    const { fake, socket } = renderRota(['amhp'], '/rota?date=2026-03-25', {
      [`GET ${WEEK}`]: () => (loads++ === 0 ? { body: weekWithGap() } : { body: rotaView('2026-03-23', '2026-03-29', { shifts: weekOfShifts('2026-03-23') }) }),
    });
    restore = fake.restore;
    await screen.findByTestId('rota-gap');
    act(() => socket.push('rota.changed', { teamIds: ['north'] }));
    await waitFor(() => expect(screen.queryByTestId('rota-gap')).toBeNull());
    expect(shiftsOn('2026-03-25')[0].textContent).toContain('Alex Morgan');
  });
});

describe('editing the rota (rota managers)', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  function managerRoutes(extra: Record<string, FetchHandler> = {}, rota: () => RotaView = weekWithGap) {
    return {
      [`GET ${WEEK}`]: () => ({ body: rota() }),
      'GET /api/rota/gaps?weeks=8': () => ({ body: { from: '2026-03-23', to: '2026-05-18', gaps: [WED_GAP, gap('north', 'day', '2026-04-01T08:00:00.000Z', '2026-04-01T16:00:00.000Z')] } }),
      'GET /api/rota/patterns': () => ({ body: [] }),
      'GET /api/rota/absences?from=2026-03-23&to=2026-03-29': () => ({ body: [] }),
      ...extra,
    };
  }

  it('assigns an AMHP over a gap: the gap closes and the 8-week list shrinks', async () => {
    let closed = false;
    const after = () => rotaView('2026-03-23', '2026-03-29', { shifts: weekOfShifts('2026-03-23'), revision: 2 });
    const { fake } = renderRota(
      ['service_lead'],
      '/rota?date=2026-03-25',
      managerRoutes(
        {
          'POST /api/rota/adjustments': () => ((closed = true), { status: 201, body: { id: 'adj-1' } }),
          'GET /api/rota/gaps?weeks=8': () => ({
            body: { from: '2026-03-23', to: '2026-05-18', gaps: [...(closed ? [] : [WED_GAP]), gap('north', 'day', '2026-04-01T08:00:00.000Z', '2026-04-01T16:00:00.000Z')] },
          }),
        },
        () => (closed ? after() : weekWithGap()),
      ),
    );
    restore = fake.restore;
    await waitFor(() => expect(screen.getByTestId('gaps-ahead-count').textContent).toBe('2'));
    expect(screen.getAllByTestId('gap-ahead')[0].textContent).toContain('Wed 25 Mar 09:00–17:00 North day duty · 8 h · 0 of 1 on duty');

    fireEvent.click(within(day('2026-03-25')).getByTestId('rota-gap'));
    const editor = screen.getByTestId('gap-editor');
    expect(editor.textContent).toContain('Wed 25 Mar 09:00–17:00 (8 h): 0 of 1 AMHP on duty');
    // The add form is prefilled with the gap's times in London time.
    expect((within(editor).getByLabelText('Starts (London time)') as HTMLInputElement).value).toBe('2026-03-25T09:00');
    const fill = within(editor).getByTestId('fill-vacant-form');
    fireEvent.change(within(fill).getByLabelText('Put on duty'), { target: { value: AMHP.sam } });
    fireEvent.click(within(fill).getByRole('button', { name: 'Assign' }));

    await waitFor(() => expect(screen.queryByTestId('rota-gap')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ type: 'replace', shiftId: 'north-pattern:2026-03-25:day-duty:1', amhpId: AMHP.sam, expectedAmhpId: null });
    expect(screen.getByRole('status').textContent).toContain('Sam Patel is on duty Wed 25 Mar 09:00–17:00.');
    await waitFor(() => expect(screen.getByTestId('gaps-ahead-count').textContent).toBe('1'));
    expect(screen.queryByTestId('gap-editor')).toBeNull();
  });

  it('shows a refusal with each field and its reason (400), and says when someone else changed the shift (409)', async () => {
    let rotaLoads = 0;
    let answer: { status: number; body: unknown } = {
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'The change was refused', issues: [{ field: 'amhpId', message: 'Lee Lapsed’s approval is not in force on Wed 25 Mar 2026 (s114)' }] },
    };
    const { fake } = renderRota(
      ['administrator'],
      '/rota?date=2026-03-25',
      managerRoutes({ 'POST /api/rota/adjustments': () => answer }, () => (rotaLoads++, weekWithGap())),
    );
    restore = fake.restore;
    await screen.findByTestId('rota-calendar');
    fireEvent.click(shiftsOn('2026-03-23')[0]);
    const editor = screen.getByTestId('shift-editor');
    expect(editor.textContent).toContain('On duty: Alex Morgan');
    fireEvent.change(within(editor).getByLabelText('Replace with'), { target: { value: AMHP.lapsed } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Replace' }));
    const problem = await within(editor).findByTestId('rota-problem');
    expect(problem.textContent).toContain('The change was refused');
    expect(problem.querySelector('li')?.textContent).toBe('AMHP: Lee Lapsed’s approval is not in force on Wed 25 Mar 2026 (s114)');
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ type: 'replace', shiftId: 'north-pattern:2026-03-23:day-duty:1', amhpId: AMHP.lapsed, expectedAmhpId: AMHP.alex });

    answer = { status: 409, body: { statusCode: 409, message: 'The shift has another AMHP since you loaded the rota.' } };
    const before = rotaLoads;
    fireEvent.change(within(editor).getByLabelText('Replace with'), { target: { value: AMHP.sam } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(within(screen.getByTestId('shift-editor')).getByTestId('rota-problem').textContent).toContain('Changed by someone else.'));
    await waitFor(() => expect(rotaLoads).toBe(before + 1));
  });

  it('checks a new weekly pattern before sending it: the anchor must be a Monday', async () => {
    const { fake } = renderRota(['service_lead'], '/rota?date=2026-03-25', managerRoutes({ 'POST /api/rota/patterns': ({ body }) => ({ status: 201, body: { id: 'p-1', version: 1, ...(body as object) } }) }));
    restore = fake.restore;
    await screen.findByTestId('patterns-panel');
    fireEvent.click(screen.getByRole('button', { name: 'New pattern' }));
    const form = screen.getByTestId('pattern-form');
    fireEvent.change(within(form).getByLabelText('Team'), { target: { value: 'north' } });
    fireEvent.change(within(form).getByLabelText('Anchor Monday'), { target: { value: '2026-03-25' } });
    fireEvent.change(within(form).getByLabelText('Week 1, AMHP 1'), { target: { value: AMHP.alex } });
    fireEvent.click(within(form).getByRole('button', { name: '+ Add a week' }));
    fireEvent.change(within(form).getByLabelText('Week 2, AMHP 1'), { target: { value: AMHP.sam } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create pattern' }));
    expect((await within(form).findByTestId('rota-problem')).textContent).toContain('Anchor Monday: The anchor of a weekly cycle must be a Monday');
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Anchor Monday'), { target: { value: '2026-03-23' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create pattern' }));
    await waitFor(() => expect(screen.queryByTestId('pattern-form')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      teamId: 'north',
      kind: 'day',
      anchor: '2026-03-23',
      period: 'week',
      cycle: [[AMHP.alex], [AMHP.sam]],
      slots: null,
      validFrom: null,
      validUntil: null,
    });
  });
});
