import { ConfigError, loadConfig } from './app-config';

describe('configuration (validated once at start-up)', () => {
  it('fills every default so a local PostgreSQL and Redis work out of the box', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: 'postgres://postgres:postgres@127.0.0.1:5432/amhp_hub',
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'amhp',
      logLevel: 'info',
      corsOrigins: [],
    });
    expect(config.dashboardDir).toMatch(/dist\/apps\/dashboard$/);
  });

  it('PUBLIC_ORIGIN: the address links are built from; http://localhost:<PORT> by default, required in production', () => {
    expect(loadConfig({}).publicOrigin).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicOrigin).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk/' }).publicOrigin).toBe('https://amhp.exampleshire.gov.uk');
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk' }).with({ PORT: '9000' }).publicOrigin).toBe('https://amhp.exampleshire.gov.uk');
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk/board' })).toThrow(/PUBLIC_ORIGIN: must be an origin only/);
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'ftp://amhp.example' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_ORIGIN: is required in production/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' }).port).toBe(3000);
  });

  it('reads values and splits CORS_ORIGINS', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'http://localhost:5173, https://board.example.org', DASHBOARD_DIR: '/srv/board' });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['http://localhost:5173', 'https://board.example.org']);
    expect(config.dashboardDir).toBe('/srv/board');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/amhp'],
    ['DATABASE_URL', 'postgres://localhost:5432'],
    ['REDIS_URL', 'not a url'],
    ['QUEUE_PREFIX', 'has:colon'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', 'localhost'],
    ['READ_ONLY_BOARD_DETAILS', 'name,nhsNumber'],
  ])('refuses a malformed %s (%s), naming it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
      expect((error as ConfigError).message).toContain(`${variable}:`);
    }
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', REDIS_URL: 'y' })).toThrow(/PORT: .*\n.*REDIS_URL: /s);
  });

  it('derives a copy with overrides (tests use their own database and prefix)', () => {
    const base = loadConfig({});
    const copy = base.with({ QUEUE_PREFIX: 'amhp-test-1' });
    expect(copy.queuePrefix).toBe('amhp-test-1');
    expect(copy.databaseUrl).toBe(base.databaseUrl);
    expect(base.queuePrefix).toBe('amhp');
  });

  it('gives read_only no person’s details on the board unless READ_ONLY_BOARD_DETAILS names some', () => {
    expect(loadConfig({}).readOnlyBoardDetails).toEqual([]);
    const config = loadConfig({ READ_ONLY_BOARD_DETAILS: ' currentLocation, age ,age' });
    expect(config.readOnlyBoardDetails).toEqual(['currentLocation', 'age']);
    expect(config.with({}).readOnlyBoardDetails).toEqual(['currentLocation', 'age']);
  });
});
