import { CASE_WORKERS, createHandoverNoteSchema } from '@amhp/contracts';
import type { CreateHandoverNote, HandoverNoteView } from '@amhp/contracts';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { handoverNoteViewSchema } from './dto/handover-view.schema';
import { HandoverNotesService } from './handover-notes.service';
import { Idempotent } from '../../infra/idempotency/idempotent.decorator';

@ApiTags('handovers')
@Controller('handover-notes')
export class HandoverNotesController {
  constructor(private readonly notes: HandoverNotesService) {}

  @Post()
  @Idempotent()
  @Allow(...CASE_WORKERS)
  @ApiOperation({ summary: 'A note on an open case for the next handover (kept; the team’s next handover carries it)' })
  @ApiCreatedResponse({ description: 'The note as kept', standardSchema: handoverNoteViewSchema })
  @ApiBadRequestResponse({ description: 'Invalid input (an unknown or closed referral, an empty note): every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  create(@Body({ schema: createHandoverNoteSchema }) body: CreateHandoverNote, @CurrentAuth() auth: ResolvedSession): Promise<HandoverNoteView> {
    return this.notes.create(body, { id: auth.user.id, displayName: auth.user.displayName });
  }
}
