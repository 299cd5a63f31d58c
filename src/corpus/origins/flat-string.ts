/**
 * A copy of a string that holds its own characters. A quote cut from a report's text with
 * `slice` may keep the whole text alive (the engine shares the parent's memory); what the
 * cross-report layer keeps for every report must not, or a million reports keep a million texts.
 */
export function flatString(s: string): string {
  return s.length === 0 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
