import type { AmhpRegisterView, ApprovalYearTrainingView, TrainingEntryView } from '@amhp/contracts';
import {
  Amhp,
  ApprovalYearTraining,
  DEFAULT_TRAINING_HOURS_PER_YEAR,
  TrainingRecord,
  currentWarrant,
  trainingThisApprovalYear,
} from '@amhp/domain';
import { approvalToday } from '../../rota/query/approval-state';
import { amhpOf } from '../../rota/query/rota-mappers';
import { AmhpPastWarrantEntity } from './amhp-past-warrant.entity';
import { AmhpTrainingEntity } from './amhp-training.entity';
import { AmhpEntity } from './amhp.entity';
import { toAmhpView } from './amhp.mapper';

export function trainingRecordOf(t: AmhpTrainingEntity): TrainingRecord {
  return { completedOn: t.completedOn, hours: Number(t.hours) };
}

export function toTrainingEntryView(t: AmhpTrainingEntity): TrainingEntryView {
  return { id: t.id, amhpId: t.amhpId, completedOn: t.completedOn, hours: Number(t.hours), title: t.title, createdAt: t.createdAt.toISOString() };
}

export function toApprovalYearView(y: ApprovalYearTraining): ApprovalYearTrainingView {
  return { year: y.year, from: y.from, to: y.to, hours: y.hours, required: y.required, shortfall: y.shortfall, state: y.state };
}

/** The warrant that matters today (in force, else the latest started, else the recorded one). */
export function warrantToday(amhp: Amhp, now: Date) {
  return currentWarrant(amhp, now) ?? amhp.warrants[0];
}

/**
 * The register's view of an AMHP: the approval columns (the current warrant), its state
 * today (current, expiring within 90 days, lapsed: s114; a renewal runs on), and the training logged in the
 * current approval year against the yearly requirement.
 */
export function toAmhpRegisterView(a: AmhpEntity, past: readonly AmhpPastWarrantEntity[], training: readonly AmhpTrainingEntity[], now: Date): AmhpRegisterView {
  const amhp = amhpOf(a, past);
  const warrant = warrantToday(amhp, now);
  const status = approvalToday(amhp, now);
  const records = training.filter((t) => t.amhpId === a.id).map(trainingRecordOf);
  const year = trainingThisApprovalYear(warrant, records, now);
  return {
    ...toAmhpView(a, now),
    teamId: a.teamId,
    userId: a.userId,
    availability: a.availability,
    approvalState: status.state,
    daysUntilExpiry: status.daysUntilExpiry,
    trainingHoursThisYear: year?.hours ?? 0,
    trainingRequiredHours: year?.required ?? DEFAULT_TRAINING_HOURS_PER_YEAR,
  };
}
