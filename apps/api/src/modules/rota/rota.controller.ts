import { CAPABILITIES, rotaGapsQuerySchema, rotaQuerySchema } from '@amhp/contracts';
import type { OnDutyView, RotaGapsQuery, RotaGapsView, RotaQuery, RotaView } from '@amhp/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { validationErrorSchema } from '../../infra/http/openapi-schemas';
import { Allow } from '../identity/access/access-policy';
import { RotaViewService } from './view/rota-view.service';

const refused = { description: 'Invalid input: every bad field is named', standardSchema: validationErrorSchema };

@ApiTags('rota')
@Allow(...CAPABILITIES['rota.view'])
@Controller('rota')
export class RotaController {
  constructor(private readonly views: RotaViewService) {}

  @Get()
  @ApiOperation({ summary: 'The rota over London dates (default this week, at most 100 days): shifts, gaps, problems, bank holidays, AMHPs' })
  @ApiOkResponse({ description: 'RotaView (libs/contracts/src/rota/rota.view.ts)' })
  @ApiBadRequestResponse(refused)
  view(@Query({ schema: rotaQuerySchema }) query: RotaQuery): Promise<RotaView> {
    return this.views.view(query);
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
