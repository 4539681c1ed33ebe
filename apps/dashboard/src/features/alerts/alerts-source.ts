import { AlertView } from '@amhp/contracts';
import { LiveSnapshotSource } from '../../lib/use-live-snapshot';
import { fetchOpenAlerts } from './alerts-api';
import { AlertEvent, applyAlertEvent, sortAlerts } from './alert-order';

/** Unacknowledged alerts: GET /api/alerts, then 'alert.raised' and 'alert.acknowledged'. */
export const alertsSource: LiveSnapshotSource<AlertView[], AlertEvent> = {
  empty: [],
  load: async (signal) => sortAlerts(await fetchOpenAlerts(signal)),
  subscribe: (socket, push) => {
    const onRaised = (alert: AlertView) => push({ type: 'raised', alert });
    const onAcknowledged = ({ id }: { id: string }) => push({ type: 'acknowledged', id });
    socket.on('alert.raised', onRaised);
    socket.on('alert.acknowledged', onAcknowledged);
    return () => {
      socket.off('alert.raised', onRaised);
      socket.off('alert.acknowledged', onAcknowledged);
    };
  },
  reduce: applyAlertEvent,
};
