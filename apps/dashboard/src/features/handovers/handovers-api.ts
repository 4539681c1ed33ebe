import type { CreateHandoverNoteInput, HandoverDraftView, HandoverNoteView, HandoverSummaryView, HandoverView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** The handover endpoints (apps/api/src/modules/handovers). Acknowledging twice answers 409. */
const one = (id: string) => `/api/handovers/${encodeURIComponent(id)}`;

export const fetchHandovers = (signal?: AbortSignal) => apiRequest<HandoverSummaryView[]>('/api/handovers?limit=50', { signal });
export const fetchHandover = (id: string, signal?: AbortSignal) => apiRequest<HandoverView>(one(id), { signal });
export const fetchUpcomingHandover = (signal?: AbortSignal) => apiRequest<HandoverDraftView>('/api/handovers/upcoming', { signal });
export const acknowledgeHandover = (id: string) => apiRequest<unknown>(`${one(id)}/acknowledge`, { method: 'POST' });
export const createHandoverNote = (body: CreateHandoverNoteInput) => apiRequest<HandoverNoteView | undefined>('/api/handover-notes', { method: 'POST', body });
