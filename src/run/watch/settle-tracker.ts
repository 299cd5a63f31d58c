/** The part of a file's status that changes while it is being written. */
export interface FileLook {
  size: number;
  mtimeMs: number;
}

/** Whether two looks at a file show the same thing (a look with a part missing never does). */
export function sameLook(a: Partial<FileLook> | undefined, b: Partial<FileLook> | undefined): boolean {
  return a?.size !== undefined && a.mtimeMs !== undefined && a.size === b?.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Tells which files have stopped growing: a file is settled once it looks the same (size and
 * mtime) at two polls in a row, so a file still being written or copied is not read half-way.
 */
export class SettleTracker {
  private last = new Map<string, FileLook>();

  /**
   * Records how the files look at this poll and returns those that look as they did at the
   * previous one. Files no longer listed are forgotten.
   */
  observe(files: ReadonlyMap<string, FileLook>): Set<string> {
    const settled = new Set<string>();
    for (const [path, look] of files) if (sameLook(this.last.get(path), look)) settled.add(path);
    this.last = new Map(files);
    return settled;
  }
}
