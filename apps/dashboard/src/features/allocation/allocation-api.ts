import type { AllocationSuggestionView, MyCasesView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** Who should take the case: the on-duty AMHPs of the team responsible now, ranked with reasons. */
export const fetchAllocation = (assessmentId: string, signal?: AbortSignal) =>
  apiRequest<AllocationSuggestionView>(`/api/assessments/${encodeURIComponent(assessmentId)}/allocation`, { signal });

/** The signed-in AMHP's open allocated cases. */
export const fetchMyCases = (signal?: AbortSignal) => apiRequest<MyCasesView>('/api/my-cases', { signal });
