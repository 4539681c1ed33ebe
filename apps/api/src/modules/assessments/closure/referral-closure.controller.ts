import { closeReferralSchema } from '@amhp/contracts';
import type { CloseReferral, ReferralView } from '@amhp/contracts';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { validationErrorSchema } from '../../../infra/http/openapi-schemas';
import { Allow } from '../../identity/access/access-policy';
import { referralIdSchema } from '../../referrals/dto/referral-request.schema';
import { referralViewSchema } from '../../referrals/dto/referral-view.schema';
import { ReferralClosureService } from './referral-closure.service';

/** The referral's close route lives beside the assessments because closing a referral withdraws its open assessment. */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralClosureController {
  constructor(private readonly closure: ReferralClosureService) {}

  @Post(':id/close')
  @Allow('amhp', 'edt_worker')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a referral: an open assessment is withdrawn with the same reason, its clocks end and its timers stop' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The closed referral', standardSchema: referralViewSchema })
  @ApiBadRequestResponse({ description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema })
  @ApiNotFoundResponse({ description: 'No referral with this id' })
  @ApiConflictResponse({ description: 'Someone changed or closed the referral (or its assessment) since it was read; nothing changed' })
  close(@Param('id', { schema: referralIdSchema }) id: string, @Body({ schema: closeReferralSchema }) body: CloseReferral): Promise<ReferralView> {
    return this.closure.close(id, body);
  }
}
