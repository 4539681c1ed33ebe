import type { AuditPage, AuditQueryInput } from '@amhp/contracts';
import { endOfLondonDay, startOfLondonDay } from '@amhp/domain';
import { apiRequest } from '../../lib/api-client';

export interface AuditFilters {
  person: string;
  userId: string;
  action: string;
  /** London calendar days, YYYY-MM-DD (the whole day is included). */
  fromDay: string;
  toDay: string;
}

export const NO_FILTERS: AuditFilters = { person: '', userId: '', action: '', fromDay: '', toDay: '' };

/** The query string of a search: London days become UTC instants covering them. */
export function auditQuery(filters: AuditFilters, extra: Partial<AuditQueryInput> = {}): string {
  const query: Record<string, string> = {};
  if (filters.person.trim()) query.person = filters.person.trim();
  if (filters.userId) query.userId = filters.userId;
  if (filters.action.trim()) query.action = filters.action.trim();
  if (filters.fromDay) query.from = startOfLondonDay(filters.fromDay).toISOString();
  if (filters.toDay) query.to = new Date(endOfLondonDay(filters.toDay).getTime() - 1).toISOString();
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) query[key] = String(value);
  return new URLSearchParams(query).toString();
}

export function searchAudit(filters: AuditFilters, before?: string, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(`/api/audit/events?${auditQuery(filters, { before, limit: 100 })}`, { signal });
}

export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/audit/events.csv?${auditQuery(filters)}`;
}

export function fetchDirectory(signal?: AbortSignal): Promise<{ id: string; displayName: string; email: string }[]> {
  return apiRequest('/api/users/directory', { signal });
}
