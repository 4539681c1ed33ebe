import { ClockView } from '@amhp/contracts';
import { ClockKind } from '@amhp/domain';
import { formatLondonExpiry, formatLondonFull } from '../../lib/london-time';
import { presentClock } from './clock-presentation';
import './clocks.css';

/** The clock's name as AMHPs write it on the board ("s136 · 2 h 14 m left"). */
export const CLOCK_SHORT: Record<ClockKind, string> = {
  s136: 's136',
  s135_1: 's135(1)',
  s5_4: 's5(4)',
  s5_2: 's5(2)',
  s4: 's4',
  s2: 's2',
  s3: 's3',
  s6_1a: 's6(1)(a) admission window',
  s6_1b: 's6(1)(b) admission window',
};

interface Props {
  clock: ClockView;
  now: number;
  /** 'row': one line for the board; 'card': the case page, with the period and a progress bar. */
  variant?: 'row' | 'card';
}

/**
 * A legal clock counting down, with its warning level in words as well as colour. Not a live
 * region: announcing every second would drown a screen reader; the alerts panel announces
 * each warning point instead.
 */
export function ClockCountdown({ clock, now, variant = 'row' }: Props) {
  const p = presentClock(clock, now);
  const common = {
    'data-testid': 'clock',
    'data-clock-kind': clock.kind,
    'data-warning-level': p.tone === 'ended' ? 'ended' : p.level,
  };
  const expiresWord = p.tone === 'overdue' ? 'expired' : p.tone === 'ended' ? 'was due' : 'expires';

  if (variant === 'row') {
    return (
      <div className={`clock clock--row clock--${p.tone}`} {...common}>
        <span className="clock__line">
          {p.tone !== 'ok' && <span className="clock__state">{p.stateText}</span>}
          <span className="clock__text">{p.text}</span>
        </span>
        <span className="clock__expiry">
          <span className="clock__kind">{CLOCK_SHORT[clock.kind]}</span> ·{' '}
          <time dateTime={clock.expiresAt} title={formatLondonFull(clock.expiresAt)}>
            {expiresWord} {formatLondonExpiry(clock.expiresAt, true)}
          </time>
        </span>
      </div>
    );
  }

  const percent = Math.round(p.elapsedFraction * 100);
  return (
    <article className={`clock clock--card clock--${p.tone}`} aria-label={`${clock.label}: ${p.stateText}, ${p.text}`} {...common}>
      <header className="clock__head">
        <h3 className="clock__label">{clock.label}</h3>
        <span className="clock__section">{clock.section}</span>
        {clock.extended && <span className="clock__tag">Extended (s136B)</span>}
      </header>
      <p className="clock__big">
        <span className="clock__state">{p.stateText}</span> <span className="clock__text">{p.text}</span>
      </p>
      {p.tone !== 'ended' && (
        <div className="clock__bar" role="progressbar" aria-label={`${clock.label}: share of the period elapsed`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <span className="clock__fill" style={{ width: `${percent}%` }} />
          {[50, 75, 90].map((mark) => (
            <span key={mark} className="clock__mark" style={{ left: `${mark}%` }} aria-hidden="true" />
          ))}
        </div>
      )}
      <dl className="clock__times">
        <div>
          <dt>Started</dt>
          <dd>
            <time dateTime={clock.startsAt}>{formatLondonFull(clock.startsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{expiresWord[0].toUpperCase() + expiresWord.slice(1)}</dt>
          <dd>
            <time dateTime={clock.expiresAt} title={formatLondonFull(clock.expiresAt)}>
              {formatLondonExpiry(clock.expiresAt)}
            </time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
