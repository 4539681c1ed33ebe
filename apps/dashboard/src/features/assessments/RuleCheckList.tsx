import { RuleCheckView, RuleViolationView } from '@amhp/contracts';

/** A rule broken, section first: how AMHPs and the forms cite the Act. */
export function ViolationItem({ violation }: { violation: RuleViolationView }) {
  return (
    <li className="rule rule--broken" data-testid="rule-violation" data-section={violation.section} data-rule={violation.rule}>
      <span className="rule__section">{violation.section}</span>
      <span className="rule__message">{violation.message}</span>
    </li>
  );
}

/**
 * The result of a legal check: every rule broken with its section, then the departures the
 * law allows with the reason recorded. Words first ("Meets the rules checked", "2 rules not
 * met"), colour second.
 */
export function RuleCheckList({ check, testId = 'rule-check' }: { check: RuleCheckView; testId?: string }) {
  return (
    <div className={`rule-check rule-check--${check.lawful ? 'ok' : 'broken'}`} data-testid={testId} data-lawful={String(check.lawful)}>
      <p className="rule-check__verdict">
        {check.lawful ? (
          <>
            <span aria-hidden="true">✓ </span>Meets the rules checked
          </>
        ) : (
          <>
            <span aria-hidden="true">✗ </span>
            {check.violations.length === 1 ? '1 rule not met' : `${check.violations.length} rules not met`}
          </>
        )}
      </p>
      {check.violations.length > 0 && (
        <ul className="rule-list">
          {check.violations.map((v, i) => (
            <ViolationItem key={`${v.rule}-${i}`} violation={v} />
          ))}
        </ul>
      )}
      {check.exceptions.length > 0 && (
        <ul className="rule-list">
          {check.exceptions.map((x, i) => (
            <li key={`${x.rule}-${i}`} className="rule rule--exception" data-testid="rule-exception" data-section={x.section}>
              <span className="rule__section">{x.section}</span>
              <span className="rule__message">Allowed with the reason recorded: {x.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
