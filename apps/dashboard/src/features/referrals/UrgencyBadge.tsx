import { Urgency } from '@amhp/domain';
import { URGENCY_SHORT, urgencyLabel } from './referral-labels';

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return (
    <span className={`badge badge--${urgency}`} title={urgencyLabel(urgency)}>
      {URGENCY_SHORT[urgency]}
    </span>
  );
}
