import { ConfigError, loadConfig } from './app-config';

describe('CLOCK_WARNING_POINTS (issue 3: warning points per clock kind)', () => {
  it('defaults to 50%, 75% and 90% for every kind', () => {
    const points = loadConfig({}).clockWarningPoints;
    expect(points.s136).toEqual([0.5, 0.75, 0.9]);
    expect(points.s3).toEqual([0.5, 0.75, 0.9]);
  });

  it('reads percentages per kind, with "default" for the kinds not named, sorted', () => {
    const points = loadConfig({ CLOCK_WARNING_POINTS: '{"default":[80],"s5_4":[99.5,50,75]}' }).clockWarningPoints;
    expect(points.s5_4).toEqual([0.5, 0.75, 0.995]);
    expect(points.s136).toEqual([0.8]);
  });

  it('accepts an empty list: the expiry alone alerts', () => {
    expect(loadConfig({ CLOCK_WARNING_POINTS: '{"s2":[]}' }).clockWarningPoints.s2).toEqual([]);
  });

  it.each([
    ['not JSON', 'must be JSON'],
    ['[50]', 'must be a JSON object'],
    ['{"s136":[0]}', 'more than 0 and less than 100'],
    ['{"s136":[100]}', 'more than 0 and less than 100'],
    ['{"s136":[99.999]}', 'at most two decimals'],
    ['{"s136":[50,50]}', 'listed twice'],
    ['{"s137":[50]}', 'clock kind'],
  ])('refuses %s, naming the variable', (value, message) => {
    expect(() => loadConfig({ CLOCK_WARNING_POINTS: value })).toThrow(ConfigError);
    try {
      loadConfig({ CLOCK_WARNING_POINTS: value });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['CLOCK_WARNING_POINTS']);
      expect((error as ConfigError).message).toContain(message);
    }
  });

  it('survives AppConfig.with (tests derive configurations)', () => {
    const base = loadConfig({ CLOCK_WARNING_POINTS: '{"s5_4":[99.9,99.95]}' });
    expect(base.with({ QUEUE_PREFIX: 'x' }).clockWarningPoints).toEqual(base.clockWarningPoints);
  });

  it('reads the timer check interval and the worker concurrency', () => {
    expect(loadConfig({}).clockTimerCheckMs).toBe(5000);
    expect(loadConfig({ CLOCK_TIMER_CHECK_MS: '500', WORKER_CONCURRENCY: '50' })).toMatchObject({ clockTimerCheckMs: 500, workerConcurrency: 50 });
    expect(() => loadConfig({ WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
  });
});
