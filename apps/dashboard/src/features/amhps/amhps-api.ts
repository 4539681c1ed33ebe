import type { AmhpAvailability, AmhpRegisterView, AmhpTrainingView, CreateTrainingEntryInput, TrainingEntryView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** The AMHP register (apps/api/src/modules/assessments/amhps): warrants, training, availability. */
const one = (id: string) => `/api/amhps/${encodeURIComponent(id)}`;

export const fetchRegister = (signal?: AbortSignal) => apiRequest<AmhpRegisterView[]>('/api/amhps', { signal });
export const fetchTraining = (id: string, signal?: AbortSignal) => apiRequest<AmhpTrainingView>(`${one(id)}/training`, { signal });
export const addTraining = (id: string, body: CreateTrainingEntryInput) => apiRequest<TrainingEntryView>(`${one(id)}/training`, { method: 'POST', body });
export const setMyAvailability = (availability: AmhpAvailability) =>
  apiRequest<AmhpRegisterView | undefined>('/api/amhps/me/availability', { method: 'PUT', body: { availability } });
