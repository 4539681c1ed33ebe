import { CASE_WORKERS, CONVERT_S4_TO_S2_PATH, convertS4ToS2Schema } from '@amhp/contracts';
import type { AssessmentView, ConvertS4ToS2 } from '@amhp/contracts';
import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../../identity/access/access-policy';
import { assessmentIdSchema } from '../dto/assessment-request.schema';
import { ChangesAssessment } from '../dto/route-docs';
import { CommandRefusedFilter } from '../store/command-refused.exception';
import { AssessmentViewService } from '../view/assessment-view.service';
import { S4ConversionService } from './s4-conversion.service';

/** POST /api/assessments/:id/commands/convert-s4-to-s2: the s4(4) conversion, beside the lifecycle commands. */
@ApiTags('assessment commands')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class S4ConversionController {
  constructor(
    private readonly conversions: S4ConversionService,
    private readonly views: AssessmentViewService,
  ) {}

  @Post(`:id/commands/${CONVERT_S4_TO_S2_PATH}`)
  @HttpCode(200)
  @ChangesAssessment(
    'Convert the s4 emergency admission to s2 (s4(4))',
    'Records the second medical recommendation (an examination already recorded) and when the hospital managers received it. Accepted only for an s4 admission, within 72 hours of the admission, when the two recommendations together meet s12, and once; the s2 then runs 28 days from the s4 admission. Refused with 422 quoting s4(4).',
  )
  async convert(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: convertS4ToS2Schema }) body: ConvertS4ToS2): Promise<AssessmentView> {
    await this.conversions.convert(id, body);
    return this.views.get(id);
  }
}
