import { AssessmentView } from '@amhp/contracts';
import { useRef } from 'react';
import { ageInYears, londonDate } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { Link } from '../../lib/router';
import { useCan } from '../identity/session-context';
import { AllocationPanel } from '../allocation/AllocationPanel';
import { ActionsPanel } from './ActionsPanel';
import { ApplicationChecks } from './ApplicationChecks';
import { CaseClocks } from './CaseClocks';
import { CaseProvider, useCase } from './case-context';
import { CaseFacts } from './CaseFacts';
import { CaseNoticeBanner } from './CaseNoticeBanner';
import { NearestRelativeSection } from './NearestRelativeSection';
import { PersonCard } from './PersonCard';
import { RecommendationsSection } from './RecommendationsSection';
import { RelationshipsSection } from './RelationshipsSection';
import { StageBadge } from './StageBadge';
import { StageProgress } from './StageProgress';
import { Timeline } from './Timeline';
import { AssessmentState, useAssessment } from './use-assessment';
import './case-page.css';
import './case-actions.css';

/** /assessments/:id — one case: the person, the stage, the clocks, what can be done next and why not, and the record. */
export function CasePage({ id }: { id: string }) {
  const state = useAssessment(id);
  if (!state.assessment) {
    return (
      <section className="page" aria-labelledby="page-heading">
        <div className="page__head">
          <h1 id="page-heading" tabIndex={-1}>
            {state.notFound ? 'Assessment not found' : 'Assessment'}
          </h1>
          <Link to="/" className="button">
            Back to board
          </Link>
        </div>
        {state.loading ? <p className="muted">Loading…</p> : <p className="notice notice--error">{state.error}</p>}
      </section>
    );
  }
  return (
    <CaseProvider state={state as AssessmentState & { assessment: AssessmentView }}>
      <Case state={state} />
    </CaseProvider>
  );
}

function Case({ state }: { state: AssessmentState }) {
  const { assessment: a, notice } = useCase();
  const now = useNow();
  const notices = useRef<HTMLDivElement>(null);
  // The API enforces who may act (AMHPs and EDT workers); a service lead reads the case without the buttons.
  const canAct = useCan('case.act');
  const open = a.closedAt === null && a.stage !== 'closed';
  const changedElsewhere = state.changedElsewhereAt !== null && now - state.changedElsewhereAt < 60_000;
  // Issue 5: who should take the case, whenever the stage allows (re)allocation.
  const allocatable = open && a.allowedCommands.some((c) => c.command === 'allocate_amhp' && c.allowed);

  return (
    <section className="case-page" aria-labelledby="page-heading" data-testid="case-page" data-assessment-id={a.id} data-version={a.version}>
      <header className="case-head">
        <h1 id="page-heading" tabIndex={-1}>
          <span className="mono case-head__ref">{a.referral.reference}</span> {a.referral.person.familyName}, {a.referral.person.givenName}{' '}
          <span className="case-head__age">{ageInYears(a.referral.person.dateOfBirth, londonDate(now))} y</span>
        </h1>
        <p className="case-head__stage">
          <span className="visually-hidden">Stage: </span>
          <StageBadge stage={a.stage} testId="case-stage" />
        </p>
        <Link to="/" className="button button--small case-head__back">
          Back to board
        </Link>
      </header>
      <StageProgress />
      {state.error && <p className="notice notice--error">Could not refresh the case: {state.error}. Showing what was last loaded.</p>}
      <CaseNoticeBanner ref={notices} notice={notice} changedElsewhere={changedElsewhere} />
      <div className="case-layout">
        <div className="case-layout__main">
          {allocatable && <AllocationPanel canAct={canAct} />}
          {open && canAct && <ActionsPanel onDone={() => notices.current?.focus()} />}
          {open && !canAct && <p className="notice">You can read this case; AMHPs and EDT workers act on it.</p>}
          <CaseFacts canRecord={open && canAct} />
          <RecommendationsSection canRecord={open && canAct} />
          <RelationshipsSection canRecord={open && canAct} />
          <NearestRelativeSection canRecord={open && canAct} />
          <ApplicationChecks />
        </div>
        <div className="case-layout__side">
          <CaseClocks canRecord={open && canAct} />
          <PersonCard />
          <Timeline />
        </div>
      </div>
    </section>
  );
}
