import { CASE_WORKERS, EXTEND_DETENTION_PATH, extendDetentionSchema } from '@amhp/contracts';
import type { AssessmentView, ExtendDetention } from '@amhp/contracts';
import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../../identity/access/access-policy';
import { assessmentIdSchema } from '../dto/assessment-request.schema';
import { ChangesAssessment } from '../dto/route-docs';
import { CommandRefusedFilter } from '../store/command-refused.exception';
import { AssessmentViewService } from '../view/assessment-view.service';
import { DetentionExtensionService } from './detention-extension.service';

/** POST /api/assessments/:id/commands/extend-detention: the s136B extension, beside the lifecycle commands. */
@ApiTags('assessment commands')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class DetentionExtensionController {
  constructor(
    private readonly extensions: DetentionExtensionService,
    private readonly views: AssessmentViewService,
  ) {}

  @Post(`:id/commands/${EXTEND_DETENTION_PATH}`)
  @HttpCode(200)
  @ChangesAssessment(
    'Extend the s136 or s135(1) detention (s136B)',
    'Once, by up to 12 hours, authorised before the 24 hours expire by the doctor responsible for the examination, only because the person’s condition makes it impracticable to complete the assessment (never for a bed or for professionals); at a police station a superintendent must also approve (s136B(3)). Refused with 422 quoting s136B.',
  )
  async extend(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: extendDetentionSchema }) body: ExtendDetention): Promise<AssessmentView> {
    await this.extensions.extend(id, body);
    return this.views.get(id);
  }
}
