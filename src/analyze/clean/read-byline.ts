/** A byline read from a line: the author names and the offsets of the names within the line. */
export interface Byline {
  names: string;
  /** Offset of `names` in the line. */
  offset: number;
}

const PREFIX = /^(by|von|par|por|di|door|przez|autor|автор|tác giả)\s*:?\s+/iu;
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|van|von|de|da|del|der|di|le|la|bin|al)){0,4}";
const NAMES = new RegExp(`^(${NAME}(?:\\s*(?:,|and|und|et|y|e|i|и|і|và|&)\\s*${NAME})*)\\s*(?:[,|·–—-]\\s*.{0,60})?$`, 'u');

/**
 * "By Jane Doe", "Von Max Muster und Erika Beispiel", "Автор: Иван Петров" — a line that is only a
 * byline, optionally followed by an outlet or a role after a comma or dash.
 */
export function readByline(line: string): Byline | undefined {
  const p = PREFIX.exec(line);
  if (!p) return undefined;
  const rest = line.slice(p[0].length);
  if (rest.length > 120) return undefined;
  const m = NAMES.exec(rest);
  if (!m?.[1]) return undefined;
  return { names: m[1].trim(), offset: p[0].length };
}
