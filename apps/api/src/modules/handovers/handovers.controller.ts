import { CASE_READERS, CASE_WORKERS, handoverListQuerySchema, upcomingHandoverQuerySchema } from '@amhp/contracts';
import type { HandoverDraftView, HandoverListQuery, HandoverSummaryView, HandoverView, UpcomingHandoverQuery } from '@amhp/contracts';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { handoverDraftSchema, handoverListSchema, handoverViewSchema } from './dto/handover-view.schema';
import { HandoverAckService } from './handover-ack.service';
import { HandoversQueryService } from './handovers-query.service';

const handoverIdSchema = z.uuid({ error: 'Handover id must be a UUID' });
const refused = { description: 'Invalid input: every bad field is named', standardSchema: validationErrorSchema };

/** Handovers between day teams and EDT (issue 5): kept, read later, acknowledged by the incoming team. */
@ApiTags('handovers')
@Controller('handovers')
export class HandoversController {
  constructor(
    private readonly handovers: HandoversQueryService,
    private readonly acks: HandoverAckService,
  ) {}

  @Get()
  @Allow(...CASE_READERS)
  @ApiOperation({ summary: 'Handovers, the newest boundary first (no personal details; `before` pages back)' })
  @ApiOkResponse({ standardSchema: handoverListSchema })
  @ApiBadRequestResponse(refused)
  list(@Query({ schema: handoverListQuerySchema }) query: HandoverListQuery): Promise<HandoverSummaryView[]> {
    return this.handovers.list(query);
  }

  @Get('upcoming')
  @Allow(...CASE_READERS)
  @ApiOperation({
    summary: 'What the day team would hand over at its next boundary if it were now (not stored)',
    description: 'The team: `team`, else the signed-in AMHP’s day team (or the first day team their EDT covers), else the first day team. The read is audited.',
  })
  @ApiOkResponse({ standardSchema: handoverDraftSchema })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No such day team, or none set up' })
  upcoming(@Query({ schema: upcomingHandoverQuerySchema }) query: UpcomingHandoverQuery, @CurrentAuth() auth: ResolvedSession): Promise<HandoverDraftView> {
    return this.handovers.upcoming(query.team, auth.user.id);
  }

  @Get(':id')
  @Allow(...CASE_READERS)
  @ApiOperation({ summary: 'One handover with the cases as they were handed over (the read is audited)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: handoverViewSchema })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No handover with this id' })
  get(@Param('id', { schema: handoverIdSchema }) id: string, @CurrentAuth() auth: ResolvedSession): Promise<HandoverView> {
    return this.handovers.get(id, { userId: auth.user.id, roles: auth.user.roles });
  }

  @Post(':id/acknowledge')
  @Allow(...CASE_WORKERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'The incoming team acknowledges the handover (once)',
    description:
      'Only the incoming side: an EDT worker when day duty ends, a duty AMHP when it starts, or an AMHP whose team is the incoming one. ' +
      'Acknowledges the handover’s overdue alert too, if it was raised.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The handover, acknowledged', standardSchema: handoverViewSchema })
  @ApiBadRequestResponse(refused)
  @ApiForbiddenResponse({ description: 'Not on the incoming side' })
  @ApiNotFoundResponse({ description: 'No handover with this id' })
  @ApiConflictResponse({ description: 'Already acknowledged (by whom and when is in the message); nothing changed' })
  acknowledge(@Param('id', { schema: handoverIdSchema }) id: string, @CurrentAuth() auth: ResolvedSession): Promise<HandoverView> {
    return this.acks.acknowledge(id, { id: auth.user.id, displayName: auth.user.displayName, roles: auth.user.roles });
  }
}
