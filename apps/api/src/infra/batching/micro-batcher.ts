interface Waiting<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers single requests into batches for one round trip each (a DataLoader without the
 * cache). Requests made in the same turn of the event loop, and those made while a batch is in
 * flight, go together in the next batch: nobody waits on a timer, and under load a batch grows
 * to `maxBatch`. `run` answers a batch with one output per item, in order; if it throws, every
 * request of the batch is rejected with that error.
 */
export class MicroBatcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private draining = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        const outputs = await this.run(batch.map((w) => w.item));
        if (outputs.length !== batch.length) throw new Error(`batch answered ${outputs.length} of ${batch.length} requests`);
        batch.forEach((w, i) => w.resolve(outputs[i]));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.draining = false;
  }
}
