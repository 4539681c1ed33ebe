import { COMMON_BASE_WORDS, COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; short enough that hashing it costs nothing unusual. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The password policy (NCSC / NIST SP 800-63B style): length over complexity, no well-known
 * passwords, nothing built from the account's own name. Returns the reasons it fails, worded
 * for the person choosing it; an empty list means the password is acceptable.
 */
export function passwordProblems(password: string, account: { email: string; displayName?: string }): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`Password must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`Password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  const base = lower.replace(/[^a-z]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_BASE_WORDS.has(base) || /^(.)\1+$/.test(lower)) {
    problems.push('Password is too common: choose one that is not a well-known password (three unrelated words work well)');
  }
  const names = accountNames(account);
  if (names.some((name) => lower.includes(name))) problems.push('Password must not contain your username or name');
  return problems;
}

/** The username (the email's local part), the whole email and the name's longer parts. */
function accountNames({ email, displayName }: { email: string; displayName?: string }): string[] {
  const lowerEmail = email.trim().toLowerCase();
  const local = lowerEmail.split('@')[0] ?? '';
  const parts = [lowerEmail, local, ...local.split(/[._+-]/), ...(displayName ?? '').toLowerCase().split(/\s+/)];
  // Very short fragments ("jo", "a") would refuse half of all passwords for no gain.
  return [...new Set(parts.filter((p) => p.length >= 3))];
}
