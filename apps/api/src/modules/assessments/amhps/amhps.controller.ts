import { CAPABILITIES, CASE_READERS, amhpAvailabilitySchema, approvalAlertsQuerySchema, createAmhpSchema, createTrainingEntrySchema, updateAmhpSchema } from '@amhp/contracts';
import type {
  AmhpRegisterView,
  AmhpTrainingView,
  ApprovalAlertsQuery,
  ApprovalAlertView,
  CreateAmhp,
  CreateTrainingEntry,
  UpdateAmhp,
  UpdateAmhpAvailability,
} from '@amhp/contracts';
import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { CurrentAuth } from '../../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../../identity/sessions/sessions.service';
import { amhpViewSchema } from '../dto/assessment-view.schema';
import { AmhpRegisterService } from './amhp-register.service';
import { AmhpsService } from './amhps.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const refused = { description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema };
const amhpId = z.uuid({ error: 'AMHP id must be a UUID' });
const callerOf = (auth: ResolvedSession) => ({ userId: auth.user.id, roles: auth.user.roles });

@ApiTags('amhps')
@Controller('amhps')
export class AmhpsController {
  constructor(
    private readonly amhps: AmhpsService,
    private readonly register: AmhpRegisterService,
  ) {}

  @Post()
  @Idempotent()
  // The AMHP register is the service lead's (approvals are the council's decision, s114).
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Record an AMHP and their approval (s114): first and last day, at most five years' })
  @ApiCreatedResponse({ standardSchema: amhpViewSchema })
  @ApiBadRequestResponse(refused)
  create(@Body({ schema: createAmhpSchema }) body: CreateAmhp): Promise<AmhpRegisterView> {
    return this.amhps.create(body);
  }

  @Get()
  @Allow(...CASE_READERS, 'administrator')
  @ApiOperation({ summary: 'The AMHP register: approval state today, team, linked account, availability, training this approval year' })
  @ApiOkResponse({ description: 'AmhpRegisterView[] (libs/contracts/src/rota/amhp-register.schema.ts)' })
  list(): Promise<AmhpRegisterView[]> {
    return this.amhps.list();
  }

  @Get('approval-alerts')
  @Allow(...CAPABILITIES['rota.view'])
  @ApiOperation({ summary: 'Approvals expiring within ?days= (default 90) or lapsed, soonest first' })
  @ApiBadRequestResponse(refused)
  approvalAlerts(@Query({ schema: approvalAlertsQuerySchema }) query: ApprovalAlertsQuery): Promise<ApprovalAlertView[]> {
    return this.register.approvalAlerts(query.days);
  }

  @Put('me/availability')
  @Allow('amhp', 'edt_worker')
  @ApiOperation({ summary: 'The signed-in AMHP sets whether they are available to take work' })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'The account is not linked to an AMHP' })
  setMyAvailability(@Body({ schema: amhpAvailabilitySchema }) body: UpdateAmhpAvailability, @CurrentAuth() auth: ResolvedSession): Promise<AmhpRegisterView> {
    return this.register.setMyAvailability(auth.user.id, body.availability);
  }

  @Patch(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Renew or correct the warrant (at most five years, s114), suspend, set the team or the linked account' })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No AMHP with this id' })
  update(@Param('id', { schema: amhpId }) id: string, @Body({ schema: updateAmhpSchema }) body: UpdateAmhp): Promise<AmhpRegisterView> {
    return this.register.update(id, body);
  }

  @Get(':id/training')
  @Allow('amhp', 'edt_worker', ...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Training logged, by approval year, against the yearly requirement (rota managers, or the AMHP themself)' })
  @ApiForbiddenResponse({ description: 'Another AMHP’s training' })
  @ApiNotFoundResponse({ description: 'No AMHP with this id' })
  training(@Param('id', { schema: amhpId }) id: string, @CurrentAuth() auth: ResolvedSession): Promise<AmhpTrainingView> {
    return this.register.training(id, callerOf(auth));
  }

  @Post(':id/training')
  @Idempotent()
  @Allow('amhp', 'edt_worker', ...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Log training hours (rota managers, or the AMHP themself)' })
  @ApiBadRequestResponse(refused)
  @ApiForbiddenResponse({ description: 'Another AMHP’s training' })
  @ApiNotFoundResponse({ description: 'No AMHP with this id' })
  addTraining(@Param('id', { schema: amhpId }) id: string, @Body({ schema: createTrainingEntrySchema }) body: CreateTrainingEntry, @CurrentAuth() auth: ResolvedSession): Promise<AmhpTrainingView> {
    return this.register.addTraining(id, body, callerOf(auth));
  }
}
