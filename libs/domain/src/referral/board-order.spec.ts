import { BoardOrderable, compareForBoard } from './board-order';
import { Urgency } from './referral-source';

const item = (id: string, deadline: string | null, urgency: Urgency, received: string) => ({
  id,
  deadlineExpiresAt: deadline ? new Date(deadline) : null,
  urgency,
  receivedAt: new Date(received),
});
const order = (items: Array<BoardOrderable & { id: string }>) => [...items].sort(compareForBoard).map((i) => i.id);

describe('board order: legal deadline, then urgency, then age', () => {
  it.each<[string, Array<BoardOrderable & { id: string }>, string[]]>([
    [
      'the most urgent legal deadline first, whatever the urgency',
      [
        item('later-deadline-emergency', '2026-03-29T12:00:00Z', 'emergency', '2026-03-28T09:00:00Z'),
        item('sooner-deadline-routine', '2026-03-29T10:00:00Z', 'routine', '2026-03-28T10:00:00Z'),
      ],
      ['sooner-deadline-routine', 'later-deadline-emergency'],
    ],
    [
      'referrals with a deadline before those without',
      [
        item('no-clock-emergency', null, 'emergency', '2026-03-01T09:00:00Z'),
        item('clock-routine', '2026-04-01T10:00:00Z', 'routine', '2026-03-28T10:00:00Z'),
      ],
      ['clock-routine', 'no-clock-emergency'],
    ],
    [
      'without deadlines, emergency before urgent before routine',
      [
        item('routine', null, 'routine', '2026-03-01T09:00:00Z'),
        item('urgent', null, 'urgent', '2026-03-02T09:00:00Z'),
        item('emergency', null, 'emergency', '2026-03-03T09:00:00Z'),
      ],
      ['emergency', 'urgent', 'routine'],
    ],
    [
      'same deadline: urgency decides',
      [
        item('urgent', '2026-03-29T10:00:00Z', 'urgent', '2026-03-28T08:00:00Z'),
        item('emergency', '2026-03-29T10:00:00Z', 'emergency', '2026-03-28T09:00:00Z'),
      ],
      ['emergency', 'urgent'],
    ],
    [
      'same deadline and urgency: the oldest first',
      [
        item('newer', null, 'urgent', '2026-03-28T09:00:00Z'),
        item('older', null, 'urgent', '2026-03-27T09:00:00Z'),
      ],
      ['older', 'newer'],
    ],
    [
      'a full board',
      [
        item('routine-old', null, 'routine', '2026-03-01T09:00:00Z'),
        item('s5-4', '2026-03-28T15:00:00Z', 'urgent', '2026-03-28T09:00:00Z'),
        item('emergency-new', null, 'emergency', '2026-03-28T11:00:00Z'),
        item('s136', '2026-03-29T01:00:00Z', 'emergency', '2026-03-28T01:00:00Z'),
        item('emergency-old', null, 'emergency', '2026-03-27T11:00:00Z'),
        item('urgent', null, 'urgent', '2026-03-20T09:00:00Z'),
      ],
      ['s5-4', 's136', 'emergency-old', 'emergency-new', 'urgent', 'routine-old'],
    ],
  ])('%s', (_case, items, expected) => {
    expect(order(items)).toEqual(expected);
    expect(order([...items].reverse())).toEqual(expected);
  });

  it('is zero for equal keys (stable sort keeps input order)', () => {
    const a = item('a', null, 'urgent', '2026-03-27T09:00:00Z');
    expect(compareForBoard(a, { ...a })).toBe(0);
  });
});
