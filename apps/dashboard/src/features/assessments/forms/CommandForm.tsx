import { AssessmentCommandType } from '@amhp/domain';
import { useCase } from '../case-context';
import { ConfirmForm, ConveyanceForm, IdentifyBedForm, TimedForm, WithdrawForm } from './AdmissionForms';
import { AllocateForm, ArrangeForm, CommandFormProps, ScreenForm } from './IntakeForms';
import { ApplicationForm, NotCompletedForm, SimpleOutcomeForm } from './OutcomeForms';

/** The form for one command of the lifecycle (libs/domain assessment-commands.ts). */
export function CommandForm({ command, ...props }: CommandFormProps & { command: AssessmentCommandType }) {
  const { assessment } = useCase();
  switch (command) {
    case 'screen_referral':
      return <ScreenForm id={assessment.id} {...props} />;
    case 'allocate_amhp':
      return <AllocateForm id={assessment.id} {...props} />;
    case 'arrange_assessment':
      return <ArrangeForm id={assessment.id} {...props} />;
    case 'start_assessment':
    case 'seek_bed':
    case 'close':
      return <ConfirmForm command={command} {...props} />;
    case 'make_application':
      return <ApplicationForm {...props} />;
    case 'record_informal_admission':
    case 'record_community_alternative':
    case 'record_no_further_action':
      return <SimpleOutcomeForm command={command} {...props} />;
    case 'record_not_completed':
      return <NotCompletedForm {...props} />;
    case 'identify_bed':
      return <IdentifyBedForm {...props} />;
    case 'arrange_conveyance':
      return <ConveyanceForm {...props} />;
    case 'admit':
    case 'send_written_reasons_to_nearest_relative':
      return <TimedForm command={command} {...props} />;
    case 'withdraw':
      return <WithdrawForm {...props} />;
  }
}
