import { AlertView } from '@amhp/contracts';
import { act, render, screen, within } from '@testing-library/react';
import { Providers } from '../../app/Providers';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AlertsPanel } from './AlertsPanel';

const handoverAlert: AlertView = {
  id: 'late',
  kind: 'handover.unacknowledged',
  severity: 'critical',
  referralId: null,
  referralReference: null,
  message: 'Handover from North day team to EDT at Wed 25 Nov 2026, 17:00 GMT not acknowledged by Wed 25 Nov 2026, 17:30 GMT (3 open cases, 1 with a running legal clock)',
  dueAt: '2026-11-25T17:30:00Z',
  raisedAt: '2026-11-25T17:30:01Z',
  acknowledgedAt: null,
  handoverId: 'h-1',
};

describe('alerts panel with a handover alert (issue 5)', () => {
  it('names it as a handover, says it is not acknowledged, and links to the handover', async () => {
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: [] }),
      'GET /api/alerts': () => ({ body: [handoverAlert] }),
    });
    try {
      await act(async () => {
        render(
          <Providers socket={new FakeSocket().asSocket()}>
            <AlertsPanel />
          </Providers>,
        );
      });
      const [item] = screen.getAllByTestId('alert-item');
      expect(within(item).getByTestId('alert-kind').textContent).toBe('not acknowledged');
      const link = within(item).getByRole('link');
      expect(link.textContent).toBe('Handover');
      expect(link.getAttribute('href')).toBe('/handovers/h-1');
    } finally {
      fake.restore();
    }
  });
});
