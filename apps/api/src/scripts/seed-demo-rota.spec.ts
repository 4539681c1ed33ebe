import { demoGapDate } from './seed-demo-rota';

describe('the demo rota’s deliberate gap', () => {
  it('is next week’s Wednesday', () => {
    expect(demoGapDate(new Date('2026-11-25T14:00:00Z'))).toBe('2026-12-02');
    expect(demoGapDate(new Date('2026-11-29T23:30:00Z'))).toBe('2026-12-02');
    // Monday 30 November 2026, 00:30 London: a new week.
    expect(demoGapDate(new Date('2026-11-30T00:30:00Z'))).toBe('2026-12-09');
  });

  it('moves to the next working day when that Wednesday is a bank holiday', () => {
    // Christmas Day and Boxing Day 2030 fall on Wednesday and Thursday.
    expect(demoGapDate(new Date('2030-12-18T12:00:00Z'))).toBe('2030-12-27');
  });
});
