import { APPLICATION_SECTION_LABELS, APPLICATION_SECTIONS } from '@amhp/domain';
import { formatLondonFull } from '../../lib/london-time';
import { useCase } from './case-context';
import { Fact } from './NearestRelativeSection';
import { RuleCheckList } from './RuleCheckList';

/**
 * The application: once made, what it was and the exceptions recorded; before that, what an
 * application under each section would meet as things are recorded now (checkApplication on
 * the API), so the AMHP sees what is missing before applying.
 */
export function ApplicationChecks() {
  const { assessment } = useCase();
  const outcome = assessment.outcome;
  const made = outcome?.kind === 'application' ? outcome.application : null;
  const checks = assessment.applicationChecks;

  return (
    <section className="case-card" aria-labelledby="application-heading" data-testid="application">
      <h2 id="application-heading">Application</h2>
      {made ? (
        <>
          <dl className="facts">
            <Fact term="Made">
              <strong data-testid="application-section">{APPLICATION_SECTION_LABELS[made.section]}</strong>, {formatLondonFull(made.madeAt)}
            </Fact>
            {made.hospital && <Fact term="Addressed to">{made.hospital}</Fact>}
            {made.noPreviousAcquaintanceReason && <Fact term="No previous acquaintance">{made.noPreviousAcquaintanceReason}</Fact>}
            {made.urgentNecessityStatement && <Fact term="Urgent necessity (s4(2))">{made.urgentNecessityStatement}</Fact>}
          </dl>
          <RuleCheckList check={{ lawful: true, violations: [], exceptions: made.exceptions }} testId="application-check" />
        </>
      ) : checks ? (
        <div className="application-checks">
          <p className="small muted">What an application would meet as recorded now. The API checks again when it is made, and refuses one that breaks a rule.</p>
          {APPLICATION_SECTIONS.map((s) => (
            <div key={s} className="subcheck" data-testid="application-precheck" data-section={s}>
              <h3>{APPLICATION_SECTION_LABELS[s]}</h3>
              <RuleCheckList check={checks[s]} />
            </div>
          ))}
        </div>
      ) : (
        <p className="muted">Checked once an AMHP is allocated.</p>
      )}
    </section>
  );
}
