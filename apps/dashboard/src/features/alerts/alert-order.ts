import { AlertSeverity, AlertView } from '@amhp/contracts';

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

export type AlertEvent = { type: 'raised'; alert: AlertView } | { type: 'acknowledged'; id: string };

/** Most severe first; within a severity, the newest first. */
export function compareAlerts(a: AlertView, b: AlertView): number {
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s;
  const t = Date.parse(b.raisedAt) - Date.parse(a.raisedAt);
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortAlerts(alerts: readonly AlertView[]): AlertView[] {
  return alerts.filter((a) => !a.acknowledgedAt).sort(compareAlerts);
}

/** Only unacknowledged alerts stay on the panel; a repeated event replaces, never duplicates. */
export function applyAlertEvent(alerts: AlertView[], event: AlertEvent): AlertView[] {
  if (event.type === 'acknowledged') return alerts.filter((a) => a.id !== event.id);
  return sortAlerts([...alerts.filter((a) => a.id !== event.alert.id), event.alert]);
}
