import type { Role } from '@amhp/contracts';

/** The groups in a claim: an array of strings, or one string of space- or comma-separated names. */
export function groupsFromClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** The roles the council's groups grant (OIDC_ROLE_MAP); no matching group, no roles. */
export function rolesForGroups(groups: readonly string[], roleMap: Record<string, Role[]>): Role[] {
  const roles = new Set<Role>();
  for (const group of groups) for (const role of roleMap[group] ?? []) roles.add(role);
  return [...roles].sort();
}
