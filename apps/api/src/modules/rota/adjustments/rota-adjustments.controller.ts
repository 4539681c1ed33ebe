import { CAPABILITIES, createRotaAdjustmentSchema, rotaRangeQuerySchema } from '@amhp/contracts';
import type { CreateRotaAdjustment, RotaAdjustmentView, RotaRangeQuery } from '@amhp/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { RotaAdjustmentsService } from './rota-adjustments.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const adjustmentId = z.uuid({ error: 'Change id must be a UUID' });

@ApiTags('rota')
@Controller('rota/adjustments')
export class RotaAdjustmentsController {
  constructor(private readonly adjustments: RotaAdjustmentsService) {}

  @Get()
  @Allow(...CAPABILITIES['rota.view'])
  @ApiOperation({ summary: 'One-off changes touching the London dates from..to, in the order made' })
  @ApiBadRequestResponse({ description: 'A malformed filter, named', standardSchema: validationErrorSchema })
  list(@Query({ schema: rotaRangeQuerySchema }) query: RotaRangeQuery): Promise<RotaAdjustmentView[]> {
    return this.adjustments.list(query.from, query.to);
  }

  @Post()
  @Idempotent()
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Replace the AMHP of a shift, cancel a shift, add a shift (e.g. over a gap), or swap two AMHPs’ shifts' })
  @ApiBadRequestResponse({
    description: 'Invalid input, every bad field named; an AMHP without approval in force (s114), away, or already on duty; nothing is saved',
    standardSchema: validationErrorSchema,
  })
  @ApiConflictResponse({ description: 'The shift changed since the manager looked (expectedAmhpId, or a swap side no longer held)' })
  create(@Body({ schema: createRotaAdjustmentSchema }) body: CreateRotaAdjustment): Promise<RotaAdjustmentView> {
    return this.adjustments.create(body);
  }

  @Delete(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @HttpCode(204)
  @ApiOperation({ summary: 'Undo a one-off change' })
  @ApiNotFoundResponse({ description: 'No change with this id' })
  remove(@Param('id', { schema: adjustmentId }) id: string): Promise<void> {
    return this.adjustments.remove(id);
  }
}
