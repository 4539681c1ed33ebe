import { createReferralSchema } from '@amhp/contracts';
import type { BoardRow, CreateReferral, ReferralView } from '@amhp/contracts';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { BoardRowsService } from './board/board-rows.service';
import { referralIdSchema } from './dto/referral-request.schema';
import { boardRowListSchema, referralViewSchema } from './dto/referral-view.schema';
import { ReferralsService } from './referrals.service';
import { Idempotent } from '../../infra/idempotency/idempotent.decorator';

const refused = { description: 'Invalid input: every bad field is named; nothing is saved', standardSchema: validationErrorSchema };

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly boardRows: BoardRowsService,
  ) {}

  @Post()
  @Idempotent()
  @Allow('amhp', 'edt_worker')
  @ApiOperation({ summary: 'Record a referral for a Mental Health Act assessment' })
  @ApiCreatedResponse({ description: 'The referral as recorded', standardSchema: referralViewSchema })
  @ApiBadRequestResponse(refused)
  create(@Body({ schema: createReferralSchema }) body: CreateReferral): Promise<ReferralView> {
    return this.referrals.create(body);
  }

  @Get()
  @Allow('amhp', 'edt_worker', 'service_lead', 'read_only')
  @ApiOperation({
    summary: 'The board: open referrals, most urgent legal deadline first, then urgency, then the longest waiting',
    description:
      'One row per referral. Case readers’ rows carry the person’s name, age, where they are and the source; read_only’s carry none of these ' +
      'unless READ_ONLY_BOARD_DETAILS allows some. The read is recorded in the audit trail (one entry naming every referral listed).',
  })
  @ApiOkResponse({ standardSchema: boardRowListSchema })
  list(@CurrentAuth() auth: ResolvedSession): Promise<BoardRow[]> {
    return this.boardRows.board(auth.user.roles);
  }

  @Get(':id')
  @Allow('amhp', 'edt_worker', 'service_lead')
  @ApiOperation({ summary: 'One referral (the read is recorded in the audit trail)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ standardSchema: referralViewSchema })
  @ApiBadRequestResponse(refused)
  @ApiNotFoundResponse({ description: 'No referral with this id' })
  get(@Param('id', { schema: referralIdSchema }) id: string): Promise<ReferralView> {
    return this.referrals.read(id);
  }
}
