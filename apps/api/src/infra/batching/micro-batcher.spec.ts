import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('answers requests made together in one batch, each with its own output', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (items) => {
      batches.push(items);
      return items.map((n) => n * 2);
    });
    await expect(Promise.all([1, 2, 3].map((n) => batcher.submit(n)))).resolves.toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('gathers the requests made while a batch is in flight into the next one, up to maxBatch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const batcher = new MicroBatcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await first;
      return items;
    }, 2);
    const a = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
    release();
    await Promise.all([a, ...rest]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('rejects every request of a failed batch, and carries on with the next', async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('database unavailable');
      return items;
    });
    const failed = [1, 2].map((n) => batcher.submit(n));
    await expect(Promise.all(failed)).rejects.toThrow('database unavailable');
    await expect(failed[1]).rejects.toThrow('database unavailable');
    await expect(batcher.submit(3)).resolves.toBe(3);
  });

  it('refuses an answer that does not match the batch', async () => {
    const batcher = new MicroBatcher<number, number>(async () => []);
    await expect(batcher.submit(1)).rejects.toThrow(/answered 0 of 1/);
  });
});
