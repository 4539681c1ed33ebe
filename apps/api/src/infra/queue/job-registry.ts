import { JOB_QUEUE, JobName } from '@amhp/contracts';

export class JobRegistryError extends Error {
  constructor(problems: string[]) {
    super(`The worker cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobRegistryError';
  }
}

/**
 * Every job name in contracts must have exactly one handler: a job nobody handles would sit in
 * Redis forever, and two handlers would race. Names are checked against JOB_QUEUE.
 */
export function checkJobHandlers(found: { name: string; handler: string }[], known: readonly string[] = Object.keys(JOB_QUEUE)): void {
  const problems: string[] = [];
  for (const name of known) {
    const handlers = found.filter((f) => f.name === name).map((f) => f.handler);
    if (handlers.length === 0) problems.push(`no handler for job "${name}"`);
    if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers: ${handlers.join(', ')}`);
  }
  for (const f of found) {
    if (!known.includes(f.name)) problems.push(`${f.handler} handles "${f.name}", which is not a job in contracts`);
  }
  if (problems.length > 0) throw new JobRegistryError(problems);
}

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOB_QUEUE, name);
}
