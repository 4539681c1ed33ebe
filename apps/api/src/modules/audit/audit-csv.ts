import type { AuditEventView } from '@amhp/contracts';

const COLUMNS: [string, (e: AuditEventView) => unknown][] = [
  ['id', (e) => e.id],
  ['occurred_at_utc', (e) => e.occurredAt],
  ['actor_user_id', (e) => e.actorUserId],
  ['actor_name', (e) => e.actorName],
  ['ip', (e) => e.ip],
  ['user_agent', (e) => e.userAgent],
  ['request_id', (e) => e.requestId],
  ['action', (e) => e.action],
  ['entity_type', (e) => e.entityType],
  ['entity_id', (e) => e.entityId],
  ['subject_referral_id', (e) => e.subjectReferralId],
  ['before', (e) => (e.before === null ? null : JSON.stringify(e.before))],
  ['after', (e) => (e.after === null ? null : JSON.stringify(e.after))],
];

/**
 * RFC 4180 CSV of audit entries. Cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return) are prefixed with an apostrophe: the trail holds text people typed.
 */
export function auditCsv(events: AuditEventView[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const event of events) lines.push(COLUMNS.map(([, read]) => cell(read(event))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
