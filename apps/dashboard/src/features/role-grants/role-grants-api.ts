import type { RoleGrantView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

/** Clinical roles granted to accounts (service leads): unreviewed first, then the latest reviewed. */
export function fetchRoleGrants(signal?: AbortSignal): Promise<RoleGrantView[]> {
  return apiRequest<RoleGrantView[]>('/api/role-grants', { signal });
}

export function reviewRoleGrant(id: string): Promise<RoleGrantView> {
  return apiRequest<RoleGrantView>(`/api/role-grants/${encodeURIComponent(id)}/review`, { method: 'POST' });
}
