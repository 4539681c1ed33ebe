import type { CreateUser, Role, UserView } from '@amhp/contracts';
import { apiRequest } from '../../lib/api-client';

const user = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const fetchUsers = (signal?: AbortSignal) => apiRequest<UserView[]>('/api/users', { signal });
export const createUser = (body: CreateUser) => apiRequest<UserView>('/api/users', { method: 'POST', body });
export const updateRoles = (id: string, roles: Role[]) => apiRequest<UserView>(user(id), { method: 'PATCH', body: { roles } });
export const disableUser = (id: string) => apiRequest<UserView>(`${user(id)}/disable`, { method: 'POST' });
export const enableUser = (id: string) => apiRequest<UserView>(`${user(id)}/enable`, { method: 'POST' });
export const unlockUser = (id: string) => apiRequest<UserView>(`${user(id)}/unlock`, { method: 'POST' });
export const resetPassword = (id: string, password: string) => apiRequest<UserView>(`${user(id)}/password`, { method: 'POST', body: { password } });
