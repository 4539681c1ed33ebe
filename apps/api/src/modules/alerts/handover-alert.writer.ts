import { AlertSeverity } from '@amhp/contracts';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AlertEntity } from './alert.entity';

/** A handover's acknowledgement time has passed: what AlertsService.raiseHandoverAlert records. */
export interface HandoverAlertInput {
  handoverId: string;
  severity: AlertSeverity;
  /** Worded for a shared screen: teams and times, no person's details. */
  message: string;
  /** When the acknowledgement was due. */
  dueAt: Date;
}

interface Row {
  id: string;
  kind: AlertEntity['kind'];
  severity: AlertSeverity;
  handover_id: string;
  message: string;
  due_at: Date;
  raised_at: Date;
  acknowledged_at: Date | null;
}

/**
 * Inside the caller's transaction: the alert, only while the handover is unacknowledged, and
 * once (alerts_handover_kind_uq). The handover row is locked first, as the acknowledgement
 * locks it, so that an acknowledgement and the alert take turns: either the alert is raised
 * and the acknowledgement then finds (and acknowledges) it, or the alert finds the handover
 * acknowledged and is not raised. Returns the alert only when this call raised it.
 */
export async function insertHandoverAlert(manager: EntityManager, audit: AuditService, input: HandoverAlertInput): Promise<AlertEntity | null> {
  const locked = (await manager.query('SELECT acknowledged_at FROM handovers WHERE id = $1 FOR UPDATE', [input.handoverId])) as { acknowledged_at: Date | null }[];
  if (locked.length === 0 || locked[0].acknowledged_at) return null;
  const rows = (await manager.query(
    `INSERT INTO alerts (kind, severity, handover_id, message, due_at) VALUES ('handover.unacknowledged', $2, $1, $3, $4)
       ON CONFLICT ON CONSTRAINT alerts_handover_kind_uq DO NOTHING
       RETURNING id, kind, severity, handover_id, message, due_at, raised_at, acknowledged_at`,
    [input.handoverId, input.severity, input.message, input.dueAt.toISOString()],
  )) as Row[];
  if (rows.length === 0) return null;
  const row = rows[0];
  await audit.record(manager, { action: 'alert.raise', entityType: 'alert', entityId: row.id, after: row });
  return Object.assign(new AlertEntity(), {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    referralId: null,
    handoverId: row.handover_id,
    clockId: null,
    assessmentId: null,
    clockKind: null,
    point: null,
    message: row.message,
    dueAt: row.due_at,
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
  });
}
