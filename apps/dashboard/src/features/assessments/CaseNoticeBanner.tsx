import { forwardRef } from 'react';
import { CaseNotice } from './case-context';
import { ViolationItem } from './RuleCheckList';

/**
 * What happened to the last write, at the top of the case where it stays in view. A refusal
 * of an application lists every rule broken with its section, as the API quoted them.
 */
export const CaseNoticeBanner = forwardRef<HTMLDivElement, { notice: CaseNotice | null; changedElsewhere: boolean }>(function CaseNoticeBanner(
  { notice, changedElsewhere },
  ref,
) {
  return (
    <div ref={ref} tabIndex={-1} className="case-notices">
      <div role="status">
        {notice?.kind === 'done' && <p className="flash">{notice.message}</p>}
        {changedElsewhere && notice?.kind !== 'conflict' && (
          <p className="notice" data-testid="changed-elsewhere">
            This case was just updated by someone else; it now shows their change.
          </p>
        )}
      </div>
      <div role="alert">
        {notice?.kind === 'conflict' && (
          <p className="notice notice--warning" data-testid="case-conflict">
            <strong>Someone else changed this case</strong> while you were working on it, so nothing was saved ({notice.what.toLowerCase()}). It has been reloaded: check
            what changed, then try again if it is still needed.
          </p>
        )}
        {notice?.kind === 'error' && (
          <p className="notice notice--error">
            {notice.what} was not saved: {notice.message}
          </p>
        )}
        {notice?.kind === 'refused' && (
          <div className="refusal" data-testid="command-refused">
            <h2 className="refusal__title">{notice.violations.length > 0 ? `${notice.what} was refused: it does not meet the Act` : `${notice.what} was refused`}</h2>
            {notice.violations.length > 0 ? (
              <ul className="rule-list">
                {notice.violations.map((v, i) => (
                  <ViolationItem key={`${v.rule}-${i}`} violation={v} />
                ))}
              </ul>
            ) : (
              <p>{notice.message}</p>
            )}
            <p className="refusal__after">Nothing was changed. Put right what is listed, or record the reason where the law allows an exception, then try again.</p>
          </div>
        )}
      </div>
    </div>
  );
});
