import { CASE_READERS, createAmhpSchema } from '@amhp/contracts';
import type { AmhpView, CreateAmhp } from '@amhp/contracts';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { amhpViewSchema } from '../dto/assessment-view.schema';
import { AmhpsService } from './amhps.service';

@ApiTags('amhps')
@Controller('amhps')
export class AmhpsController {
  constructor(private readonly amhps: AmhpsService) {}

  @Post()
  // The AMHP register is the service lead's (approvals are the council's decision, s114).
  @Allow('service_lead', 'administrator')
  @ApiOperation({ summary: 'Record an AMHP and their approval (s114): first and last day' })
  @ApiCreatedResponse({ standardSchema: amhpViewSchema })
  @ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  create(@Body({ schema: createAmhpSchema }) body: CreateAmhp): Promise<AmhpView> {
    return this.amhps.create(body);
  }

  @Get()
  @Allow(...CASE_READERS)
  @ApiOperation({ summary: 'Every AMHP, with whether their approval is current today' })
  @ApiOkResponse({ standardSchema: z.array(amhpViewSchema) })
  list(): Promise<AmhpView[]> {
    return this.amhps.list();
  }
}
