/**
 * A copy of a string that holds its own characters. A quote cut from a report's text with
 * `slice` may keep the whole text alive (the engine shares the parent's memory); what the
 * cross-report layer keeps for every report must not, or a million reports keep a million texts.
 */
export function flatString(s: string): string {
  return s.length === 0 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * One flat copy of each distinct string given (outlet names, dates, place keys, quoted passages
 * that many reports repeat), so a value held by a million reports is held once. The table is
 * emptied when it reaches `limit` strings: what it holds stays bounded, and later reports start
 * sharing again.
 */
export function stringInterner(limit: number): (s: string) => string {
  const table = new Map<string, string>();
  return (s) => {
    let v = table.get(s);
    if (v === undefined) {
      if (table.size >= limit) table.clear();
      table.set(s, (v = flatString(s)));
    }
    return v;
  };
}
