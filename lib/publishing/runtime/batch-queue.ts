export interface BatchQueueOptions {
  /** Flush after this long without a new item (a burst of saves or copies is one batch). */
  quietMs: number;
  /** Flush at the latest this long after the first item, so a steady stream still publishes. */
  maxWaitMs: number;
  flush: (items: string[]) => void;
}

/** Collects distinct items (file paths) and hands them over in debounced batches. */
export class BatchQueue {
  private readonly items = new Set<string>();
  private quietTimer?: NodeJS.Timeout;
  private maxTimer?: NodeJS.Timeout;

  constructor(private readonly options: BatchQueueOptions) {}

  add(item: string): void {
    this.items.add(item);
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flushNow(), this.options.quietMs);
    this.maxTimer ??= setTimeout(() => this.flushNow(), this.options.maxWaitMs);
  }

  get size(): number {
    return this.items.size;
  }

  flushNow(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.quietTimer = this.maxTimer = undefined;
    if (this.items.size === 0) return;
    const batch = [...this.items];
    this.items.clear();
    this.options.flush(batch);
  }

  /** Stops the timers and drops what is pending (the next reconciliation catches it). */
  close(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.items.clear();
  }
}
