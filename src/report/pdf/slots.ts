// The pool's page slots: at most `max` PDFs hold one, at most `maxQueue` wait in line, BUSY beyond.
import { ArmoedetoetsError } from '../../errors.js';

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class Slots {
  readonly #max: number;
  readonly #maxQueue: number;
  readonly #queue: Waiter[] = [];
  #active = 0;

  constructor(max: number, maxQueue: number) {
    this.#max = max;
    this.#maxQueue = maxQueue;
  }

  /** Requests holding a slot. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for one. */
  get queued(): number {
    return this.#queue.length;
  }

  /** A slot now, or a place in the queue; BUSY when the queue is full. */
  acquire(): Promise<void> {
    if (this.#active < this.#max) {
      this.#active++;
      return Promise.resolve();
    }
    if (this.#queue.length >= this.#maxQueue) {
      return Promise.reject(
        new ArmoedetoetsError(
          'BUSY',
          `De PDF-maker is bezig (${this.#active} PDF's in de maak, ${this.#queue.length} in de wachtrij). Probeer het zo opnieuw.`,
          { data: { inFlight: this.#active, queued: this.#queue.length } },
        ),
      );
    }
    return new Promise((resolve, reject) => this.#queue.push({ resolve, reject }));
  }

  release(): void {
    const next = this.#queue.shift();
    if (next)
      next.resolve(); // the slot passes straight to the next waiter
    else this.#active--;
  }

  /** Empties the queue: every waiter gets `error`. */
  rejectWaiting(error: unknown): void {
    for (const w of this.#queue.splice(0)) w.reject(error);
  }
}
