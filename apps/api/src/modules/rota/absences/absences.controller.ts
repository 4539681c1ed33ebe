import { CAPABILITIES, createAbsenceSchema, rotaRangeQuerySchema } from '@amhp/contracts';
import type { AbsenceView, CreateAbsence, RotaRangeQuery } from '@amhp/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { CurrentAuth } from '../../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../../identity/sessions/sessions.service';
import { absencesFor } from '../view/absence-reasons';
import { AbsencesService } from './absences.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const absenceId = z.uuid({ error: 'Absence id must be a UUID' });

@ApiTags('rota')
@Controller('rota/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Get()
  @Allow(...CAPABILITIES['rota.view'])
  @ApiOperation({ summary: 'Leave, sickness and other absences overlapping the London dates from..to (sickness shows as other except to rota managers)' })
  @ApiBadRequestResponse({ description: 'A malformed filter, named', standardSchema: validationErrorSchema })
  async list(@Query({ schema: rotaRangeQuerySchema }) query: RotaRangeQuery, @CurrentAuth() auth: ResolvedSession): Promise<AbsenceView[]> {
    return absencesFor(auth.user.roles, await this.absences.list(query.from, query.to));
  }

  @Post()
  @Idempotent()
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Record leave, sickness, training or other absence: whole London days (dates) or from/to instants' })
  @ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  create(@Body({ schema: createAbsenceSchema }) body: CreateAbsence): Promise<AbsenceView> {
    return this.absences.create(body);
  }

  @Delete(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an absence' })
  @ApiNotFoundResponse({ description: 'No absence with this id' })
  remove(@Param('id', { schema: absenceId }) id: string): Promise<void> {
    return this.absences.remove(id);
  }
}
