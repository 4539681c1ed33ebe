import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { OidcConfig } from '../../../config/identity-env';
import { safeError } from '../../../infra/logging/app-logger';
import { RedisService } from '../../../infra/redis/redis.service';
import { AuditService } from '../../audit/audit.service';
import { hashToken, sameSecret } from '../sessions/session-tokens';
import { Origin, SignedIn, SignInService } from '../sign-in/sign-in.service';
import { groupsFromClaim, rolesForGroups } from './group-roles';
import { OidcSignInError } from './oidc-sign-in.error';
import { OidcProvisioner } from './oidc-provisioner';

/** How long a browser has to come back from the provider. */
const LOGIN_TTL_SECONDS = 600;

/**
 * Sign-in with the council's OpenID Connect provider: authorization code flow with PKCE
 * (S256), state and nonce. The pending login (verifier, nonce) waits in Redis under the hash
 * of its state for ten minutes, used once; the browser is bound to it by a cookie holding the
 * state. On return, the provider's groups map to roles (OIDC_ROLE_MAP) and the user is
 * provisioned on first sign-in or updated.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered?: Promise<client.Configuration>;

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisService,
    private readonly signIns: SignInService,
    private readonly provisioner: OidcProvisioner,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get settings(): OidcConfig | null {
    return this.config.identity.oidc;
  }

  /** The provider's URL to send the browser to, and the state to bind the browser with. */
  async start(): Promise<{ url: string; state: string }> {
    const oidc = this.require();
    const configuration = await this.configuration(oidc);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    // The pending login lives in Redis: while it is away, fail at once rather than wait for reconnects.
    if (!(await this.redis.available())) throw new Error('Redis is not connected: cannot keep the pending sign-in');
    await this.redis.client.set(this.loginKey(state), JSON.stringify({ codeVerifier, nonce }), 'EX', LOGIN_TTL_SECONDS);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Completes the sign-in from the provider's redirect back to OIDC_REDIRECT_URI. */
  async finish(query: string, browserState: string | undefined, origin: Origin): Promise<SignedIn> {
    const oidc = this.require();
    const callback = new URL(oidc.redirectUri);
    callback.search = query;
    const state = callback.searchParams.get('state');
    if (!state || !browserState || !sameSecret(state, browserState)) throw new OidcSignInError('expired');
    if (!(await this.redis.available())) throw new Error('Redis is not connected: cannot find the pending sign-in');
    const pending = await this.redis.client.getdel(this.loginKey(state));
    if (!pending) throw new OidcSignInError('expired');
    const { codeVerifier, nonce } = JSON.parse(pending) as { codeVerifier: string; nonce: string };

    let claims: Record<string, unknown>;
    try {
      const configuration = await this.configuration(oidc);
      const tokens = await client.authorizationCodeGrant(configuration, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = { ...idToken };
      // Many providers put groups and profile claims in userinfo only, not in the ID token.
      if (configuration.serverMetadata().userinfo_endpoint) {
        claims = { ...claims, ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)) };
      }
    } catch (error) {
      this.logger.warn({ msg: 'OIDC code exchange failed', error: safeError(error) });
      throw new OidcSignInError('provider');
    }

    const subject = String(claims.sub);
    const roles = rolesForGroups(groupsFromClaim(claims[oidc.groupsClaim]), oidc.roleMap);
    if (!roles.length) {
      await this.audit.recordNow({ action: 'auth.sign-in-failed', entityType: 'user', entityId: null, after: { method: 'oidc', subject, reason: 'no group maps to a role' } });
      throw new OidcSignInError('no-role');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await this.provisioner.provision(manager, oidc.issuer, subject, claims, roles);
      return this.signIns.openSession(manager, user, 'oidc', origin);
    });
  }

  private require(): OidcConfig {
    const oidc = this.settings;
    if (!oidc) throw new OidcSignInError('disabled');
    return oidc;
  }

  private loginKey(state: string): string {
    return this.redis.key(`oidc-login:${hashToken(state)}`);
  }

  /** Discovery once (retried after a failure, so a provider that was down is picked up later). */
  private configuration(oidc: OidcConfig): Promise<client.Configuration> {
    this.discovered ??= this.discover(oidc).catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(oidc: OidcConfig): Promise<client.Configuration> {
    // Plain http is for a provider run on this machine in development and tests only.
    const insecure = new URL(oidc.issuer).protocol === 'http:' && this.config.nodeEnv !== 'production';
    return client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      undefined,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
  }
}
