import { CAPABILITIES, createRotaPatternSchema, deleteRotaPatternQuerySchema, updateRotaPatternSchema } from '@amhp/contracts';
import type { CreateRotaPattern, DeleteRotaPatternQuery, RotaPatternView, UpdateRotaPattern } from '@amhp/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { RotaPatternsService } from './rota-patterns.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const refused = { description: 'Invalid input: every bad field is named; nothing is saved (an AMHP without approval in force: s114)', standardSchema: validationErrorSchema };
const stale = { description: 'Someone changed the pattern since `version` was read; nothing changed' };
const patternId = z.uuid({ error: 'Pattern id must be a UUID' });
const teamFilter = z.object({ team: z.string().trim().max(40).optional() });

@ApiTags('rota')
@Controller('rota/patterns')
export class RotaPatternsController {
  constructor(private readonly patterns: RotaPatternsService) {}

  @Get()
  @Allow(...CAPABILITIES['rota.view'])
  @ApiOperation({ summary: 'Repeating rota patterns (all teams, or ?team=)' })
  list(@Query({ schema: teamFilter }) query: z.output<typeof teamFilter>): Promise<RotaPatternView[]> {
    return this.patterns.list(query.team || undefined);
  }

  @Post()
  @Idempotent()
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Create a repeating pattern: a weekly (or daily) cycle of AMHPs for a team’s day duty or EDT cover' })
  @ApiBadRequestResponse(refused)
  create(@Body({ schema: createRotaPatternSchema }) body: CreateRotaPattern): Promise<RotaPatternView> {
    return this.patterns.create(body);
  }

  @Put(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Replace a pattern (send the version you saw)' })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No pattern with this id' })
  @ApiConflictResponse(stale)
  update(@Param('id', { schema: patternId }) id: string, @Body({ schema: updateRotaPatternSchema }) body: UpdateRotaPattern): Promise<RotaPatternView> {
    return this.patterns.update(id, body);
  }

  @Delete(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a pattern (?version= the version you saw)' })
  @ApiNotFoundResponse({ description: 'No pattern with this id' })
  @ApiConflictResponse(stale)
  remove(@Param('id', { schema: patternId }) id: string, @Query({ schema: deleteRotaPatternQuerySchema }) query: DeleteRotaPatternQuery): Promise<void> {
    return this.patterns.remove(id, query.version);
  }
}
