import { AssessmentView, FieldIssue, RuleViolationView } from '@amhp/contracts';
import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { CommandRefusedError, ConflictError, describeError, ValidationFailedError } from '../../lib/api-client';
import { isAssessmentView } from './assessments-api';
import { AssessmentState } from './use-assessment';

/** What the case page says above everything after a write. */
export type CaseNotice =
  | { kind: 'done'; message: string }
  /** 409: someone else changed the case since it was loaded; it has been reloaded. */
  | { kind: 'conflict'; what: string }
  /** 422: the rules refused; an application lists every rule broken, with its section. */
  | { kind: 'refused'; what: string; message: string; violations: RuleViolationView[] }
  | { kind: 'error'; what: string; message: string };

export type WriteResult = { ok: true } | { ok: false; issues: FieldIssue[] };

export interface CaseContextValue {
  assessment: AssessmentView;
  notice: CaseNotice | null;
  clearNotice: () => void;
  /**
   * Send a write at the version on screen. On success the fresh case is shown and `done` is
   * said; a 409 reloads and says someone else changed it; a 422 shows the refusal; a 400 gives
   * the field issues back to the form.
   */
  write: (what: string, send: (version: number) => Promise<unknown>, done: string) => Promise<WriteResult>;
}

const CaseContext = createContext<CaseContextValue | null>(null);

export function CaseProvider({ state, children }: { state: AssessmentState & { assessment: AssessmentView }; children: ReactNode }) {
  const [notice, setNotice] = useState<CaseNotice | null>(null);
  const { assessment, reload, replace, noteOwnWrite } = state;

  const write = useCallback(
    async (what: string, send: (version: number) => Promise<unknown>, done: string): Promise<WriteResult> => {
      const version = assessment.version;
      // Noted before sending: the server's live echo can arrive before the HTTP answer.
      noteOwnWrite(version);
      try {
        const answer = await send(version);
        if (isAssessmentView(answer)) replace(answer);
        else await reload();
        setNotice({ kind: 'done', message: done });
        return { ok: true };
      } catch (error) {
        if (error instanceof ConflictError) {
          await reload();
          setNotice({ kind: 'conflict', what });
          return { ok: false, issues: [] };
        }
        if (error instanceof CommandRefusedError) {
          setNotice({ kind: 'refused', what, message: error.message, violations: error.violations });
          return { ok: false, issues: [] };
        }
        if (error instanceof ValidationFailedError) {
          setNotice(null);
          return { ok: false, issues: error.issues };
        }
        setNotice({ kind: 'error', what, message: describeError(error) });
        return { ok: false, issues: [] };
      }
    },
    [assessment.version, reload, replace, noteOwnWrite],
  );

  const value = useMemo(() => ({ assessment, notice, clearNotice: () => setNotice(null), write }), [assessment, notice, write]);
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (!value) throw new Error('useCase must be used inside <CaseProvider>');
  return value;
}
