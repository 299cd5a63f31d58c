/**
 * Words that dates are written with, per language. Data only: adding a language means adding
 * rows here, not code. Month names are lower-case; matching lower-cases the input.
 */

/** Month name (full, genitive or abbreviated) → month number 1–12. */
export const MONTH_NAMES: Readonly<Record<string, number>> = buildMonths({
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner'], ['februar'], ['märz', 'mär'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'déc', 'decembre'],
  ],
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'],
    ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
  ],
  pt: [
    ['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'],
    ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  pl: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  ru: [
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
    ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
});

/** Labels sites put before the current date in their header: "Today : Dec 23, 2024". */
export const TODAY_LABELS: readonly string[] = [
  'today', 'heute', "aujourd'hui", 'aujourd’hui', 'hoy', 'oggi', 'hoje', 'vandaag', 'dziś', 'dzisiaj',
  'сегодня', 'сьогодні', 'hôm nay',
];

/** Labels before a publication or update date on its own line: "Published: 23 December 2024". */
export const DATE_LINE_LABELS: readonly string[] = [
  'published', 'published on', 'posted', 'posted on', 'updated', 'last updated', 'updated on', 'first published',
  'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am', 'stand',
  'publié le', 'publié', 'mis à jour le', 'mis à jour',
  'publicado', 'publicado el', 'publicado em', 'actualizado', 'actualizado el', 'atualizado', 'atualizado em',
  'pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il',
  'gepubliceerd', 'gepubliceerd op', 'bijgewerkt',
  'opublikowano', 'aktualizacja', 'zaktualizowano',
  'опубликовано', 'обновлено', 'дата публикации', 'опубліковано', 'оновлено', 'дата публікації',
  'đăng ngày', 'cập nhật', 'ngày đăng',
];

function buildMonths(table: Record<string, string[][]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const months of Object.values(table)) {
    months.forEach((names, i) => {
      for (const name of names) out[name] = i + 1;
    });
  }
  return out;
}
