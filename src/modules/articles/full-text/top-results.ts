// The k best of many scored ids without sorting them all: a bounded heap whose root is the worst
// kept result. A search for a common word scores ~90,000 articles to show 10; sorting all of them
// would cost more than the search itself. Better = higher score; equal scores, the higher
// (newer) id first, so the order is total and the same on every run and database.

export class TopResults {
  private readonly scores: Float64Array;
  private readonly ids: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.scores = new Float64Array(Math.max(1, capacity));
    this.ids = new Float64Array(Math.max(1, capacity));
  }

  /** i is a worse result than j. */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.ids[i]! < this.ids[j]!);
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i]!;
    const id = this.ids[i]!;
    this.scores[i] = this.scores[j]!;
    this.ids[i] = this.ids[j]!;
    this.scores[j] = s;
    this.ids[j] = id;
  }

  offer(score: number, id: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      let i = this.size++;
      this.scores[i] = score;
      this.ids[i] = id;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && id < this.ids[0]!)) return;
    this.scores[0] = score;
    this.ids[0] = id;
    this.siftDown(0, this.size);
  }

  private siftDown(from: number, size: number): void {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const worst = right < size && this.worse(right, left) ? right : left;
      if (!this.worse(worst, i)) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** The kept ids, best first. Empties the heap. */
  takeBestFirst(): number[] {
    const out: number[] = new Array(this.size);
    for (let end = this.size - 1; end >= 0; end--) {
      out[end] = this.ids[0]!;
      this.swap(0, end);
      this.siftDown(0, end);
    }
    this.size = 0;
    return out;
  }
}
