import type { Range } from '../../model/span.js';

/** A span of the cleaned text with its words (`text === doc.text.slice(range[0], range[1])`). */
export interface TextSpan {
  range: Range;
  text: string;
}

/** How a speaker was found when the quote's own sentence does not name them. */
export type SpeakerResolution =
  /** "he said": the nearest earlier person who agrees with the pronoun. */
  | 'pronoun'
  /** "promised the Kremlin chief": the nearest earlier person with that title (or in the same paragraph). */
  | 'role'
  /** A quote with no attribution right after an attributed one: the same speaker goes on. */
  | 'continuation'
  /** A pronoun or role we could not tie to anybody. */
  | 'unresolved';

export interface Speaker {
  kind: 'named' | 'institution' | 'anonymous' | 'none';
  /** The name as written at `range` (named: "Sergei Shoigu"; institution: "Russia’s Defense Ministry"). */
  name?: string;
  /**
   * Where the speaker is written: the name itself, or for anonymous sources the description.
   * For a resolved pronoun or role, the earlier mention it was resolved to; `cue` holds the pronoun.
   */
  range?: Range;
  /** How the text describes an unnamed or pointed-to speaker: "a senior European official", "the Kremlin chief". */
  description?: string;
  /** A title or appositive: "Defense Minister", "a senior fellow at …". */
  role?: string;
  /** Filled later, by linking `range` to an entity mention. */
  entityId?: string;
  /** The words in the quote's own sentence that point at the speaker when that is not the name ("he"). */
  cue?: TextSpan;
  resolution?: SpeakerResolution;
}

/** A quotation or reported statement found in a report. */
export interface Quote {
  /** `q1`, `q2`, … in text order. */
  id: string;
  /**
   * direct: words in quotation marks standing as an utterance; mixed: reported speech that carries
   * quoted fragments (or a quoted fragment on its own); indirect: reported speech without marks.
   */
  kind: 'direct' | 'indirect' | 'mixed';
  /** The quoted (direct) or reported (indirect, mixed) words. */
  range: Range;
  text: string;
  /** The sentence(s) the quote and its attribution sit in. */
  sentenceRange: Range;
  speaker: Speaker;
  /** The reporting verb ("said", "warned", "according to"). */
  verb?: { lemma: string; range: Range };
  /** ISO 639-1 code when the quote is in another language than the text around it. */
  lang?: string;
  /** What the statement came through: "according to his ministry", "on his Telegram channel". */
  via?: TextSpan;
  /** The quotation marks never closed; the quote was cut at the end of its paragraph. */
  unclosed?: true;
  /** Quoted fragments inside a mixed quote. */
  fragments?: Range[];
}
