import type { Role } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../user.entity';
import { RoleGrantsService } from '../role-grants/role-grants.service';
import { auditedUser } from '../users/user-view';
import { OidcSignInError } from './oidc-sign-in.error';

/**
 * The user behind an OIDC sign-in, found by (issuer, subject): created on first sign-in, and
 * brought up to date (name, email, roles from groups) on each later one. The provider is the
 * source of truth for these accounts' roles. A local account with the same email is never
 * taken over: that sign-in is refused.
 */
@Injectable()
export class OidcProvisioner {
  constructor(
    private readonly audit: AuditService,
    private readonly roleGrants: RoleGrantsService,
  ) {}

  async provision(manager: EntityManager, issuer: string, subject: string, claims: Record<string, unknown>, roles: Role[]): Promise<UserEntity> {
    const email = emailOf(claims, issuer, subject);
    const displayName = nameOf(claims, email);
    const existing = await manager.findOne(UserEntity, { where: { oidcIssuer: issuer, oidcSubject: subject }, lock: { mode: 'pessimistic_write' } });
    if (!existing) {
      if (await manager.existsBy(UserEntity, { email })) throw new OidcSignInError('account-conflict');
      const user = await manager.save(
        manager.create(UserEntity, { email, displayName, roles, authSource: 'oidc', passwordHash: null, oidcIssuer: issuer, oidcSubject: subject, lastSignInAt: new Date() }),
      );
      await this.audit.record(manager, { action: 'user.provision', entityType: 'user', entityId: user.id, after: auditedUser(user) });
      await this.roleGrants.recordIfGranted(manager, { user, before: [], after: roles, source: 'identity_provider' });
      return user;
    }
    if (existing.disabledAt) throw new OidcSignInError('account-disabled');
    const before = auditedUser(existing);
    const rolesBefore = [...existing.roles];
    const changed = existing.displayName !== displayName || existing.email !== email || existing.roles.join() !== roles.join();
    if (changed && existing.email !== email && (await manager.existsBy(UserEntity, { email }))) throw new OidcSignInError('account-conflict');
    Object.assign(existing, { displayName, email, roles, lastSignInAt: new Date(), updatedAt: new Date() });
    const saved = await manager.save(existing);
    if (changed) await this.audit.record(manager, { action: 'user.update-from-provider', entityType: 'user', entityId: saved.id, before, after: auditedUser(saved) });
    await this.roleGrants.recordIfGranted(manager, { user: saved, before: rolesBefore, after: roles, source: 'identity_provider' });
    return saved;
  }
}

function emailOf(claims: Record<string, unknown>, issuer: string, subject: string): string {
  for (const claim of ['email', 'preferred_username', 'upn']) {
    const value = claims[claim];
    if (typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return value.trim().toLowerCase();
  }
  // No email from the provider: a stable, unique stand-in (the column is the sign-in name).
  const digest = createHash('sha256').update(`${issuer} ${subject}`).digest('hex').slice(0, 16);
  return `oidc-${digest}@${new URL(issuer).hostname}`;
}

function nameOf(claims: Record<string, unknown>, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : `${given} ${family}`.trim();
  return (name || email).slice(0, 120);
}
