import { ConflictException } from '@nestjs/common';
import { EntitySubscriberInterface, EventSubscriber, QueryResult, TransactionCommitEvent } from 'typeorm';
import { heldKey } from './idempotency-context';

/** Another request took the key over (this one was presumed gone): its write must not commit too. */
export class IdempotencyKeyLostError extends ConflictException {
  constructor() {
    super('This request took so long that a retry with its Idempotency-Key took over: nothing was saved by it; the retry’s answer stands');
  }
}

/**
 * Marks a request's Idempotency-Key as committed inside the very transaction that writes the
 * record, just before it commits: the write and the mark commit together or not at all. A retry
 * then knows for certain whether the first attempt's write happened, even if that attempt died
 * before it could store its answer. The update is fenced by the holder token, so a request that
 * lost its key to a retry (after its hold ran out) has its write rolled back instead of made twice.
 */
@EventSubscriber()
export class IdempotencyCommitSubscriber implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const key = heldKey();
    // Outside a keyed request, already marked, or a savepoint inside the outer transaction.
    if (!key || key.committed || (event.queryRunner as { transactionDepth?: number }).transactionDepth !== 1) return;
    const result = (await event.queryRunner.query(
      `UPDATE idempotency_keys SET committed_at = now() WHERE id = $1 AND holder = $2 AND committed_at IS NULL`,
      [key.id, key.holder],
      true,
    )) as QueryResult;
    if (result.affected !== 1) throw new IdempotencyKeyLostError();
    key.committed = true;
  }
}
