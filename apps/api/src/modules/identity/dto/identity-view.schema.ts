import { AuthConfigView, ROLES, SessionView, UserView } from '@amhp/contracts';
import { z } from 'zod';
import { Equals, assertType } from '../../../infra/http/type-equality';

const instant = z.iso.datetime({ offset: true });

const sessionUserShape = {
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  authSource: z.enum(['local', 'oidc']),
};

/** Identity views (contracts) as schemas for the OpenAPI document; checked against the contracts. */
export const sessionViewSchema = z
  .object({
    user: z.object(sessionUserShape),
    csrfToken: z.string().describe('Send back as x-csrf-token on POST, PUT, PATCH and DELETE'),
    expiresAt: instant,
    idleMinutes: z.number().int(),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'SessionView' });
assertType<Equals<z.infer<typeof sessionViewSchema>, SessionView>>(true);

export const userViewSchema = z
  .object({
    ...sessionUserShape,
    disabled: z.boolean(),
    lockedUntil: instant.nullable(),
    failedSignIns: z.number().int(),
    lastSignInAt: instant.nullable(),
    mustChangePassword: z.boolean(),
    createdAt: instant,
  })
  .meta({ id: 'UserView' });
assertType<Equals<z.infer<typeof userViewSchema>, UserView>>(true);

export const authConfigSchema = z
  .object({
    local: z.boolean(),
    oidc: z.union([z.object({ enabled: z.literal(false) }), z.object({ enabled: z.literal(true), label: z.string(), startUrl: z.string() })]),
  })
  .meta({ id: 'AuthConfigView' });
assertType<Equals<z.infer<typeof authConfigSchema>, AuthConfigView>>(true);

export const userIdSchema = z.uuid({ error: 'User id must be a UUID' });
