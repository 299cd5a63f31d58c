import type { Store, WatchMark } from '../../store/store.js';

/** What a watch has read from one source: the stored marks, held in memory while it runs. */
export class MarkBook {
  private readonly byKey = new Map<string, WatchMark>();
  private readonly byHash = new Map<string, string>();

  private constructor(
    private readonly store: Store,
    readonly source: string,
  ) {}

  /** The source's marks as the store holds them. */
  static async load(store: Store, source: string): Promise<MarkBook> {
    const book = new MarkBook(store, source);
    book.remember(await store.watchMarks(source));
    return book;
  }

  get(key: string): WatchMark | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The key of a file already read with these exact bytes (a copy or a rename). */
  keyOfHash(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /** Saves marks, to be called only once what they stand for is committed. */
  async save(marks: readonly WatchMark[]): Promise<void> {
    if (marks.length === 0) return;
    await this.store.putWatchMarks(marks);
    this.remember(marks);
  }

  private remember(marks: readonly WatchMark[]): void {
    for (const m of marks) {
      this.byKey.set(m.key, m);
      if (m.hash !== undefined) this.byHash.set(m.hash, m.key);
    }
  }
}
