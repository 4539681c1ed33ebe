import { CASE_READERS, CASE_WORKERS, recordAmhpSeenPersonSchema, recordExaminationSchema, recordRecommendationSchema } from '@amhp/contracts';
import type { AssessmentView, RecordAmhpSeenPerson, RecordExamination, RecordRecommendation } from '@amhp/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { AuditService } from '../audit/audit.service';
import { Allow } from '../identity/access/access-policy';
import { AmhpSeenPersonService } from './amhps/amhp-seen-person.service';
import { assessmentIdSchema, examinationIdSchema } from './dto/assessment-request.schema';
import { assessmentViewSchema } from './dto/assessment-view.schema';
import { ChangesAssessment } from './dto/route-docs';
import { ExaminationsService } from './examinations/examinations.service';
import { CommandRefusedFilter } from './store/command-refused.exception';
import { AssessmentViewService } from './view/assessment-view.service';
import { Idempotent } from '../../infra/idempotency/idempotent.decorator';

/** The case page's assessment, and the records an application is assembled from. */
@ApiTags('assessments')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class AssessmentsController {
  constructor(
    private readonly views: AssessmentViewService,
    private readonly examinations: ExaminationsService,
    private readonly amhpSeen: AmhpSeenPersonService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id')
  @Allow(...CASE_READERS)
  @ApiOperation({
    summary: 'One assessment: stage, allowed commands (with why not), clocks, examinations and recommendations with their checks, nearest relative, outcome, timeline',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: assessmentViewSchema })
  @ApiBadRequestResponse({ description: 'The id is not a UUID', standardSchema: validationErrorSchema })
  @ApiNotFoundResponse({ description: 'No assessment with this id' })
  async get(@Param('id', { schema: assessmentIdSchema }) id: string): Promise<AssessmentView> {
    const view = await this.views.get(id);
    // Opening the case is a read of the person's details: audited (issue 4).
    await this.audit.recordNow({ action: 'assessment.read', entityType: 'assessment', entityId: id, subjectReferralId: view.referral.id });
    return view;
  }

  @Post(':id/examinations')
  @Idempotent()
  @HttpCode(200)
  @ChangesAssessment('Record a doctor’s examination of the person and, if they recommend admission, their medical recommendation')
  async recordExamination(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: recordExaminationSchema }) body: RecordExamination): Promise<AssessmentView> {
    await this.examinations.record(id, body);
    return this.views.get(id);
  }

  @Post(':id/examinations/:examinationId/recommendation')
  @Idempotent()
  @HttpCode(200)
  @ChangesAssessment('Record the medical recommendation a doctor signed after their examination')
  @ApiParam({ name: 'examinationId', format: 'uuid' })
  async recordRecommendation(
    @Param('id', { schema: assessmentIdSchema }) id: string,
    @Param('examinationId', { schema: examinationIdSchema }) examinationId: string,
    @Body({ schema: recordRecommendationSchema }) body: RecordRecommendation,
  ): Promise<AssessmentView> {
    await this.examinations.recordRecommendation(id, examinationId, body);
    return this.views.get(id);
  }

  @Post(':id/amhp-seen-person')
  @Idempotent()
  @HttpCode(200)
  @ChangesAssessment('Record when the allocated AMHP personally saw the person (s11(5); s4(5) for an emergency application)')
  async recordAmhpSeenPerson(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: recordAmhpSeenPersonSchema }) body: RecordAmhpSeenPerson): Promise<AssessmentView> {
    await this.amhpSeen.record(id, body);
    return this.views.get(id);
  }
}
