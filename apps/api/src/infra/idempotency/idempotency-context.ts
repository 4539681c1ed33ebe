import { AsyncLocalStorage } from 'node:async_hooks';

/** The key a request holds while its handler runs. */
export interface HeldKey {
  /** The idempotency_keys row. */
  id: string;
  /** This request's fencing token (idempotency_keys.holder). */
  holder: string;
  /** Set once a transaction of this request has committed the write under the key. */
  committed: boolean;
}

const storage = new AsyncLocalStorage<HeldKey>();

/** Runs a creating request's handler holding its key: its transactions mark the key as they commit. */
export function runHoldingKey<T>(key: HeldKey, work: () => T): T {
  return storage.run(key, work);
}

/** The key held by the current request, if it sent one. */
export function heldKey(): HeldKey | undefined {
  return storage.getStore();
}
