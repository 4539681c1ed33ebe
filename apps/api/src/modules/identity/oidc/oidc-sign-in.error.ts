/** Why an OIDC sign-in failed, as the sign-in page explains it (?error=...). */
export class OidcSignInError extends Error {
  constructor(readonly code: 'disabled' | 'expired' | 'provider' | 'no-role' | 'account-conflict' | 'account-disabled') {
    super(`OIDC sign-in failed: ${code}`);
  }
}
