import { allocationQuerySchema, CASE_READERS } from '@amhp/contracts';
import type { AllocationQuery, AllocationSuggestionView, MyCasesView } from '@amhp/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { assessmentIdSchema } from '../assessments/dto/assessment-request.schema';
import { Allow } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { caseReaderBoardRowListSchema } from '../referrals/dto/referral-view.schema';
import { AllocationService } from './allocation.service';
import { allocationSuggestionViewSchema } from './dto/allocation-view.schema';
import { MyCasesService } from './my-cases.service';

/** Who should take a case, and each AMHP's own cases. Allocating itself is the allocate_amhp command. */
@ApiTags('allocation')
@Controller()
@Allow(...CASE_READERS)
export class AllocationController {
  constructor(
    private readonly allocation: AllocationService,
    private readonly myCases: MyCasesService,
  ) {}

  @Get('assessments/:id/allocation')
  @ApiOperation({
    summary:
      'The on-duty AMHPs of the team responsible (day team in hours, EDT out of hours), ranked: available first, then fewest open cases, then most duty left; ' +
      'AMHPs without approval in force (s114), off duty or unavailable are listed as excluded with the reasons',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: allocationSuggestionViewSchema })
  @ApiBadRequestResponse({ description: 'A malformed id or `at`, named', standardSchema: validationErrorSchema })
  @ApiNotFoundResponse({ description: 'No assessment with this id' })
  @ApiConflictResponse({ description: 'No day team has been set up yet' })
  suggestion(@Param('id', { schema: assessmentIdSchema }) id: string, @Query({ schema: allocationQuerySchema }) query: AllocationQuery): Promise<AllocationSuggestionView> {
    return this.allocation.forAssessment(id, query.at ? new Date(query.at) : new Date());
  }

  @Get('my-cases')
  @ApiOperation({ summary: 'The open cases allocated to the signed-in user’s AMHP record, as board rows in the board’s order (the read is audited)' })
  @ApiOkResponse({
    standardSchema: z.object({ amhp: z.object({ id: z.uuid(), name: z.string() }).nullable(), cases: caseReaderBoardRowListSchema }).meta({ id: 'MyCasesView' }),
  })
  mine(@CurrentAuth() auth: ResolvedSession): Promise<MyCasesView> {
    return this.myCases.of(auth.user);
  }
}
