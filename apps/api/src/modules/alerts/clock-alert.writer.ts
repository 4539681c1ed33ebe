import { MicroBatcher } from '../../infra/batching/micro-batcher';
import { AlertEntity } from './alert.entity';
import { ClockAlertInput, ClockAlertWording } from './clock-alert';

/** An alert row as the insert returns it. */
export type InsertedAlert = Pick<AlertEntity, 'id' | 'kind' | 'severity' | 'message' | 'point'> & {
  referral_id: string;
  clock_id: string;
  assessment_id: string | null;
  clock_kind: AlertEntity['clockKind'];
  due_at: Date;
  raised_at: Date;
  acknowledged_at: Date | null;
};

type Query = (sql: string, parameters: unknown[]) => Promise<unknown>;
type Request = { input: ClockAlertInput; wording: ClockAlertWording };

// The audit entry of each alert raised (by the system) is written by the same statement (issue 4).
const INSERT_SQL = `WITH inserted AS (INSERT INTO alerts (kind, severity, referral_id, clock_id, assessment_id, clock_kind, point, message, due_at)
  SELECT v.kind, v.severity, c.referral_id, c.id, c.assessment_id, c.kind, v.point, v.message, v.due_at
    FROM jsonb_to_recordset($1::jsonb) AS v(kind text, severity text, point text, message text, due_at timestamptz, clock_id uuid, revision integer)
    JOIN clocks c ON c.id = v.clock_id AND c.revision = v.revision AND c.status <> 'ended'
    JOIN referrals r ON r.id = c.referral_id AND r.status = 'open'
  ON CONFLICT ON CONSTRAINT alerts_clock_point_due_uq DO NOTHING
  RETURNING id, kind, severity, referral_id, clock_id, assessment_id, clock_kind, point, message, due_at, raised_at, acknowledged_at),
  audited AS (INSERT INTO audit_events (actor_name, action, entity_type, entity_id, subject_referral_id, after)
    SELECT 'system', 'alert.raise', 'alert', i.id::text, i.referral_id, to_jsonb(i) FROM inserted i)
  SELECT * FROM inserted`;

const keyOf = (clockId: string, point: string, dueAt: Date) => `${clockId}/${point}/${dueAt.getTime()}`;

/**
 * Writes clock alerts a batch per statement. Each commit waits for PostgreSQL to flush its log
 * to disk, and that wait, not the work, limits how many alerts a second single inserts can
 * record (about a thousand on the benchmark machine); alerts raised together share one commit.
 * Each caller still gets its own answer, only once its row is committed (so a job completes
 * only when its alert is safe): the row, or null when the alert existed already, the clock
 * moved on (revision), ended, or its referral closed.
 */
export class ClockAlertWriter {
  private readonly batcher: MicroBatcher<Request, InsertedAlert | null>;

  constructor(query: Query) {
    this.batcher = new MicroBatcher(async (requests) => {
      const rows = (await query(INSERT_SQL, [JSON.stringify(requests.map(toRecord))])) as InsertedAlert[];
      const byKey = new Map(rows.map((row) => [keyOf(row.clock_id, row.point ?? '', row.due_at), row]));
      return requests.map(({ input }) => {
        // Two runs of one job in one batch: the first caller gets the row, the second null.
        const key = keyOf(input.clockId, input.point.key, input.point.at);
        const row = byKey.get(key) ?? null;
        byKey.delete(key);
        return row;
      });
    });
  }

  insert(input: ClockAlertInput, wording: ClockAlertWording): Promise<InsertedAlert | null> {
    return this.batcher.submit({ input, wording });
  }
}

function toRecord({ input, wording }: Request) {
  return {
    kind: wording.kind,
    severity: wording.severity,
    point: input.point.key,
    message: wording.message,
    due_at: input.point.at.toISOString(),
    clock_id: input.clockId,
    revision: input.revision,
  };
}
