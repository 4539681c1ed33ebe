import { CloseReferral, CreateReferralInput, ReferralView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

export function fetchOpenReferrals(signal?: AbortSignal): Promise<ReferralView[]> {
  return apiRequest<ReferralView[]>('/api/referrals', { signal });
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
