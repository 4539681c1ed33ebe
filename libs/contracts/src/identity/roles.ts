/**
 * Who may do what in AMHP Hub. The API enforces it (every route and socket event carries a
 * policy); the dashboard uses the same table only to leave out what a role may not do.
 */
export const ROLES = ['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  amhp: 'AMHP',
  edt_worker: 'EDT worker',
  service_lead: 'Service lead',
  administrator: 'Administrator',
  read_only: 'Read only',
};

/** AMHPs and EDT workers see and act on cases. */
export const CASE_WORKERS = ['amhp', 'edt_worker'] as const satisfies readonly Role[];
/** Who may open a case record (a person's details): case workers and service leads. */
export const CASE_READERS = ['amhp', 'edt_worker', 'service_lead'] as const satisfies readonly Role[];
/**
 * The clinical roles: those that open case records (a person's details). Granting one to an
 * account is recorded apart and shown to the service lead, and nobody may change their own roles.
 */
export const CLINICAL_ROLES: readonly Role[] = CASE_READERS;

/** The clinical roles an account gains going from `before` to `after`, in the order of ROLES. */
export function clinicalRolesGranted(before: readonly Role[], after: readonly Role[]): Role[] {
  return ROLES.filter((r) => CLINICAL_ROLES.includes(r) && after.includes(r) && !before.includes(r));
}

/** Who sees the live board (and its alerts): case readers and the read-only role. */
export const BOARD_VIEWERS = ['amhp', 'edt_worker', 'service_lead', 'read_only'] as const satisfies readonly Role[];

/**
 * What a role can do, by name. Administrators manage users (and the rota) but do not browse
 * case records unless they also hold a clinical role; read_only sees the board only.
 */
export const CAPABILITIES = {
  'board.view': BOARD_VIEWERS,
  'case.read': CASE_READERS,
  'case.act': CASE_WORKERS,
  'alert.acknowledge': CASE_WORKERS,
  'statistics.view': ['service_lead'],
  'audit.view': ['service_lead'],
  /** Service leads review every grant of a clinical role to an account. */
  'role-grants.review': ['service_lead'],
  'users.manage': ['administrator'],
  /** Rota managers build the rota: service leads and administrators. */
  'rota.manage': ['service_lead', 'administrator'],
  /** Who reads the rota: the board's viewers and the rota managers. */
  'rota.view': [...BOARD_VIEWERS, 'administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(roles: readonly Role[], capability: Capability): boolean {
  const allowed: readonly Role[] = CAPABILITIES[capability];
  return roles.some((role) => allowed.includes(role));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
