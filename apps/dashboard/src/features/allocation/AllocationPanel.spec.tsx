import type { AssessmentView } from '@amhp/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NowProvider } from '../../lib/now-context';
import { RealtimeProvider } from '../../lib/realtime-context';
import { allocationView } from '../../test/allocation-fixtures';
import { assessmentView, movedOn } from '../../test/assessment-fixtures';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AMHP } from '../../test/rota-fixtures';
import { CasePage } from '../assessments/CasePage';

async function openCase(view: AssessmentView, routes: Record<string, FetchHandler>) {
  const fake = installFakeFetch({ [`GET /api/assessments/${view.id}`]: () => ({ body: view }), ...routes });
  const socket = new FakeSocket();
  await act(async () => {
    render(
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <CasePage id={view.id} />
        </NowProvider>
      </RealtimeProvider>,
    );
  });
  await screen.findByTestId('allocation-panel');
  return { fake, socket };
}

const allocatedTo = (name: string): AssessmentView['amhp'] => ({
  id: AMHP.alex,
  name,
  approvingCouncil: 'Exampleshire County Council',
  approvedOn: '2024-02-01',
  expiresOn: '2029-01-31',
  suspendedFrom: null,
  team: 'North',
  approvalCurrent: true,
  allocatedAt: '2026-07-01T09:30:00.000Z',
  lastSawPersonAt: null,
});

describe('the allocation panel on the case page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('suggests the on-duty AMHP, ranks the others with reasons and lists who is left out and why', async () => {
    const view = assessmentView({ stage: 'amhp_allocated', amhp: allocatedTo('Alex Morgan') });
    const { fake } = await openCase(view, { [`GET /api/assessments/${view.id}/allocation`]: () => ({ body: allocationView(view.id, { allocatedAmhp: { id: AMHP.alex, name: 'Alex Morgan' } }) }) });
    restore = fake.restore;
    const panel = screen.getByTestId('allocation-panel');
    await within(panel).findByTestId('allocation-suggested');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Allocation: North (day duty)');
    expect(within(panel).getByTestId('allocated-amhp').textContent).toBe('Alex Morgan');
    expect(within(panel).getByTestId('allocation-suggested').textContent).toContain('Suggested: Sam Patel On duty until 17:00; Available; 1 open case');
    const rows = within(panel).getAllByTestId('allocation-candidate');
    expect(rows.map((r) => r.dataset.amhpId)).toEqual([AMHP.sam, AMHP.alex]);
    expect(rows[1].textContent).toContain('Busy (on an assessment)');
    expect(rows[1].textContent).toContain('3 open cases');
    // 16:00 UTC on 1 July is 17:00 BST.
    expect(rows[0].textContent).toContain('17:00');
    expect(within(panel).getByTestId('allocation-excluded').textContent).toBe('Lee Lapsed: Approval not in force (s114)');
    // Already allocated: the buttons reassign.
    expect(within(panel).getByRole('button', { name: 'Reassign to Sam Patel' })).toBeTruthy();
  });

  it('allocates the suggested AMHP through the case’s allocate_amhp command at the version on screen', async () => {
    const view = assessmentView({ stage: 'amhp_allocated' });
    const after = { ...movedOn(view, 'amhp_allocated'), amhp: { ...allocatedTo('Sam Patel')!, id: AMHP.sam } };
    const { fake } = await openCase(view, {
      [`GET /api/assessments/${view.id}/allocation`]: () => ({ body: allocationView(view.id) }),
      [`POST /api/assessments/${view.id}/commands/allocate-amhp`]: () => ({ body: after }),
    });
    restore = fake.restore;
    const button = await screen.findByRole('button', { name: 'Allocate Sam Patel' });
    await act(async () => fireEvent.click(button));
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ amhpId: AMHP.sam, version: 1 });
    await waitFor(() => expect(screen.getByTestId('allocated-amhp').textContent).toBe('Sam Patel'));
    expect(screen.getByText('Case allocated to Sam Patel.')).toBeTruthy();
    // The new version asks again who should take it.
    expect(fake.calls.filter((c) => c.path.endsWith('/allocation'))).toHaveLength(2);
  });

  it('says so when nobody on duty can take the case, naming the team responsible out of hours', async () => {
    const view = assessmentView({ stage: 'amhp_allocated' });
    const nobody = allocationView(view.id, { suggested: null, ranked: [], teamName: 'North EDT', kind: 'edt', outOfHours: true, excluded: [] });
    const { fake } = await openCase(view, { [`GET /api/assessments/${view.id}/allocation`]: () => ({ body: nobody }) });
    restore = fake.restore;
    expect((await screen.findByTestId('allocation-none')).textContent).toContain('No AMHP is on duty for North EDT');
    expect(screen.getByTestId('allocation-panel').querySelector('h2')?.textContent).toBe('Allocation: North EDT (out of hours: EDT)');
    expect(screen.queryAllByTestId('allocation-candidate')).toHaveLength(0);
  });
});
