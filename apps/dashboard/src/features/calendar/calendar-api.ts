import type { CalendarLinkView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** The signed-in user's secret calendar link: only POST returns the URLs (the token is stored hashed). */
export const fetchCalendarLink = (signal?: AbortSignal) => apiRequest<CalendarLinkView>('/api/calendar-link', { signal });
export const createCalendarLink = () => apiRequest<CalendarLinkView>('/api/calendar-link', { method: 'POST' });
export const revokeCalendarLink = () => apiRequest<unknown>('/api/calendar-link', { method: 'DELETE' });
