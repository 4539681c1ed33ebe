import { createUserSchema, resetPasswordSchema, updateUserSchema } from '@amhp/contracts';
import type { CreateUser, ResetPassword, UpdateUser, UserView } from '@amhp/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../access/access-policy';
import { CurrentAuth } from '../access/current-auth.decorator';
import { userIdSchema, userViewSchema } from '../dto/identity-view.schema';
import { ResolvedSession } from '../sessions/sessions.service';
import { UsersService } from './users.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const refused = { description: 'Invalid input, every bad field named', standardSchema: validationErrorSchema };
const directorySchema = z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }));

/** Account administration: administrators only (the directory also serves service leads' audit search). */
@ApiTags('users')
@Allow('administrator')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every account, with its roles, lock and disabled state' })
  @ApiOkResponse({ standardSchema: z.array(userViewSchema) })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Get('directory')
  @Allow('administrator', 'service_lead')
  @ApiOperation({ summary: 'Names and ids only, for choosing a user (audit search)' })
  @ApiOkResponse({ standardSchema: directorySchema })
  directory(): Promise<{ id: string; displayName: string; email: string }[]> {
    return this.users.directory();
  }

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a local account; the user must change the password at first sign-in' })
  @ApiCreatedResponse({ standardSchema: userViewSchema })
  @ApiBadRequestResponse(refused)
  create(@Body({ schema: createUserSchema }) body: CreateUser): Promise<UserView> {
    return this.users.create(body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an account’s name or roles' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: userViewSchema })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'It would leave no enabled administrator' })
  update(@Param('id', { schema: userIdSchema }) id: string, @Body({ schema: updateUserSchema }) body: UpdateUser, @CurrentAuth() auth: ResolvedSession): Promise<UserView> {
    return this.users.update(id, body, auth.user.id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account: it cannot sign in and its sessions end' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: userViewSchema })
  @ApiNotFoundResponse()
  disable(@Param('id', { schema: userIdSchema }) id: string, @CurrentAuth() auth: ResolvedSession): Promise<UserView> {
    return this.users.disable(id, auth.user.id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: userViewSchema })
  @ApiNotFoundResponse()
  enable(@Param('id', { schema: userIdSchema }) id: string): Promise<UserView> {
    return this.users.enable(id);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unlock an account locked after failed sign-ins' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: userViewSchema })
  @ApiNotFoundResponse()
  unlock(@Param('id', { schema: userIdSchema }) id: string): Promise<UserView> {
    return this.users.unlock(id);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password the user must change at next sign-in; their sessions end' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: userViewSchema })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse()
  resetPassword(@Param('id', { schema: userIdSchema }) id: string, @Body({ schema: resetPasswordSchema }) body: ResetPassword): Promise<UserView> {
    return this.users.resetPassword(id, body.password);
  }
}
