import { CASE_WORKERS, recordNearestRelativeContactSchema, recordRelativesSchema } from '@amhp/contracts';
import type { AssessmentView, RecordNearestRelativeContact, RecordRelatives } from '@amhp/contracts';
import { Body, Controller, Param, Put, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { assessmentIdSchema } from '../assessments/dto/assessment-request.schema';
import { ChangesAssessment } from '../assessments/dto/route-docs';
import { CommandRefusedFilter } from '../assessments/store/command-refused.exception';
import { AssessmentViewService } from '../assessments/view/assessment-view.service';
import { Allow } from '../identity/access/access-policy';
import { NearestRelativesService } from './nearest-relatives.service';

/**
 * The nearest relative of an assessment's person. Registered by AssessmentsModule (it answers
 * with the whole assessment, which that module assembles).
 */
@ApiTags('nearest relative')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class NearestRelativesController {
  constructor(
    private readonly nearestRelatives: NearestRelativesService,
    private readonly views: AssessmentViewService,
  ) {}

  @Put(':id/nearest-relative/relatives')
  @ChangesAssessment(
    'List the relatives; the nearest relative is identified by s26 with the reason',
    'Replaces the list. Where the records cannot decide (s26(3): twins, unknown ages) name who appears to be the nearest relative by their position in the list, with the reason.',
  )
  async recordRelatives(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: recordRelativesSchema }) body: RecordRelatives): Promise<AssessmentView> {
    await this.nearestRelatives.recordRelatives(id, body);
    return this.views.get(id);
  }

  @Put(':id/nearest-relative/contact')
  @ChangesAssessment(
    'What the AMHP has done about the nearest relative: informed (s11(3)), consulted (s11(4)), objection, displaced (s29), or why not reasonably practicable',
    'Replaces the previous record of contact.',
  )
  async recordContact(
    @Param('id', { schema: assessmentIdSchema }) id: string,
    @Body({ schema: recordNearestRelativeContactSchema }) body: RecordNearestRelativeContact,
  ): Promise<AssessmentView> {
    await this.nearestRelatives.recordContact(id, body);
    return this.views.get(id);
  }
}
