import { ConflictException, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { safeError } from '../logging/app-logger';
import { HeldKey } from './idempotency-context';

/**
 * How long a request holds its key before a retry may presume it gone: a request takes well
 * under a second, and one that died (its database connection cut, its process gone) must not
 * keep its retry waiting long. A holder slower than this loses the key and cannot commit.
 */
const HOLD_MS = 15_000;
/** How long a second request with the key waits for the first to finish. */
const WAIT_MS = 10_000;
const POLL_MS = 50;
/** Keys (and the answers kept with them) are forgotten after a day. */
const KEEP_HOURS = 24;
const SWEEP_EVERY_MS = 10 * 60_000;

export type KeyOutcome = { kind: 'hold'; key: HeldKey } | { kind: 'replay'; status: number; body: unknown };

/** 409 while the first request with the key is still running: try again in a moment. */
export class StillRunningException extends ConflictException {
  readonly retryAfterSeconds = 1;
  constructor() {
    super('A request with this Idempotency-Key is still being carried out: try again in a moment');
  }
}

interface KeyRow {
  id: string;
  request_hash: string;
  committed: boolean;
  response_status: number | null;
  response_body: unknown;
  expired: boolean;
}

/**
 * The Idempotency-Key protocol, over the idempotency_keys table (claim, then complete):
 * - the first request with a key claims it (a unique row per account and key) and runs;
 * - its write marks the key committed in the same transaction (IdempotencyCommitSubscriber);
 * - when it has answered, the answer is kept with the key;
 * - a request with the same key and the same request gets that answer again; one sent while the
 *   first is running waits for it; one with another request is refused (422);
 * - a first request that failed before committing releases the key, so a retry runs afresh;
 *   one that died holding it is taken over once its hold runs out, and cannot commit after that.
 */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);
  private sweptAt = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async begin(userId: string, key: string, request: string, requestHash: string): Promise<KeyOutcome> {
    this.sweepNowAndThen();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const holder = randomUUID();
      const claimed = (await this.dataSource.query(
        `INSERT INTO idempotency_keys (user_id, key, request, request_hash, holder, held_until, created_at)
         VALUES ($1, $2, $3, $4, $5, now() + $6::integer * interval '1 millisecond', now())
         ON CONFLICT (user_id, key) DO NOTHING RETURNING id`,
        [userId, key, request, requestHash, holder, HOLD_MS],
      )) as { id: string }[];
      if (claimed.length === 1) return { kind: 'hold', key: { id: claimed[0].id, holder, committed: false } };

      const [row] = (await this.dataSource.query(
        `SELECT id, request_hash, committed_at IS NOT NULL AS committed, response_status, response_body, held_until < now() AS expired
           FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [userId, key],
      )) as KeyRow[];
      if (!row) continue; // released by a first attempt that failed: claim it afresh
      if (row.request_hash !== requestHash) {
        throw new UnprocessableEntityException('This Idempotency-Key was used for a different request: send a new key with a new request');
      }
      if (row.response_status !== null) return { kind: 'replay', status: row.response_status, body: row.response_body };
      if (row.expired) {
        if (row.committed) {
          throw new ConflictException('This request was carried out, but its answer could not be kept: reload to see the result');
        }
        const taken = await this.takeOver(row.id, holder);
        if (taken) return { kind: 'hold', key: taken };
        continue;
      }
      if (Date.now() > deadline) throw new StillRunningException();
      await sleep(POLL_MS);
    }
  }

  /** The first holder is presumed gone: its key is ours, and its write (if still running) can no longer commit. */
  private async takeOver(id: string, holder: string): Promise<HeldKey | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE idempotency_keys SET holder = $2, held_until = now() + $3::integer * interval '1 millisecond'
        WHERE id = $1 AND committed_at IS NULL AND held_until < now() RETURNING id`,
      [id, holder, HOLD_MS],
    )) as [{ id: string }[], number];
    return rows.length === 1 ? { id, holder, committed: false } : null;
  }

  /** Keeps the answer for the next request with the key. Never fails the request: it is answered already. */
  async complete(key: HeldKey, status: number, body: unknown): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE idempotency_keys
            SET response_status = $3, response_body = $4::jsonb, completed_at = now(), committed_at = COALESCE(committed_at, now())
          WHERE id = $1 AND holder = $2`,
        [key.id, key.holder, status, JSON.stringify(body ?? null)],
      );
    } catch (error) {
      this.logger.warn({ msg: 'answer not kept with its idempotency key', keyId: key.id, error: safeError(error) });
    }
  }

  /**
   * The request failed. Before its write committed: the key is free for a retry. After (a
   * failure once the record was saved): the hold ends, so a retry learns at once that the
   * request was carried out instead of waiting for it.
   */
  async release(key: HeldKey): Promise<void> {
    try {
      if (key.committed) {
        await this.dataSource.query(`UPDATE idempotency_keys SET held_until = now() WHERE id = $1 AND holder = $2`, [key.id, key.holder]);
      } else {
        await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1 AND holder = $2 AND committed_at IS NULL`, [key.id, key.holder]);
      }
    } catch (error) {
      // Its hold runs out instead, and a retry takes it over.
      this.logger.warn({ msg: 'idempotency key not released', keyId: key.id, error: safeError(error) });
    }
  }

  /** Forgets keys older than a day, now and then (from the requests that use keys: no timer needed). */
  private sweepNowAndThen(): void {
    if (Date.now() - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = Date.now();
    this.dataSource
      .query(`DELETE FROM idempotency_keys WHERE created_at < now() - $1::integer * interval '1 hour'`, [KEEP_HOURS])
      .catch((error: unknown) => this.logger.warn({ msg: 'old idempotency keys not swept', error: safeError(error) }));
  }
}
