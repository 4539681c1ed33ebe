import { ClockView } from '@amhp/contracts';
import { ClockKind, LegalClock } from '@amhp/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { safeError } from '../../infra/logging/app-logger';
import { ClockEntity, StoredExtension } from './clock.entity';
import { toClockView, toStoredExtension } from './clock-points';
import { ClockTimersService } from './clock-timers.service';

/** The columns a LegalClock fixes. */
type ClockFields = Pick<ClockEntity, 'kind' | 'label' | 'section' | 'startsAt' | 'expiresAt' | 'status' | 'extended' | 'extension' | 'endedAt' | 'endedReason'>;

function fieldsOf(clock: LegalClock): ClockFields {
  return {
    kind: clock.kind,
    label: clock.label,
    section: clock.section,
    startsAt: clock.startsAt,
    expiresAt: clock.expiresAt,
    status: clock.status,
    extended: clock.extension !== null,
    extension: toStoredExtension(clock.extension),
    endedAt: clock.endedAt,
    endedReason: clock.endedReason,
  };
}

const time = (d: Date | null) => d?.getTime() ?? null;

/** The period moved or the clock stopped or restarted: its warning points are new. */
function timingChanged(row: ClockEntity, next: ClockFields): boolean {
  return (
    time(row.startsAt) !== time(next.startsAt) ||
    time(row.expiresAt) !== time(next.expiresAt) ||
    row.status !== next.status ||
    row.extension?.originalExpiresAt !== next.extension?.originalExpiresAt
  );
}

function anythingChanged(row: ClockEntity, next: ClockFields): boolean {
  return (
    timingChanged(row, next) ||
    row.label !== next.label ||
    row.section !== next.section ||
    time(row.endedAt) !== time(next.endedAt) ||
    row.endedReason !== next.endedReason ||
    !sameExtension(row.extension, next.extension)
  );
}

/** Field by field: jsonb does not keep the order of keys. */
function sameExtension(a: StoredExtension | null, b: StoredExtension | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.authorisedAt === b.authorisedAt &&
    a.authorisedByDoctorId === b.authorisedByDoctorId &&
    a.hours === b.hours &&
    a.reason === b.reason &&
    a.originalExpiresAt === b.originalExpiresAt
  );
}

/**
 * The legal clocks of assessments (phase 2 interface 1): stored in PostgreSQL in the caller's
 * transaction, turned into BullMQ timers after commit, shown as ClockView.
 */
@Injectable()
export class ClockService {
  private readonly logger = new Logger(ClockService.name);

  constructor(
    @InjectRepository(ClockEntity) private readonly clocks: Repository<ClockEntity>,
    private readonly timers: ClockTimersService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Inside the caller's transaction, makes the stored clocks of the assessment those the domain
   * computes now (`legalClocks(facts)`), one per kind. An unchanged clock keeps its row as it is
   * (and its alerts and their acknowledgements); a changed one is updated in place; a kind the
   * facts no longer start is removed. Call scheduleTimers after commit.
   */
  async syncClocks(manager: EntityManager, assessmentId: string, clocks: LegalClock[]): Promise<void> {
    const kinds = clocks.map((c) => c.kind);
    if (new Set(kinds).size !== kinds.length) throw new Error(`Two clocks of one kind for assessment ${assessmentId}: ${kinds.join(', ')}`);
    const [owner] = (await manager.query('SELECT referral_id FROM assessments WHERE id = $1', [assessmentId])) as { referral_id: string }[];
    if (!owner) throw new Error(`No assessment ${assessmentId} to store clocks for`);
    const stored = await manager.find(ClockEntity, { where: { assessmentId } });
    const byKind = new Map<ClockKind, ClockEntity>(stored.map((c) => [c.kind, c]));
    const now = new Date();

    for (const clock of clocks) {
      const next = fieldsOf(clock);
      const row = byKind.get(clock.kind);
      if (!row) {
        await manager.insert(ClockEntity, {
          ...next,
          assessmentId,
          referralId: owner.referral_id,
          warningFractions: [...this.config.clockWarningPoints[clock.kind]],
          revision: 1,
          timingChangedAt: now,
          scheduledJobIds: [],
          createdAt: now,
          updatedAt: now,
        });
      } else if (anythingChanged(row, next)) {
        const timing = timingChanged(row, next) ? { timingChangedAt: now, warningFractions: [...this.config.clockWarningPoints[clock.kind]] } : {};
        await manager.update(ClockEntity, { id: row.id }, { ...next, ...timing, revision: row.revision + 1, updatedAt: now });
      }
    }
    const gone = stored.filter((c) => !kinds.includes(c.kind)).map((c) => c.id);
    // Their jobs find no clock when they run and do nothing (the alerts stay, without the clock).
    if (gone.length > 0) await manager.delete(ClockEntity, { id: In(gone) });
  }

  /**
   * After commit: makes BullMQ agree with the stored clocks of the assessment (adds the pending
   * warning and expiry jobs, removes those of clocks that ended or changed). Idempotent. Never
   * throws: the facts are saved, and the worker's rebuild repairs a timer that Redis missed.
   */
  async scheduleTimers(assessmentId: string): Promise<void> {
    try {
      await this.timers.forAssessment(assessmentId);
    } catch (error) {
      this.logger.error({ msg: 'clock timers not scheduled; the worker rebuild will add them', assessmentId, error: safeError(error) });
    }
  }

  /** scheduleTimers for every assessment with clocks on this referral (created or closed). */
  async scheduleTimersOfReferral(referralId: string): Promise<void> {
    const rows = (await this.clocks.query('SELECT DISTINCT assessment_id FROM clocks WHERE referral_id = $1', [referralId])) as { assessment_id: string }[];
    for (const row of rows) await this.scheduleTimers(row.assessment_id);
  }

  /**
   * The clocks of each assessment, as views (warning level as of now), running ones first by
   * expiry; through `manager` to read inside a transaction (a write's answer).
   */
  async clocksOf(assessmentIds: string[], now = new Date(), manager: EntityManager = this.clocks.manager): Promise<Map<string, ClockView[]>> {
    const result = new Map<string, ClockView[]>(assessmentIds.map((id) => [id, []]));
    if (assessmentIds.length === 0) return result;
    const rows = await manager.find(ClockEntity, { where: { assessmentId: In(assessmentIds) }, order: { expiresAt: 'ASC' } });
    const ordered = [...rows.filter((c) => c.status !== 'ended'), ...rows.filter((c) => c.status === 'ended')];
    for (const row of ordered) result.get(row.assessmentId)?.push(toClockView(row, now));
    return result;
  }
}
