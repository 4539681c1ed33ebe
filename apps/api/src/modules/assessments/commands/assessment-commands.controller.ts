import { ASSESSMENT_COMMAND_SCHEMAS as S, assessmentCommandPath, CASE_WORKERS } from '@amhp/contracts';
import type { AssessmentCommandBodies as B, AssessmentView } from '@amhp/contracts';
import { AssessmentCommandType, COMMAND_RULES } from '@amhp/domain';
import { applyDecorators, Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../../identity/access/access-policy';
import { assessmentIdSchema } from '../dto/assessment-request.schema';
import { ChangesAssessment } from '../dto/route-docs';
import { CommandRefusedFilter } from '../store/command-refused.exception';
import { AssessmentViewService } from '../view/assessment-view.service';
import { AssessmentCommandsService } from './assessment-commands.service';
import { CommandRequest } from './command-builder';

/** POST /api/assessments/:id/commands/<command>, documented with the domain's label for the command. */
function Command(type: AssessmentCommandType, description?: string) {
  return applyDecorators(Post(`:id/commands/${assessmentCommandPath(type)}`), HttpCode(200), ChangesAssessment(COMMAND_RULES[type].label, description));
}

const Id = () => Param('id', { schema: assessmentIdSchema });

/**
 * One route per lifecycle command (libs/domain AssessmentCommand). Every body carries the
 * `version` the user saw. The domain decides: a command the stage does not allow is refused
 * (422) with a reason naming the stage; an unlawful application is refused quoting each rule.
 */
@ApiTags('assessment commands')
@Controller('assessments')
@UseFilters(CommandRefusedFilter)
@Allow(...CASE_WORKERS)
export class AssessmentCommandsController {
  constructor(
    private readonly commands: AssessmentCommandsService,
    private readonly views: AssessmentViewService,
  ) {}

  private async run(id: string, request: CommandRequest): Promise<AssessmentView> {
    await this.commands.execute(id, request);
    return this.views.get(id);
  }

  @Command('screen_referral', 'Accepted for a Mental Health Act assessment, redirected to another service, or no further action; with the reason.')
  screen(@Id() id: string, @Body({ schema: S.screen_referral }) body: B['screen_referral']) {
    return this.run(id, { type: 'screen_referral', body });
  }

  @Command('allocate_amhp', 'The AMHP must be approved on the day (s114). Also used to hand over between the day team and EDT.')
  allocate(@Id() id: string, @Body({ schema: S.allocate_amhp }) body: B['allocate_amhp']) {
    return this.run(id, { type: 'allocate_amhp', body });
  }

  @Command('arrange_assessment', 'Date, time, place and the doctors.')
  arrange(@Id() id: string, @Body({ schema: S.arrange_assessment }) body: B['arrange_assessment']) {
    return this.run(id, { type: 'arrange_assessment', body });
  }

  @Command('start_assessment')
  start(@Id() id: string, @Body({ schema: S.start_assessment }) body: B['start_assessment']) {
    return this.run(id, { type: 'start_assessment', body });
  }

  @Command(
    'make_application',
    'Assembled from the records (the allocated AMHP and when they saw the person, the chosen recommendations and their doctors, the nearest relative) and checked against every rule: s114, s11(5)/s4(5), s12(1), s12(2), s2(3)/s3(3)/s4(3), s3(2)(d), s11(3), s11(4), conflicts of interest, s4(2), s6(1). Refused with 422 quoting each violated rule and its section; a justified exception needs its recorded reason.',
  )
  makeApplication(@Id() id: string, @Body({ schema: S.make_application }) body: B['make_application']) {
    return this.run(id, { type: 'make_application', body });
  }

  @Command('record_informal_admission')
  informalAdmission(@Id() id: string, @Body({ schema: S.record_informal_admission }) body: B['record_informal_admission']) {
    return this.run(id, { type: 'record_informal_admission', body });
  }

  @Command('record_community_alternative', 'With what was put in place.')
  communityAlternative(@Id() id: string, @Body({ schema: S.record_community_alternative }) body: B['record_community_alternative']) {
    return this.run(id, { type: 'record_community_alternative', body });
  }

  @Command('record_no_further_action', 'With the reasons (Code of Practice 14.104).')
  noFurtherAction(@Id() id: string, @Body({ schema: S.record_no_further_action }) body: B['record_no_further_action']) {
    return this.run(id, { type: 'record_no_further_action', body });
  }

  @Command('record_not_completed', '"Unable to complete: no bed" is reported separately.')
  notCompleted(@Id() id: string, @Body({ schema: S.record_not_completed }) body: B['record_not_completed']) {
    return this.run(id, { type: 'record_not_completed', body });
  }

  @Command('seek_bed')
  seekBed(@Id() id: string, @Body({ schema: S.seek_bed }) body: B['seek_bed']) {
    return this.run(id, { type: 'seek_bed', body });
  }

  @Command('identify_bed')
  identifyBed(@Id() id: string, @Body({ schema: S.identify_bed }) body: B['identify_bed']) {
    return this.run(id, { type: 'identify_bed', body });
  }

  @Command('arrange_conveyance')
  arrangeConveyance(@Id() id: string, @Body({ schema: S.arrange_conveyance }) body: B['arrange_conveyance']) {
    return this.run(id, { type: 'arrange_conveyance', body });
  }

  @Command('admit', 'Within the admission window after the last medical examination (s6(1)).')
  admit(@Id() id: string, @Body({ schema: S.admit }) body: B['admit']) {
    return this.run(id, { type: 'admit', body });
  }

  @Command('send_written_reasons_to_nearest_relative', 's13(4): the nearest relative asked for the assessment and no application is being made.')
  writtenReasons(@Id() id: string, @Body({ schema: S.send_written_reasons_to_nearest_relative }) body: B['send_written_reasons_to_nearest_relative']) {
    return this.run(id, { type: 'send_written_reasons_to_nearest_relative', body });
  }

  @Command('close', 'Closes the referral too: it leaves the board.')
  close(@Id() id: string, @Body({ schema: S.close }) body: B['close']) {
    return this.run(id, { type: 'close', body });
  }

  @Command('withdraw', 'At any open stage, with the reason. Closes the referral too.')
  withdraw(@Id() id: string, @Body({ schema: S.withdraw }) body: B['withdraw']) {
    return this.run(id, { type: 'withdraw', body });
  }
}
