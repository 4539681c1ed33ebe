import { FieldIssue, toFieldIssues } from '@amhp/contracts';
import { useCallback, useState } from 'react';
import { z } from 'zod';
import { ConflictError, describeError, ValidationFailedError } from '../../lib/api-client';

/** What a refused rota change says: the API's sentence and, for a 400, each field and why. */
export interface RotaProblem {
  kind: 'invalid' | 'conflict' | 'error';
  message: string;
  issues: FieldIssue[];
}

export interface RotaWrite {
  busy: boolean;
  problem: RotaProblem | null;
  clear: () => void;
  /**
   * Checks `body` against the contract's schema (the API checks the same), sends it, and
   * returns true on success. A 409 means the rota changed since it was loaded: `onConflict`
   * reloads it so the manager sees what is there now.
   */
  run: <S extends z.ZodType>(args: { schema?: S; body: unknown; send: (body: z.input<S>) => Promise<unknown>; onConflict?: () => void }) => Promise<boolean>;
}

export function useRotaWrite(): RotaWrite {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<RotaProblem | null>(null);

  const run = useCallback<RotaWrite['run']>(async ({ schema, body, send, onConflict }) => {
    if (schema) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        setProblem({ kind: 'invalid', message: 'Check these and try again.', issues: toFieldIssues(parsed.error) });
        return false;
      }
    }
    setProblem(null);
    setBusy(true);
    try {
      await send(body as never);
      return true;
    } catch (error) {
      if (error instanceof ValidationFailedError) setProblem({ kind: 'invalid', message: error.message, issues: error.issues });
      else if (error instanceof ConflictError) {
        setProblem({ kind: 'conflict', message: `${error.message} The rota has been reloaded: check it and try again.`, issues: [] });
        onConflict?.();
      } else setProblem({ kind: 'error', message: describeError(error), issues: [] });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, problem, clear: useCallback(() => setProblem(null), []), run };
}
