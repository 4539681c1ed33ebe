import type { Role, TeamView } from '@amhp/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NowProvider } from '../../lib/now-context';
import { RealtimeProvider } from '../../lib/realtime-context';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { rotaView, team, TEAMS } from '../../test/rota-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { RotaPage } from './RotaPage';
import { TeamsPanel } from './TeamsPanel';

/** North (a day team, EDT "North EDT") and the EDT, as GET /api/teams answers; North at version 3. */
const NORTH = team({ version: 3, coverRules: [{ kind: 'day', minimum: 1, window: null }] });
const EDT = TEAMS[1];

function renderPanel(routes: Record<string, FetchHandler>) {
  const fake = installFakeFetch(routes);
  const onChanged = jest.fn();
  render(
    <RealtimeProvider socket={new FakeSocket().asSocket()}>
      <TeamsPanel onChanged={onChanged} />
    </RealtimeProvider>,
  );
  return { fake, onChanged };
}

const row = (id: string) => screen.getAllByTestId('team-row').find((r) => r.dataset.teamId === id)!;
const puts = (calls: { method: string; path: string; body: unknown }[]) => calls.filter((c) => c.method === 'PUT');

async function openEdit(id: string) {
  await screen.findAllByTestId('team-row');
  fireEvent.click(within(row(id)).getByRole('button', { name: /^Edit/ }));
  return screen.getByTestId('team-form');
}

describe('teams and cover (rota managers)', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('lists each team with its EDT, bank holidays, day duty hours, handover time and cover rules', async () => {
    const wales = team({ id: 'west', name: 'West', nation: 'WLS', dayDutyWeekdays: [1, 2, 3, 5], dayDutyStarts: '08:30', dayDutyEnds: '16:30', handoverAckMinutes: 45 });
    const edt = { ...EDT, coverRules: [{ kind: 'edt' as const, minimum: 2, window: { from: '22:00', to: '08:00' } }, { kind: 'edt' as const, minimum: 1, window: null }] };
    const { fake } = renderPanel({ 'GET /api/teams': () => ({ body: [NORTH, edt, wales] }) });
    restore = fake.restore;
    await screen.findAllByTestId('team-row');

    const north = row('north');
    expect(north.textContent).toContain('Day team · north');
    expect(within(north).getByTestId('team-edt').textContent).toBe('North EDT');
    expect(north.textContent).toContain('England');
    expect(within(north).getByTestId('team-hours').textContent).toBe('Mon–Fri 09:00–17:00');
    expect(within(north).getByTestId('team-ack').textContent).toBe('30 min');
    expect(within(north).getByTestId('team-rules').textContent).toBe('Day duty: at least 1 AMHP, all the time');

    const west = row('west');
    expect(west.textContent).toContain('Wales');
    expect(within(west).getByTestId('team-hours').textContent).toBe('Mon–Wed, Fri 08:30–16:30');
    expect(within(west).getByTestId('team-ack').textContent).toBe('45 min');

    // The EDT names the day teams it covers; its hours are where its day and night shifts change.
    const edtRow = row('edt');
    expect(edtRow.textContent).toContain('EDT · edt');
    expect(within(edtRow).getByTestId('team-edt').textContent).toBe('Covers North, West');
    expect(within(edtRow).getByTestId('team-hours').textContent).toBe('Shifts change at 09:00 and 17:00');
    expect(within(edtRow).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['EDT cover: at least 2 AMHPs, 22:00–08:00 daily', 'EDT cover: at least 1 AMHP, all the time']);
  });

  it('changes the day duty hours and a cover rule: PUTs the whole team with the version it showed, then reloads', async () => {
    let saved: TeamView | null = null;
    const { fake, onChanged } = renderPanel({
      'GET /api/teams': () => ({ body: [saved ?? NORTH, EDT] }),
      'PUT /api/teams/north': ({ body }) => {
        saved = { ...NORTH, ...(body as Partial<TeamView>), version: 4 };
        return { body: saved };
      },
    });
    restore = fake.restore;
    const form = await openEdit('north');
    expect(within(form).getByRole('heading').textContent).toBe('Edit North');
    expect((within(form).getByLabelText('Day duty starts') as HTMLInputElement).value).toBe('09:00');

    fireEvent.change(within(form).getByLabelText('Day duty starts'), { target: { value: '08:30' } });
    fireEvent.change(within(form).getByLabelText('Day duty ends'), { target: { value: '16:30' } });
    fireEvent.click(within(form).getByLabelText('Sat'));
    fireEvent.change(within(form).getByLabelText('Handover acknowledged within (minutes)'), { target: { value: '20' } });
    fireEvent.change(within(form).getByLabelText('Cover rule 1, minimum AMHPs'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Cover rule 1, daily from (optional)'), { target: { value: '10:00' } });
    fireEvent.change(within(form).getByLabelText('Cover rule 1, daily to (optional)'), { target: { value: '14:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));

    await waitFor(() => expect(screen.queryByTestId('team-form')).toBeNull());
    expect(puts(fake.calls)).toHaveLength(1);
    expect(puts(fake.calls)[0].body).toEqual({
      name: 'North',
      edtTeamId: 'edt',
      nation: 'ENG',
      dayDutyWeekdays: [1, 2, 3, 4, 5, 6],
      dayDutyStarts: '08:30',
      dayDutyEnds: '16:30',
      handoverAckMinutes: 20,
      coverRules: [{ kind: 'day', minimum: 2, window: { from: '10:00', to: '14:00' } }],
      version: 3,
    });
    expect(onChanged).toHaveBeenCalledWith('North: saved. The rota now uses its hours and cover rules.');
    await waitFor(() => expect(within(row('north')).getByTestId('team-hours').textContent).toBe('Mon–Sat 08:30–16:30'));
    expect(within(row('north')).getByTestId('team-rules').textContent).toBe('Day duty: at least 2 AMHPs, 10:00–14:00 daily');
  });

  it('checks the team before sending it, and shows each field the API refused (400) by its label', async () => {
    const { fake, onChanged } = renderPanel({
      'GET /api/teams': () => ({ body: [NORTH, EDT] }),
      'PUT /api/teams/north': () => ({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'The team was refused', issues: [{ field: 'coverRules.0.window.to', message: 'The window must not start and end at the same time' }] },
      }),
    });
    restore = fake.restore;
    const form = await openEdit('north');

    // Refused here, nothing sent: day duty ending before it starts, and a minimum left empty.
    fireEvent.change(within(form).getByLabelText('Day duty ends'), { target: { value: '08:00' } });
    fireEvent.change(within(form).getByLabelText('Cover rule 1, minimum AMHPs'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));
    const local = await within(form).findByTestId('rota-problem');
    const lines = () => Array.from(within(form).getByTestId('rota-problem').querySelectorAll('li')).map((li) => li.textContent);
    expect(local.textContent).toContain('Check these and try again.');
    expect(lines()).toContain('Cover rule 1, minimum AMHPs: Minimum must be a whole number of AMHPs');
    expect(puts(fake.calls)).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Day duty ends'), { target: { value: '17:00' } });
    fireEvent.change(within(form).getByLabelText('Cover rule 1, minimum AMHPs'), { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));
    await waitFor(() => expect(lines()).toEqual(['Cover rule 1, daily to: The window must not start and end at the same time']));
    expect(within(form).getByTestId('rota-problem').textContent).toContain('The team was refused');
    expect(within(form).getByLabelText('Cover rule 1, daily to (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Day duty ends').getAttribute('aria-invalid')).toBeNull();
    expect(puts(fake.calls)).toHaveLength(1);
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.getByTestId('team-form')).toBeTruthy();
  });

  it('reports the kind-dependent rules before sending: day duty must end after it starts', async () => {
    const { fake } = renderPanel({ 'GET /api/teams': () => ({ body: [NORTH, EDT] }) });
    restore = fake.restore;
    const form = await openEdit('north');
    fireEvent.change(within(form).getByLabelText('Day duty ends'), { target: { value: '08:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));
    expect((await within(form).findByTestId('rota-problem')).textContent).toContain('Day duty ends: Day duty must end after it starts, on the same day');
    expect(within(form).getByLabelText('Day duty ends').getAttribute('aria-invalid')).toBe('true');
    expect(puts(fake.calls)).toHaveLength(0);
  });

  it('says when someone else changed the team (409), shows their version and sends that version next time', async () => {
    let loads = 0;
    const theirs = { ...NORTH, name: 'North and Central', version: 4 };
    const { fake, onChanged } = renderPanel({
      'GET /api/teams': () => ({ body: loads++ === 0 ? [NORTH, EDT] : [theirs, EDT] }),
      'PUT /api/teams/north': ({ body }) =>
        (body as { version: number }).version === 3
          ? { status: 409, body: { statusCode: 409, message: 'Team north was changed by someone else (you had version 3, it is now 4): reload it and try again' } }
          : { body: { ...theirs, version: 5 } },
    });
    restore = fake.restore;
    const form = await openEdit('north');
    fireEvent.change(within(form).getByLabelText('Handover acknowledged within (minutes)'), { target: { value: '15' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));

    // Reloaded: the form now shows the stored team, and says why.
    await waitFor(() => expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('North and Central'));
    const notice = within(screen.getByTestId('team-form')).getByTestId('rota-problem');
    expect(notice.textContent).toContain('Changed by someone else.');
    expect(notice.textContent).toContain('reloaded');
    expect((screen.getByLabelText('Handover acknowledged within (minutes)') as HTMLInputElement).value).toBe('30');
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Handover acknowledged within (minutes)'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save team' }));
    await waitFor(() => expect(screen.queryByTestId('team-form')).toBeNull());
    expect(puts(fake.calls).map((c) => (c.body as { version: number; name: string }).version)).toEqual([3, 4]);
    expect((puts(fake.calls)[1].body as { name: string }).name).toBe('North and Central');
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('creates a team: a free id, its kind, and cover rules of that kind', async () => {
    const { fake, onChanged } = renderPanel({
      'GET /api/teams': () => ({ body: [NORTH, EDT] }),
      'POST /api/teams': ({ body }) => ({ status: 201, body: { ...(body as object), version: 1 } }),
    });
    restore = fake.restore;
    await screen.findAllByTestId('team-row');
    fireEvent.click(screen.getByRole('button', { name: 'New team' }));
    const form = screen.getByTestId('team-form');
    fireEvent.change(within(form).getByLabelText('Team id'), { target: { value: 'north' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'South' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create team' }));
    expect((await within(form).findByTestId('rota-problem')).textContent).toContain('Team id: A team with id north already exists');
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Team id'), { target: { value: 'south' } });
    fireEvent.change(within(form).getByLabelText('Bank holidays of'), { target: { value: 'WLS' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create team' }));
    await waitFor(() => expect(screen.queryByTestId('team-form')).toBeNull());
    // The only EDT is chosen for a new day team; one AMHP on day duty all the time unless changed.
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      id: 'south',
      kind: 'day',
      name: 'South',
      edtTeamId: 'edt',
      nation: 'WLS',
      dayDutyWeekdays: [1, 2, 3, 4, 5],
      dayDutyStarts: '09:00',
      dayDutyEnds: '17:00',
      handoverAckMinutes: 30,
      coverRules: [{ kind: 'day', minimum: 1, window: null }],
    });
    expect(onChanged).toHaveBeenCalledWith('South: team created. Add a repeating pattern to put AMHPs on its rota.');
  });
});

describe('on the rota page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  function renderPage(roles: Role[]) {
    window.history.replaceState(null, '', '/rota?date=2026-03-25');
    let rotaLoads = 0;
    const fake = installFakeFetch({
      'GET /api/teams': () => ({ body: [NORTH, EDT] }),
      'GET /api/rota?from=2026-03-23&to=2026-03-29': () => (rotaLoads++, { body: rotaView('2026-03-23', '2026-03-29') }),
      'GET /api/rota/gaps?weeks=8': () => ({ body: { from: '2026-03-23', to: '2026-05-18', gaps: [] } }),
      'GET /api/rota/patterns': () => ({ body: [] }),
      'GET /api/rota/absences?from=2026-03-23&to=2026-03-29': () => ({ body: [] }),
      'PUT /api/teams/north': ({ body }) => ({ body: { ...NORTH, ...(body as object), version: 4 } }),
    });
    const { unmount } = render(
      <SessionProvider value={{ session: sessionFor(roles), signOut: async () => undefined, replace: () => undefined }}>
        <RealtimeProvider socket={new FakeSocket().asSocket()}>
          <NowProvider>
            <RotaPage />
          </NowProvider>
        </RealtimeProvider>
      </SessionProvider>,
    );
    return { fake, unmount, rotaLoads: () => rotaLoads };
  }

  it('is shown to rota managers only, and a saved team reloads the rota', async () => {
    const amhp = renderPage(['amhp']);
    await screen.findByTestId('rota-calendar');
    expect(screen.queryByTestId('teams-panel')).toBeNull();
    amhp.unmount();
    amhp.fake.restore();

    const lead = renderPage(['service_lead']);
    restore = lead.fake.restore;
    const form = await openEdit('north');
    const before = lead.rotaLoads();
    fireEvent.change(within(form).getByLabelText('Day duty ends'), { target: { value: '17:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save team' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('North: saved.'));
    await waitFor(() => expect(lead.rotaLoads()).toBe(before + 1));
  });
});
