import { useState } from 'react';
import { useNow } from '../../lib/now-context';
import { ClockCountdown } from '../clocks/ClockCountdown';
import { sortClocks } from '../clocks/clock-presentation';
import { useCase } from './case-context';
import { ConvertS4ToS2Form } from './forms/ConvertS4ToS2Form';
import { ExtendDetentionForm } from './forms/ExtendDetentionForm';
import { EndHoldingPowerForm, S5_2ReportForm } from './forms/HoldingPowerForms';

/**
 * Every clock of the case: the running ones counting down (soonest first), ended ones after.
 * Where an s136 or s135(1) detention is running and not yet extended, the AMHP can record its
 * s136B extension; where an s4 detention is running, the second recommendation converting it to s2 (s4(4));
 * for an in-patient, the doctor's s5(2) report (after a nurse's s5(4)) and the end of either power.
 */
export function CaseClocks({ canRecord = false }: { canRecord?: boolean }) {
  const { assessment } = useCase();
  const now = useNow();
  const [extending, setExtending] = useState(false);
  const [converting, setConverting] = useState(false);
  const [holding, setHolding] = useState<null | 'report' | 's5_4' | 's5_2'>(null);
  const toggle = (next: 'report' | 's5_4' | 's5_2') => setHolding(holding === next ? null : next);
  const { holdingPowers } = assessment;
  const runningPower = (power: 's5_4' | 's5_2') => running.some((c) => c.kind === power);
  const reportable = holdingPowers.inPatient && holdingPowers.s5_2Report.allowed;
  const clocks = sortClocks(assessment.clocks);
  const running = clocks.filter((c) => c.status !== 'ended');
  const ended = clocks.filter((c) => c.status === 'ended');
  const extendable = running.some((c) => (c.kind === 's136' || c.kind === 's135_1') && c.status === 'running' && !c.extended);
  const convertible = running.some((c) => c.kind === 's4' && c.status === 'running');
  return (
    <section className="case-card" aria-labelledby="clocks-heading" data-testid="case-clocks">
      <div className="case-card__head">
        <h2 id="clocks-heading">
          Legal clocks <span className="count">{running.length}</span>
        </h2>
        {canRecord && extendable && (
          <button type="button" className="button button--small" data-testid="action-extend-detention" aria-expanded={extending} onClick={() => setExtending(!extending)}>
            Extend s136 detention (s136B)
          </button>
        )}
        {canRecord && convertible && (
          <button type="button" className="button button--small" data-testid="action-convert-s4-to-s2" aria-expanded={converting} onClick={() => setConverting(!converting)}>
            Convert s4 to s2 (s4(4))
          </button>
        )}
        {canRecord && reportable && (
          <button type="button" className="button button--small" data-testid="action-s5-2-report" aria-expanded={holding === 'report'} onClick={() => toggle('report')}>
            Record s5(2) report
          </button>
        )}
        {canRecord &&
          (['s5_4', 's5_2'] as const)
            .filter(runningPower)
            .map((power) => (
              <button key={power} type="button" className="button button--small" data-testid={`action-end-${power}`} aria-expanded={holding === power} onClick={() => toggle(power)}>
                End {power === 's5_4' ? 's5(4)' : 's5(2)'}
              </button>
            ))}
      </div>
      {canRecord && holdingPowers.inPatient && !holdingPowers.s5_2Report.allowed && runningPower('s5_4') && holdingPowers.s5_2Report.reason && (
        <p className="small muted" data-testid="s5-2-report-unavailable">
          s5(2) report not available: {holdingPowers.s5_2Report.reason}
        </p>
      )}
      {canRecord && holding === 'report' && <S5_2ReportForm onDone={() => setHolding(null)} onCancel={() => setHolding(null)} />}
      {canRecord && (holding === 's5_4' || holding === 's5_2') && <EndHoldingPowerForm power={holding} onDone={() => setHolding(null)} onCancel={() => setHolding(null)} />}
      {canRecord && extendable && extending && <ExtendDetentionForm onDone={() => setExtending(false)} onCancel={() => setExtending(false)} />}
      {canRecord && convertible && converting && <ConvertS4ToS2Form onDone={() => setConverting(false)} onCancel={() => setConverting(false)} />}
      {running.length === 0 && <p className="muted">No legal clock is running.</p>}
      <div className="case-clocks">
        {running.map((c) => (
          <ClockCountdown key={c.id} clock={c} now={now} variant="card" />
        ))}
      </div>
      {ended.length > 0 && (
        <details className="case-clocks__ended">
          <summary>Ended clocks ({ended.length})</summary>
          <div className="case-clocks">
            {ended.map((c) => (
              <ClockCountdown key={c.id} clock={c} now={now} variant="card" />
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
