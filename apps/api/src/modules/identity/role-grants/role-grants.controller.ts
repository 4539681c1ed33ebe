import { CAPABILITIES } from '@amhp/contracts';
import type { RoleGrantView } from '@amhp/contracts';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy';
import { CurrentAuth } from '../access/current-auth.decorator';
import { ResolvedSession } from '../sessions/sessions.service';
import { RoleGrantsService } from './role-grants.service';

const roleGrantIdSchema = z.uuid({ error: 'Role grant id must be a UUID' });
const role = z.enum(['amhp', 'edt_worker', 'service_lead', 'administrator', 'read_only']);
const roleGrantViewSchema = z
  .object({
    id: z.uuid(),
    user: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }),
    grantedRoles: z.array(role),
    rolesBefore: z.array(role),
    rolesAfter: z.array(role),
    source: z.enum(['administrator', 'identity_provider']),
    grantedBy: z.object({ id: z.uuid().nullable(), displayName: z.string() }).nullable(),
    grantedAt: z.iso.datetime({ offset: true }),
    reviewedAt: z.iso.datetime({ offset: true }).nullable(),
    reviewedBy: z.string().nullable(),
  })
  .meta({ id: 'RoleGrantView' });

/** Service leads see every grant of a clinical role to an account, and mark each reviewed. */
@ApiTags('users')
@Controller('role-grants')
@Allow(...CAPABILITIES['role-grants.review'])
export class RoleGrantsController {
  constructor(private readonly grants: RoleGrantsService) {}

  @Get()
  @ApiOperation({ summary: 'Clinical roles granted to accounts: those not yet reviewed (oldest first), then the latest reviewed' })
  @ApiOkResponse({ standardSchema: z.array(roleGrantViewSchema) })
  list(): Promise<RoleGrantView[]> {
    return this.grants.list();
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a grant reviewed by the signed-in service lead (audited)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: roleGrantViewSchema })
  @ApiNotFoundResponse()
  review(@Param('id', { schema: roleGrantIdSchema }) id: string, @CurrentAuth() auth: ResolvedSession): Promise<RoleGrantView> {
    return this.grants.review(id, auth.user);
  }
}
