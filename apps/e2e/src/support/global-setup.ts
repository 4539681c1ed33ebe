import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, WORKSPACE } from './stack';

export default async function globalSetup(): Promise<void> {
  mkdirSync(join(WORKSPACE, 'tmp'), { recursive: true });
  await startStack();
}
