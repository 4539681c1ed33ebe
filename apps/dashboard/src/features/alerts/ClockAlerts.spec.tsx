import { AlertView } from '@amhp/contracts';
import { act, render, screen, within } from '@testing-library/react';
import { Providers } from '../../app/Providers';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AlertsPanel } from './AlertsPanel';

const clockAlert = (id: string, severity: AlertView['severity'], point: string, raisedAt: string): AlertView => ({
  id,
  kind: point === 'expiry' ? 'clock.expired' : 'clock.warning',
  severity,
  referralId: `ref-${id}`,
  referralReference: `R-${id}`,
  message: `s136 detention for R-${id}: ${point}`,
  dueAt: raisedAt,
  raisedAt,
  acknowledgedAt: null,
  assessmentId: `as-${id}`,
  clockId: `clock-${id}`,
  clockKind: 's136',
  point,
});

describe('alerts panel with clock warnings (issue 3)', () => {
  it('lists the most urgent first, newest first within a level, says what each is, and links to the case', async () => {
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: [] }),
      'GET /api/alerts': () => ({
        body: [
          clockAlert('half', 'info', '50', '2026-11-25T12:00:00Z'),
          clockAlert('old-expired', 'critical', 'expiry', '2026-11-25T09:00:00Z'),
          clockAlert('ninety', 'critical', '90', '2026-11-25T11:00:00Z'),
          clockAlert('seventy-five', 'warning', '75', '2026-11-25T10:00:00Z'),
        ],
      }),
    });
    try {
      await act(async () => {
        render(
          <Providers socket={new FakeSocket().asSocket()}>
            <AlertsPanel />
          </Providers>,
        );
      });
      const items = screen.getAllByTestId('alert-item');
      expect(items.map((i) => i.dataset.alertId)).toEqual(['ninety', 'old-expired', 'seventy-five', 'half']);
      expect(items.map((i) => within(i).getByTestId('alert-kind').textContent)).toEqual(['s136 · 90% elapsed', 's136 · expired', 's136 · 75% elapsed', 's136 · 50% elapsed']);
      expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/assessments/as-ninety');
      expect(items[3].textContent).toContain('Notice');
    } finally {
      fake.restore();
    }
  });
});
