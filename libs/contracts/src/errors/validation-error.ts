import { z } from 'zod';

/** One refused field: a dotted path into the request body and a sentence an AMHP can act on. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The body of every 400 the API returns for bad input. */
export interface ValidationErrorBody {
  statusCode: 400;
  error: 'Bad Request';
  message: string;
  issues: FieldIssue[];
}

/** Flattens zod's issues into field paths, so the API and the dashboard word refusals alike. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
