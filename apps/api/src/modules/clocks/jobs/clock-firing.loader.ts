import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MicroBatcher } from '../../../infra/batching/micro-batcher';
import { ClockEntity } from '../clock.entity';
import { TimedClock } from '../clock-points';

/** A clock as a firing job needs it: its period, its state and its referral's. */
export type FiringClock = TimedClock &
  Pick<ClockEntity, 'revision' | 'extended'> & {
    referralOpen: boolean;
    referralReference: string;
  };

interface Raw {
  id: string;
  kind: FiringClock['kind'];
  label: string;
  section: string;
  starts_at: Date;
  expires_at: Date;
  status: FiringClock['status'];
  extension: FiringClock['extension'];
  ended_at: Date | null;
  ended_reason: string | null;
  warning_fractions: number[];
  timing_changed_at: Date;
  revision: number;
  extended: boolean;
  referral_open: boolean;
  reference: string;
}

const SQL = `SELECT c.id, c.kind, c.label, c.section, c.starts_at, c.expires_at, c.status, c.extension, c.ended_at, c.ended_reason,
    c.warning_fractions, c.timing_changed_at, c.revision, c.extended, (r.status = 'open') AS referral_open, r.reference
  FROM clocks c JOIN referrals r ON r.id = c.referral_id
  WHERE c.id = ANY($1::uuid[])`;

/**
 * Reads the clocks of the jobs firing now, many per query: at the end of a busy period (or
 * after an outage) thousands of timers fall due together, and one round trip each would make
 * the later ones late.
 */
@Injectable()
export class ClockFiringLoader {
  private readonly batcher: MicroBatcher<string, FiringClock | null>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.batcher = new MicroBatcher(async (ids) => {
      const rows = (await dataSource.query(SQL, [[...new Set(ids)]])) as Raw[];
      const byId = new Map(rows.map((r) => [r.id, toFiringClock(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The clock now, or null if it is gone. */
  load(clockId: string): Promise<FiringClock | null> {
    return this.batcher.submit(clockId);
  }
}

function toFiringClock(r: Raw): FiringClock {
  return {
    id: r.id,
    kind: r.kind,
    label: r.label,
    section: r.section,
    startsAt: r.starts_at,
    expiresAt: r.expires_at,
    status: r.status,
    extension: r.extension,
    endedAt: r.ended_at,
    endedReason: r.ended_reason,
    warningFractions: r.warning_fractions,
    timingChangedAt: r.timing_changed_at,
    revision: r.revision,
    extended: r.extended,
    referralOpen: r.referral_open,
    referralReference: r.reference,
  };
}
