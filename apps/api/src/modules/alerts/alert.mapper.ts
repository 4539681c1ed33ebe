import { AlertView } from '@amhp/contracts';
import { AlertEntity } from './alert.entity';

/** A handover alert has no referral, so no reference (null). */
export function toAlertView(alert: AlertEntity, referralReference: string | null): AlertView {
  return {
    id: alert.id,
    kind: alert.kind,
    severity: alert.severity,
    referralId: alert.referralId,
    referralReference,
    message: alert.message,
    dueAt: alert.dueAt.toISOString(),
    raisedAt: alert.raisedAt.toISOString(),
    acknowledgedAt: alert.acknowledgedAt ? alert.acknowledgedAt.toISOString() : null,
    assessmentId: alert.assessmentId,
    clockId: alert.clockId,
    clockKind: alert.clockKind,
    point: alert.point,
    handoverId: alert.handoverId,
  };
}
