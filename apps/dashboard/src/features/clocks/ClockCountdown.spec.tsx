import { placeOfSafetyClock, s2Clock, s5_4Clock } from '@amhp/domain';
import { act, render, screen } from '@testing-library/react';
import { NowProvider, useNow } from '../../lib/now-context';
import { clockView } from '../../test/clock-fixtures';
import { ClockCountdown } from './ClockCountdown';

const at = (iso: string) => Date.parse(iso);

describe('ClockCountdown: the warning level in words and colour', () => {
  // s136(2A): arrival 06:00 GMT on Wed 25 Nov 2026; 24 h.
  const s136 = clockView(placeOfSafetyClock('s136', new Date('2026-11-25T06:00:00Z')));

  it.each([
    ['2026-11-25T10:00:00Z', 'none', 'ok', null],
    ['2026-11-25T18:30:00Z', '50', 'half', 'Half elapsed'],
    ['2026-11-26T01:00:00Z', '75', 'warning', 'Under 25% left'],
    ['2026-11-26T04:00:00Z', '90', 'critical', 'Under 10% left'],
    ['2026-11-26T06:00:01Z', 'expired', 'overdue', 'Overdue'],
  ])('on the board at %s: level %s', (now, level, tone, words) => {
    render(<ClockCountdown clock={s136} now={at(now)} />);
    const clock = screen.getByTestId('clock');
    expect(clock.dataset.clockKind).toBe('s136');
    expect(clock.dataset.warningLevel).toBe(level);
    expect(clock.className).toContain(`clock--${tone}`);
    // Not colour alone: every level past the first says so in words.
    if (words) expect(clock.querySelector('.clock__state')?.textContent).toBe(words);
    else expect(clock.querySelector('.clock__state')).toBeNull();
  });

  it('s136(2A) across the autumn change: arrival 23:00 BST on Sat 24 Oct 2026 ends 22:00 GMT on Sun 25 Oct (24 real hours)', () => {
    const clock = clockView(placeOfSafetyClock('s136', new Date('2026-10-24T22:00:00Z')));
    render(<ClockCountdown clock={clock} now={at('2026-10-25T20:00:00Z')} variant="card" />);
    const card = screen.getByTestId('clock');
    expect(card.textContent).toContain('Started');
    expect(card.textContent).toContain('Sat 24 Oct 2026 23:00 BST');
    expect(card.textContent).toContain('Sun 25 Oct 2026 22:00 GMT');
    expect(card.textContent).toContain('Under 10% left');
    expect(card.textContent).toContain('2 h 00 m left');
    expect(card.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('92');
  });

  it('s2(4) across the spring change: 28 days beginning with admission on 20 Mar 2026 end at the end of Thu 16 Apr (BST)', () => {
    const clock = clockView(s2Clock(new Date('2026-03-20T15:00:00Z')));
    render(<ClockCountdown clock={clock} now={at('2026-03-27T12:00:00Z')} variant="card" />);
    const card = screen.getByTestId('clock');
    expect(card.dataset.clockKind).toBe('s2');
    expect(card.textContent).toContain('end of Thu 16 Apr 2026');
    expect(card.textContent).toContain('Fri 20 Mar 2026 15:00 GMT');
    // Real time, not the wall clock: 12:00 GMT on 27 Mar to midnight BST is 20 d 12 h on the wall, 20 d 11 h elapsed.
    expect(card.textContent).toContain('20 d 11 h left');
    expect(card.querySelector('time[datetime="2026-04-16T23:00:00.000Z"]')).not.toBeNull();
  });

  it('says Ended, not a countdown, once a later fact ended the clock', () => {
    const clock = clockView(s5_4Clock(new Date('2026-11-25T08:00:00Z')), { status: 'ended' });
    render(<ClockCountdown clock={clock} now={at('2026-11-25T20:00:00Z')} variant="card" />);
    const card = screen.getByTestId('clock');
    expect(card.dataset.warningLevel).toBe('ended');
    expect(card.textContent).toContain('Ended');
    expect(card.textContent).not.toContain('over');
  });

  it('ticks live and turns from "Under 10% left" to "Overdue" at the s5(4) expiry without a reload', () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(new Date('2026-11-25T13:59:58.000Z'));
      const clock = clockView(s5_4Clock(new Date('2026-11-25T08:00:00Z')));
      function Live() {
        return <ClockCountdown clock={clock} now={useNow()} />;
      }
      render(
        <NowProvider>
          <Live />
        </NowProvider>,
      );
      const el = screen.getByTestId('clock');
      expect(el.textContent).toContain('Under 10% left');
      expect(el.textContent).toContain('2 s left');
      act(() => jest.advanceTimersByTime(2000));
      expect(el.dataset.warningLevel).toBe('expired');
      expect(el.textContent).toContain('Overdue');
      expect(el.textContent).toContain('expired Wed 25 Nov 14:00');
    } finally {
      jest.useRealTimers();
    }
  });
});
