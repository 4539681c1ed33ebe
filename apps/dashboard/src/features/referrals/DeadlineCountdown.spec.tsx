import { DeadlineView } from '@amhp/contracts';
import { referralDeadline } from '@amhp/domain';
import { act, render, screen } from '@testing-library/react';
import { NowProvider, useNow } from '../../lib/now-context';
import { DeadlineCountdown } from './DeadlineCountdown';

function view(power: 's136' | 's5_4', startedAt: string): DeadlineView {
  const d = referralDeadline(power, new Date(startedAt));
  if (!d) throw new Error('no deadline');
  return { power: d.power, label: d.label, startsAt: d.startsAt.toISOString(), expiresAt: d.expiresAt.toISOString() };
}

function Ticking({ deadline }: { deadline: DeadlineView }) {
  return <DeadlineCountdown deadline={deadline} now={useNow()} />;
}

describe('DeadlineCountdown', () => {
  afterEach(() => jest.useRealTimers());

  it('s136(2A): 24 h from arrival at 01:30 BST on 25 Oct 2026 ends at 00:30 GMT on 26 Oct, shown in London time', () => {
    // Arrival 01:30 BST (00:30 UTC), the first 01:30 of the night the clocks go back.
    const deadline = view('s136', '2026-10-25T00:30:00Z');
    render(<DeadlineCountdown deadline={deadline} now={Date.parse('2026-10-25T22:16:00Z')} />);
    const countdown = screen.getByTestId('deadline-countdown');
    expect(countdown).toHaveProperty('textContent', expect.stringContaining('s136 · 2 h 14 m left'));
    expect(countdown.textContent).toContain('< 4 h');
    expect(countdown.textContent).toContain('expires Mon 26 Oct 00:30');
    expect(countdown.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-26T00:30:00.000Z');
  });

  it('s136(2A) across the spring change: arrival 12:00 GMT on 28 Mar 2026 ends 13:00 BST on 29 Mar', () => {
    const deadline = view('s136', '2026-03-28T12:00:00Z');
    render(<DeadlineCountdown deadline={deadline} now={Date.parse('2026-03-28T13:00:00Z')} />);
    expect(screen.getByTestId('deadline-countdown').textContent).toContain('s136 · 23 h 00 m left');
    expect(screen.getByTestId('deadline-countdown').textContent).toContain('expires Sun 29 Mar 13:00');
  });

  it('ticks every second in the last hour of a s5(4) holding power (6 h)', () => {
    jest.useFakeTimers();
    // s5(4) began 08:00:00 UTC; it ends 14:00:00 UTC. Start 59 m 30 s before, on a whole second.
    jest.setSystemTime(new Date('2026-11-25T13:00:30.000Z'));
    const deadline = view('s5_4', '2026-11-25T08:00:00Z');
    render(
      <NowProvider>
        <Ticking deadline={deadline} />
      </NowProvider>,
    );
    const countdown = screen.getByTestId('deadline-countdown');
    expect(countdown.textContent).toContain('s5(4) · 59 m 30 s left');
    act(() => jest.advanceTimersByTime(1000));
    expect(countdown.textContent).toContain('s5(4) · 59 m 29 s left');
    act(() => jest.advanceTimersByTime(2000));
    expect(countdown.textContent).toContain('s5(4) · 59 m 27 s left');
    expect(countdown.dataset.tone).toBe('critical');
  });

  it('says Overdue in words, not only in colour, once the power has expired', () => {
    const deadline = view('s136', '2026-11-24T12:00:00Z');
    render(<DeadlineCountdown deadline={deadline} now={Date.parse('2026-11-25T13:05:00Z')} />);
    const countdown = screen.getByTestId('deadline-countdown');
    expect(countdown.dataset.tone).toBe('overdue');
    expect(countdown.textContent).toContain('Overdue');
    expect(countdown.textContent).toContain('s136 · 1 h 05 m over');
    expect(countdown.textContent).toContain('expired Wed 25 Nov 12:00');
  });
});
