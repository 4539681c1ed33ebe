import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MicroBatcher } from '../../../infra/batching/micro-batcher';
import { ClockEntity } from '../clock.entity';
import { TimedClock } from '../clock-points';
import { RawTimedClock, TIMED_CLOCK_COLUMNS, toTimedClock } from '../timed-clock.row';

/** A clock as a firing job needs it: its period, its state and its referral's. */
export type FiringClock = TimedClock &
  Pick<ClockEntity, 'revision' | 'extended'> & {
    referralOpen: boolean;
    referralReference: string;
  };

interface Raw extends RawTimedClock {
  extended: boolean;
  reference: string;
}

const SQL = `SELECT ${TIMED_CLOCK_COLUMNS}, c.extended, r.reference
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
  return { ...toTimedClock(r), extended: r.extended, referralReference: r.reference };
}
