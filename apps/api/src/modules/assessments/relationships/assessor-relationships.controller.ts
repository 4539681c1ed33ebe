import { ASSESSOR_RELATIONSHIPS_PATH, CASE_WORKERS, recordAssessorRelationshipsSchema } from '@amhp/contracts';
import type { AssessmentView, RecordAssessorRelationships } from '@amhp/contracts';
import { Body, Controller, Param, Put, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../../identity/access/access-policy';
import { assessmentIdSchema } from '../dto/assessment-request.schema';
import { ChangesAssessment } from '../dto/route-docs';
import { CommandRefusedFilter } from '../store/command-refused.exception';
import { AssessmentViewService } from '../view/assessment-view.service';
import { AssessorRelationshipsService } from './assessor-relationships.service';

/** PUT /api/assessments/:id/assessor-relationships: who line-manages, employs or is related to whom among the assessors. */
@ApiTags('assessments')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class AssessorRelationshipsController {
  constructor(
    private readonly relationships: AssessorRelationshipsService,
    private readonly views: AssessmentViewService,
  ) {}

  @Put(`:id/${ASSESSOR_RELATIONSHIPS_PATH}`)
  @ChangesAssessment(
    'Record the relationships between the AMHP and the doctors (Conflicts of Interest Regulations 2008)',
    'Replaces the list. Line management and employment (either direction), relatives and business ventures are conflicts that bar the application (s11(1A)) or recommendation (s12(3)); all three assessors in one team is a conflict the urgent-case exception can lift; the same employer is recorded but is not in itself a conflict. The view shows each with its finding; the application check applies them.',
  )
  async record(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: recordAssessorRelationshipsSchema }) body: RecordAssessorRelationships): Promise<AssessmentView> {
    await this.relationships.record(id, body);
    return this.views.get(id);
  }
}
