import type { AssessmentView } from '@amhp/contracts';
import { act, render, screen } from '@testing-library/react';
import { App } from '../app/App';
import { Providers } from '../app/Providers';
import { allocationView } from './allocation-fixtures';
import { FetchHandler, installFakeFetch } from './fake-fetch';
import { FakeSocket } from './fake-socket';

/**
 * The whole app at the case page of `view`, over a fake API that serves the board, the alerts,
 * the case and its allocation (plus `routes`); resolves once the case page shows.
 * The caller restores fetch with `fake.restore` after the test.
 */
export async function openCasePage(view: AssessmentView, routes: Record<string, FetchHandler> = {}) {
  const fake = installFakeFetch({
    'GET /api/referrals': () => ({ body: [] }),
    'GET /api/alerts': () => ({ body: [] }),
    [`GET /api/assessments/${view.id}`]: () => ({ body: view }),
    [`GET /api/assessments/${view.id}/allocation`]: () => ({ body: allocationView(view.id) }),
    ...routes,
  });
  const socket = new FakeSocket();
  window.history.replaceState(null, '', `/assessments/${view.id}`);
  await act(async () => {
    render(
      <Providers socket={socket.asSocket()}>
        <App />
      </Providers>,
    );
  });
  await screen.findByTestId('case-page');
  return { fake, socket };
}
