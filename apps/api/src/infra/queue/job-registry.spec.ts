import { checkJobHandlers, JobRegistryError } from './job-registry';

describe('checkJobHandlers (the worker refuses to start on a bad registry)', () => {
  const known = ['doctor-request.timeout', 'clock.warn'];

  it('accepts exactly one handler per job', () => {
    expect(() =>
      checkJobHandlers(
        [
          { name: 'doctor-request.timeout', handler: 'A' },
          { name: 'clock.warn', handler: 'B' },
        ],
        known,
      ),
    ).not.toThrow();
  });

  it('refuses a job with no handler, naming it', () => {
    expect(() => checkJobHandlers([{ name: 'doctor-request.timeout', handler: 'A' }], known)).toThrow(/no handler for job "clock.warn"/);
  });

  it('refuses a job with two handlers, naming both', () => {
    expect(() =>
      checkJobHandlers(
        [
          { name: 'doctor-request.timeout', handler: 'A' },
          { name: 'doctor-request.timeout', handler: 'A2' },
          { name: 'clock.warn', handler: 'B' },
        ],
        known,
      ),
    ).toThrow(/"doctor-request.timeout" has 2 handlers: A, A2/);
  });

  it('refuses a handler for a job contracts does not know', () => {
    expect(() => checkJobHandlers([{ name: 'nope', handler: 'X' }], [])).toThrow(JobRegistryError);
  });

  it('checks the real job map by default', () => {
    expect(() => checkJobHandlers([])).toThrow(/clock\.warn/);
  });
});
