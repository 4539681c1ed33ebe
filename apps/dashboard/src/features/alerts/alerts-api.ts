import { AlertView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

export function fetchOpenAlerts(signal?: AbortSignal): Promise<AlertView[]> {
  return apiRequest<AlertView[]>('/api/alerts', { signal });
}

export function acknowledgeAlert(id: string): Promise<unknown> {
  return apiRequest<unknown>(`/api/alerts/${encodeURIComponent(id)}/acknowledge`, { method: 'POST' });
}
