import type { AlertView } from '@amhp/contracts';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { alertListSchema, alertViewSchema } from './dto/alert-view.schema';
import { AlertsService } from './alerts.service';

const alertIdSchema = z.uuid({ error: 'Alert id must be a UUID' });

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Allow('amhp', 'edt_worker', 'service_lead', 'read_only')
  @ApiOperation({ summary: 'Unacknowledged alerts, most severe first, then the newest' })
  @ApiOkResponse({ standardSchema: alertListSchema })
  list(): Promise<AlertView[]> {
    return this.alerts.listUnacknowledged();
  }

  @Post(':id/acknowledge')
  @Allow('amhp', 'edt_worker')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an alert (it leaves the board)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: alertViewSchema })
  @ApiBadRequestResponse({ description: 'Malformed id', standardSchema: validationErrorSchema })
  @ApiNotFoundResponse({ description: 'No alert with this id' })
  acknowledge(@Param('id', { schema: alertIdSchema }) id: string): Promise<AlertView> {
    return this.alerts.acknowledge(id);
  }
}
