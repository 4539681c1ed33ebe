import type { TimelineEventType } from '@amhp/contracts';
import { AssessmentEvent, AssessmentEventType } from '@amhp/domain';
import { AssessmentEventEntity } from '../assessment-event.entity';

/**
 * Events travel to and from jsonb: instants become ISO strings on the way in and Dates again on
 * the way out, so `replay` sees exactly what `decide` produced. Only strings in the exact form
 * Date#toISOString writes are revived; calendar dates ('2026-03-21') and free text stay strings.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeData(data: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data ?? {})) as Record<string, unknown>;
}

export function reviveDates<T>(value: T): T {
  if (typeof value === 'string') return (ISO_INSTANT.test(value) ? new Date(value) : value) as T;
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveDates(v)])) as T;
  }
  return value;
}

/** The lifecycle's own event types (the ones replay understands). */
const LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = new Set<AssessmentEventType>([
  'referral_screened',
  'amhp_allocated',
  'assessment_arranged',
  'assessment_started',
  'application_made',
  'informal_admission_agreed',
  'community_alternative_arranged',
  'no_further_action_decided',
  'assessment_not_completed',
  'bed_sought',
  'bed_identified',
  'conveyance_arranged',
  'person_admitted',
  'written_reasons_sent_to_nearest_relative',
  'assessment_closed',
  'assessment_withdrawn',
]);

export function isLifecycleEvent(type: string): type is AssessmentEventType {
  return LIFECYCLE_EVENT_TYPES.has(type);
}

/** The domain events of a stored timeline, in order, ready for replay. */
export function lifecycleEvents(rows: readonly AssessmentEventEntity[]): AssessmentEvent[] {
  return rows
    .filter((row) => isLifecycleEvent(row.type))
    .map((row) => ({ type: row.type, at: row.at, by: row.by, data: reviveDates(row.data) }) as AssessmentEvent);
}

/** An event to append: a domain event or a record event, with its data as the domain has it. */
export interface NewTimelineEvent {
  type: TimelineEventType;
  at: Date;
  by: string;
  data: unknown;
}
