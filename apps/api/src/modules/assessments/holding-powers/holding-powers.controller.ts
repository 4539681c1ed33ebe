import { CASE_WORKERS, END_HOLDING_POWER_PATH, endHoldingPowerSchema, RECORD_S5_2_REPORT_PATH, recordS5_2ReportSchema } from '@amhp/contracts';
import type { AssessmentView, EndHoldingPower, RecordS5_2Report } from '@amhp/contracts';
import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../../identity/access/access-policy';
import { assessmentIdSchema } from '../dto/assessment-request.schema';
import { ChangesAssessment } from '../dto/route-docs';
import { CommandRefusedFilter } from '../store/command-refused.exception';
import { AssessmentViewService } from '../view/assessment-view.service';
import { HoldingPowersService } from './holding-powers.service';

/** The s5(4) → s5(2) sequence on a case, beside the lifecycle commands. */
@ApiTags('assessment commands')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class HoldingPowersController {
  constructor(
    private readonly holdingPowers: HoldingPowersService,
    private readonly views: AssessmentViewService,
  ) {}

  @Post(`:id/commands/${RECORD_S5_2_REPORT_PATH}`)
  @HttpCode(200)
  @ChangesAssessment(
    'Record the doctor’s or approved clinician’s report under s5(2)',
    'For an informal in-patient, often after a nurse’s s5(4): the s5(4) clock ends and the 72 hours run from the s5(4) record when the report follows it (s5(5)). Refused with 422 quoting s5(2) for someone who is not an in-patient, a second report, or a report before the s5(4) record.',
  )
  async report(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: recordS5_2ReportSchema }) body: RecordS5_2Report): Promise<AssessmentView> {
    await this.holdingPowers.recordS5_2Report(id, body);
    return this.views.get(id);
  }

  @Post(`:id/commands/${END_HOLDING_POWER_PATH}`)
  @HttpCode(200)
  @ChangesAssessment('Record the end of the s5(4) or s5(2) holding power without an application', 'E.g. the doctor arrived and made no report (s5(4)), or the power is no longer needed. Its clock stops.')
  async end(@Param('id', { schema: assessmentIdSchema }) id: string, @Body({ schema: endHoldingPowerSchema }) body: EndHoldingPower): Promise<AssessmentView> {
    await this.holdingPowers.end(id, body);
    return this.views.get(id);
  }
}
