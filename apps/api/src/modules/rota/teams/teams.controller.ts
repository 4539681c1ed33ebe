import { CAPABILITIES, createTeamSchema, updateTeamSchema } from '@amhp/contracts';
import type { CreateTeam, TeamView, UpdateTeam } from '@amhp/contracts';
import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { TeamsService } from './teams.service';
import { Idempotent } from '../../../infra/idempotency/idempotent.decorator';

const refused = { description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema };
const teamId = z.string().trim().min(1).max(40);

@ApiTags('rota')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Allow(...CAPABILITIES['rota.view'])
  @ApiOperation({ summary: 'Every team (day teams and EDTs) with its hours and cover rules' })
  list(): Promise<TeamView[]> {
    return this.teams.list();
  }

  @Post()
  @Idempotent()
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Create a day team (with its EDT) or an EDT' })
  @ApiBadRequestResponse(refused)
  @ApiConflictResponse({ description: 'A team with this id already exists' })
  create(@Body({ schema: createTeamSchema }) body: CreateTeam): Promise<TeamView> {
    return this.teams.create(body);
  }

  @Put(':id')
  @Allow(...CAPABILITIES['rota.manage'])
  @ApiOperation({ summary: 'Change a team’s configuration (send the version you saw)' })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No team with this id' })
  @ApiConflictResponse({ description: 'Someone changed the team since `version` was read; nothing changed' })
  update(@Param('id', { schema: teamId }) id: string, @Body({ schema: updateTeamSchema }) body: UpdateTeam): Promise<TeamView> {
    return this.teams.update(id, body);
  }
}
