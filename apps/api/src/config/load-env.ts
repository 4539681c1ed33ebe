import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppConfig, ConfigError, loadConfig } from './app-config';

/**
 * The one place that reads process.env: entry points (main, worker, scripts) call it first.
 * A .env file in the working directory is read when present; variables already set in the
 * environment win over it. On a bad variable the process stops, naming the variable.
 */
export function configFromProcessEnv(): AppConfig {
  const dotEnv = path.resolve(process.cwd(), '.env');
  if (existsSync(dotEnv)) process.loadEnvFile(dotEnv);
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      // No logger exists yet (its level is part of the configuration): plain stderr.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
