import { AllowedCommandView } from '@amhp/contracts';
import { AssessmentCommandType, AssessmentStage } from '@amhp/domain';
import { useState } from 'react';
import { useCase } from './case-context';
import { CommandForm } from './forms/CommandForm';
import { stageLabel } from './StageBadge';

/** The next step on the usual path from each stage: the first of these that is allowed is the primary button. */
const NEXT: Record<AssessmentStage, AssessmentCommandType[]> = {
  referral_received: ['screen_referral'],
  screened: ['allocate_amhp', 'close'],
  amhp_allocated: ['arrange_assessment'],
  assessment_arranged: ['start_assessment'],
  assessment_under_way: ['make_application'],
  outcome_recorded: ['seek_bed', 'send_written_reasons_to_nearest_relative', 'close'],
  bed_sought: ['identify_bed'],
  bed_identified: ['arrange_conveyance', 'admit'],
  conveyance_arranged: ['admit'],
  admitted: ['close'],
  closed: [],
};

const SHORT_STAGE_REASON = /^"[^"]+" is not allowed while the assessment is at stage "[^"]+" \(allowed at: (.+)\)\.$/;
const SHORT_CONDITION = /^"[^"]+" is not allowed at stage "[^"]+": (.+)\.$/;

/**
 * The domain's reason names the command and the stage; beside the button, under a heading that
 * names the stage, the rest is enough: "Only at: Outcome recorded, Bed identified".
 */
export function shortReason(c: AllowedCommandView): string {
  const reason = c.reason ?? '';
  const stages = SHORT_STAGE_REASON.exec(reason);
  if (stages) return `Only at: ${stages[1]}`;
  const condition = SHORT_CONDITION.exec(reason);
  if (condition) return condition[1].charAt(0).toUpperCase() + condition[1].slice(1);
  return reason;
}

/**
 * Every command with whether the stage allows it (allowedCommands from the API). Allowed ones
 * are buttons that open their form; the others stay in view, marked unavailable, each with the
 * reason that names the stage. They use aria-disabled rather than disabled so that keyboard
 * and screen reader users can reach them and hear why.
 */
export function ActionsPanel({ onDone }: { onDone: () => void }) {
  const { assessment, clearNotice } = useCase();
  const [open, setOpen] = useState<AssessmentCommandType | null>(null);
  const primary = NEXT[assessment.stage].find((p) => assessment.allowedCommands.some((c) => c.command === p && c.allowed));
  // The next step first, withdrawal last.
  const rank = (c: AllowedCommandView) => (c.command === primary ? 0 : c.command === 'withdraw' ? 2 : 1);
  const allowed = assessment.allowedCommands.filter((c) => c.allowed).sort((a, b) => rank(a) - rank(b));
  const unavailable = assessment.allowedCommands.filter((c) => !c.allowed);
  // A command that stopped being allowed (someone else moved the case on) closes its form.
  const current = open && allowed.some((c) => c.command === open) ? open : null;

  return (
    <section className="case-card actions" aria-labelledby="actions-heading" data-testid="actions">
      <h2 id="actions-heading">Next actions</h2>
      {allowed.length === 0 && <p className="muted">No action is available at this stage.</p>}
      <div className="actions__allowed">
        {allowed.map((c) => (
          <button
            key={c.command}
            type="button"
            data-testid={`action-${c.command}`}
            data-allowed="true"
            aria-expanded={current === c.command}
            className={`button ${c.command === 'withdraw' ? 'button--danger-outline' : c.command === primary ? 'button--primary' : ''}`}
            onClick={() => {
              clearNotice();
              setOpen(current === c.command ? null : c.command);
            }}
          >
            {c.label}
          </button>
        ))}
      </div>
      {current && (
        <div className="actions__form">
          <CommandForm
            key={current}
            command={current}
            onCancel={() => setOpen(null)}
            onDone={() => {
              setOpen(null);
              onDone();
            }}
          />
        </div>
      )}
      {unavailable.length > 0 && (
        <details className="actions__unavailable" open>
          <summary>
            Not available at stage “{stageLabel(assessment.stage)}” ({unavailable.length})
          </summary>
          <ul>
            {unavailable.map((c) => (
              <li key={c.command}>
                <button type="button" className="button button--small" data-testid={`action-${c.command}`} data-allowed="false" aria-disabled="true" aria-describedby={`why-${c.command}`}>
                  {c.label}
                </button>
                <span id={`why-${c.command}`} className="actions__reason" data-testid="action-reason" title={c.reason}>
                  <span className="visually-hidden">{c.reason}</span>
                  <span aria-hidden="true">{shortReason(c)}</span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
