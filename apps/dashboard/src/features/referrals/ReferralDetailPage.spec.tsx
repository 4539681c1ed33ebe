import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { assessmentView } from '../../test/assessment-fixtures';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { boardRowOf } from '@amhp/contracts';
import { referral } from '../../test/referral-fixtures';

describe('referral detail', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  const r = referral({ reference: 'R-2026-00042', clock: { power: 's5_2', startedAt: '2026-11-25T08:00:00Z' } });

  async function open(routes: Parameters<typeof installFakeFetch>[0], socket = new FakeSocket()) {
    const fake = installFakeFetch({ 'GET /api/referrals': () => ({ body: [r] }), 'GET /api/alerts': () => ({ body: [] }), ...routes });
    restore = fake.restore;
    window.history.replaceState(null, '', `/referrals/${r.id}`);
    await act(async () => {
      render(
        <Providers socket={socket.asSocket()}>
          <App />
        </Providers>,
      );
    });
    return fake;
  }

  it('follows its case’s stage from the pushed board row, without reading the record again', async () => {
    const socket = new FakeSocket();
    const withCase = { ...r, assessmentId: 'as-5', assessmentVersion: 1, stage: 'referral_received' as const };
    const fake = await open({ [`GET /api/referrals/${r.id}`]: () => ({ body: withCase }) }, socket);
    expect((await screen.findByTestId('open-case')).textContent).toBe('Open case: Referral received');
    const reads = fake.calls.length;
    act(() => socket.push('referral.upserted', { ...boardRowOf(withCase, new Date()), assessmentVersion: 2, stage: 'screened' }));
    expect(screen.getByTestId('open-case').textContent).toBe('Open case: Screened');
    // Another referral's row changes nothing here.
    act(() => socket.push('referral.upserted', { ...boardRowOf(referral(), new Date()), stage: 'closed' }));
    expect(screen.getByTestId('open-case').textContent).toBe('Open case: Screened');
    expect(fake.calls.slice(reads).filter((c) => c.path.startsWith('/api/referrals/'))).toEqual([]);
  });

  it('shows the referral, its legal deadline and the clock start by its proper name', async () => {
    await open({ [`GET /api/referrals/${r.id}`]: () => ({ body: r }) });
    expect(await screen.findByRole('heading', { level: 1, name: /R-2026-00042/ })).toBeTruthy();
    expect(screen.getByText('s5(2) holding power (72 h)')).toBeTruthy();
    expect(screen.getByText('Holding power began')).toBeTruthy();
    // s5(2): 72 hours from 08:00 on Wed 25 Nov (GMT).
    expect(screen.getByText(/ends Sat 28 Nov 2026 08:00 GMT/)).toBeTruthy();
    expect(screen.getByText('Not stated')).toBeTruthy();
  });

  it('sends the version when closing, and on 409 reloads and says someone else changed it', async () => {
    let loads = 0;
    const fake = await open({
      [`GET /api/referrals/${r.id}`]: () => ({ body: loads++ === 0 ? r : { ...r, version: 2, currentLocation: 'Ward 7' } }),
      [`POST /api/referrals/${r.id}/close`]: () => ({ status: 409, body: { statusCode: 409, message: 'Stale version' } }),
    });
    fireEvent.change(await screen.findByLabelText(/^Reason for closing/), { target: { value: 'Assessed: informal admission' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close referral' })));

    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Assessed: informal admission', version: 1 });
    await waitFor(() => expect(screen.getByText(/Someone else changed this referral — reloaded/)).toBeTruthy());
    expect(screen.getByText('Ward 7')).toBeTruthy();
  });

  it('closes a referral without an assessment with POST /api/referrals/:id/close and returns to the board', async () => {
    const fake = await open({
      [`GET /api/referrals/${r.id}`]: () => ({ body: r }),
      [`POST /api/referrals/${r.id}/close`]: () => ({ body: { ...r, status: 'closed', version: 2 } }),
    });
    fireEvent.change(await screen.findByLabelText(/^Reason for closing/), { target: { value: 'Duplicate referral' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close referral' })));

    await waitFor(() => expect(screen.getByText('Referral R-2026-00042 closed.')).toBeTruthy());
    expect(fake.calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/referrals/${r.id}/close`, body: { reason: 'Duplicate referral', version: 1 } },
    ]);
    expect(fake.calls.some((c) => c.path.startsWith('/api/assessments/'))).toBe(false);
  });

  describe('with an assessment', () => {
    const assessment = assessmentView({ id: 'as-77', referralId: r.id, version: 5 });
    const withCase = { ...r, assessmentId: assessment.id, stage: assessment.stage };

    it('withdraws the assessment at its current version instead of closing only the referral', async () => {
      const fake = await open({
        [`GET /api/referrals/${r.id}`]: () => ({ body: withCase }),
        [`GET /api/assessments/${assessment.id}`]: () => ({ body: assessment }),
        [`POST /api/assessments/${assessment.id}/commands/withdraw`]: () => ({ body: { ...assessment, version: 6, closedAt: '2026-11-25T12:00:00.000Z' } }),
      });
      fireEvent.change(await screen.findByLabelText(/^Reason for closing/), { target: { value: 'Referrer withdrew the request' } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close referral' })));

      await waitFor(() => expect(screen.getByText('Referral R-2026-00042 closed.')).toBeTruthy());
      expect(fake.calls.filter((c) => c.method === 'POST')).toEqual([
        { method: 'POST', path: `/api/assessments/${assessment.id}/commands/withdraw`, body: { reason: 'Referrer withdrew the request', version: 5 } },
      ]);
      expect(fake.calls.some((c) => c.path === `/api/referrals/${r.id}/close`)).toBe(false);
    });

    it('on 409 from the withdrawal reloads and says someone else changed it', async () => {
      let loads = 0;
      await open({
        [`GET /api/referrals/${r.id}`]: () => ({ body: loads++ === 0 ? withCase : { ...withCase, version: 2, currentLocation: 'Ward 9' } }),
        [`GET /api/assessments/${assessment.id}`]: () => ({ body: assessment }),
        [`POST /api/assessments/${assessment.id}/commands/withdraw`]: () => ({ status: 409, body: { statusCode: 409, message: 'Stale version' } }),
      });
      fireEvent.change(await screen.findByLabelText(/^Reason for closing/), { target: { value: 'Duplicate referral' } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close referral' })));

      await waitFor(() => expect(screen.getByText(/Someone else changed this referral — reloaded/)).toBeTruthy());
      expect(screen.getByText('Ward 9')).toBeTruthy();
    });
  });

  it('refuses to close without a reason, with the schema’s message', async () => {
    const fake = await open({ [`GET /api/referrals/${r.id}`]: () => ({ body: r }) });
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Close referral' })));
    expect(screen.getByText('Reason for closing is required')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
