import { TimelineEventType } from '@amhp/contracts';
import { ASSESSMENT_STAGE_CODES, ASSESSMENT_STAGES, AssessmentStage } from '@amhp/domain';
import { useCase } from './case-context';

/** The stage each lifecycle event moves the case to, to tell the stages reached from those skipped. */
const REACHES: Partial<Record<TimelineEventType, AssessmentStage>> = {
  referral_screened: 'screened',
  amhp_allocated: 'amhp_allocated',
  assessment_arranged: 'assessment_arranged',
  assessment_started: 'assessment_under_way',
  application_made: 'outcome_recorded',
  informal_admission_agreed: 'outcome_recorded',
  community_alternative_arranged: 'outcome_recorded',
  no_further_action_decided: 'outcome_recorded',
  assessment_not_completed: 'outcome_recorded',
  bed_sought: 'bed_sought',
  bed_identified: 'bed_identified',
  conveyance_arranged: 'conveyance_arranged',
  person_admitted: 'admitted',
  assessment_closed: 'closed',
  assessment_withdrawn: 'closed',
};

/** The lifecycle as a row of steps: reached (✓), current, still to come, or passed by. */
export function StageProgress() {
  const { assessment } = useCase();
  const reached = new Set<AssessmentStage>(['referral_received', assessment.stage]);
  for (const e of assessment.timeline) {
    const stage = REACHES[e.type];
    if (stage) reached.add(stage);
  }
  const currentIndex = ASSESSMENT_STAGE_CODES.indexOf(assessment.stage);
  return (
    <div className="stage-progress">
      <ol aria-label="Stages of the assessment">
        {ASSESSMENT_STAGE_CODES.map((stage, i) => {
          const state = stage === assessment.stage ? 'current' : reached.has(stage) ? 'done' : i < currentIndex ? 'skipped' : 'todo';
          return (
            <li key={stage} className={`stage-progress__step stage-progress__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="stage-progress__mark" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'current' ? '●' : state === 'skipped' ? '–' : i + 1}
              </span>
              <span className="stage-progress__label">
                {ASSESSMENT_STAGES[stage]}
                {state === 'done' && <span className="visually-hidden"> (done)</span>}
                {state === 'skipped' && <span className="visually-hidden"> (not needed)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
