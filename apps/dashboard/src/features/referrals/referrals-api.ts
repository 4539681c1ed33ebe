import { assessmentCommandUrl, AssessmentView, BoardRow, CloseReferral, CreateReferralInput, ReferralView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** The board: every open referral as a row carrying what this role may see (the read is audited). */
export function fetchBoard(signal?: AbortSignal): Promise<BoardRow[]> {
  return apiRequest<BoardRow[]>('/api/referrals', { signal });
}

export function fetchReferral(id: string, signal?: AbortSignal): Promise<ReferralView> {
  return apiRequest<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`, { signal });
}

/** Refused with ValidationFailedError (400) naming every bad field. */
export function createReferral(input: CreateReferralInput): Promise<ReferralView> {
  return apiRequest<ReferralView>('/api/referrals', { method: 'POST', body: input });
}

/** Refused with ConflictError (409) when `version` is no longer the referral's current version. */
export function closeReferral(id: string, body: CloseReferral): Promise<ReferralView | undefined> {
  return apiRequest<ReferralView | undefined>(`/api/referrals/${encodeURIComponent(id)}/close`, { method: 'POST', body });
}

/** GET /api/assessments/:id: only its `version` is needed here, to withdraw it. */
export function fetchAssessmentForClose(id: string): Promise<AssessmentView> {
  return apiRequest<AssessmentView>(`/api/assessments/${encodeURIComponent(id)}`);
}

/**
 * Withdraws a referral's assessment, which closes the referral too on the server (closing only
 * the referral would leave its assessment open). Refused with ConflictError (409) on a stale `version`.
 */
export function withdrawAssessment(assessmentId: string, body: { reason: string; version: number }): Promise<AssessmentView | undefined> {
  return apiRequest<AssessmentView | undefined>(assessmentCommandUrl(encodeURIComponent(assessmentId), 'withdraw'), { method: 'POST', body });
}
