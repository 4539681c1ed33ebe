import { ASSESSMENT_STAGES, AssessmentStage } from '@amhp/domain';
import './stage.css';

/** Groups of stages share a colour; the words always say which stage it is. */
const STAGE_GROUP: Record<AssessmentStage, 'intake' | 'assessing' | 'outcome' | 'admission' | 'done'> = {
  referral_received: 'intake',
  screened: 'intake',
  amhp_allocated: 'assessing',
  assessment_arranged: 'assessing',
  assessment_under_way: 'assessing',
  outcome_recorded: 'outcome',
  bed_sought: 'admission',
  bed_identified: 'admission',
  conveyance_arranged: 'admission',
  admitted: 'done',
  closed: 'done',
};

export function stageLabel(stage: AssessmentStage): string {
  return ASSESSMENT_STAGES[stage];
}

export function StageBadge({ stage, testId }: { stage: AssessmentStage; testId?: string }) {
  return (
    <span className={`stage stage--${STAGE_GROUP[stage]}`} data-stage={stage} data-testid={testId}>
      {ASSESSMENT_STAGES[stage]}
    </span>
  );
}
