import { CAPABILITIES, rotaGapsQuerySchema, rotaQuerySchema } from '@amhp/contracts';
import type { OnDutyView, RotaGapsQuery, RotaGapsView, RotaQuery, RotaView } from '@amhp/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { CurrentAuth } from '../identity/access/current-auth.decorator';
import type { ResolvedSession } from '../identity/sessions/sessions.service';
import { rotaFor } from './view/absence-reasons';
import { RotaViewService } from './view/rota-view.service';

const refused = { description: 'Invalid input: every bad field is named', standardSchema: validationErrorSchema };

@ApiTags('rota')
@Allow(...CAPABILITIES['rota.view'])
@Controller('rota')
export class RotaController {
  constructor(private readonly views: RotaViewService) {}

  @Get()
  @ApiOperation({
    summary: 'The rota over London dates (default this week, at most 100 days): shifts, gaps, problems, bank holidays, AMHPs',
    description: 'A shift vacated by sickness says so to rota managers only; other readers see the reason as other.',
  })
  @ApiOkResponse({ description: 'RotaView (libs/contracts/src/rota/rota.view.ts)' })
  @ApiBadRequestResponse(refused)
  async view(@Query({ schema: rotaQuerySchema }) query: RotaQuery, @CurrentAuth() auth: ResolvedSession): Promise<RotaView> {
    return rotaFor(auth.user.roles, await this.views.view(query));
  }

  @Get('gaps')
  @ApiOperation({ summary: 'Gaps and under-cover from now over the next weeks (default 8): the rota manager’s warning' })
  @ApiOkResponse({ description: 'RotaGapsView' })
  @ApiBadRequestResponse(refused)
  gaps(@Query({ schema: rotaGapsQuerySchema }) query: RotaGapsQuery): Promise<RotaGapsView> {
    return this.views.gaps(query.weeks);
  }

  @Get('on-duty')
  @ApiOperation({ summary: 'Who is on duty now in each team, and who is next' })
  @ApiOkResponse({ description: 'OnDutyView' })
  onDuty(): Promise<OnDutyView> {
    return this.views.onDuty();
  }
}
