import { useNow } from '../../lib/now-context';
import { ClockCountdown } from '../clocks/ClockCountdown';
import { sortClocks } from '../clocks/clock-presentation';
import { useCase } from './case-context';

/** Every clock of the case: the running ones counting down (soonest first), ended ones after. */
export function CaseClocks() {
  const { assessment } = useCase();
  const now = useNow();
  const clocks = sortClocks(assessment.clocks);
  const running = clocks.filter((c) => c.status !== 'ended');
  const ended = clocks.filter((c) => c.status === 'ended');
  return (
    <section className="case-card" aria-labelledby="clocks-heading" data-testid="case-clocks">
      <h2 id="clocks-heading">
        Legal clocks <span className="count">{running.length}</span>
      </h2>
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
