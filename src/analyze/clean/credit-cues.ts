/**
 * Credits to other outlets and agencies, as data: the labels of "Source: X" lines, the wire
 * agencies (with the spellings they are credited under), and the phrases that attribute
 * reporting to them or say a text was translated from another outlet. Add rows to add languages.
 */

/** Line labels that credit the whole report: "Source: Stern", "Quelle: dpa". */
export const SOURCE_LINE_LABELS: readonly string[] = [
  'source', 'sources', 'quelle', 'quellen', 'fuente', 'fuentes', 'fonte', 'fontes', 'bron', 'źródło', 'źródła',
  'источник', 'источники', 'джерело', 'джерела', 'nguồn', 'kaynak',
  'originally published (by|in|on|at)', 'first published (by|in|on|at)',
  'this (article|story) (was )?(originally|first) (appeared|published) (in|on|at|by)',
  'ursprünglich (erschienen|veröffentlicht) (in|bei|auf)', 'publié initialement (dans|par|sur)',
  'publicado originalmente (en|por|em)', 'pubblicato originariamente (su|da)',
];

/** A wire or news agency: the name to record and the spellings it is credited under. */
export interface Agency {
  name: string;
  spellings: readonly string[];
}

/** Agencies whose credit makes a report (partly) theirs. Spellings are case-sensitive. */
export const WIRE_AGENCIES: readonly Agency[] = [
  { name: 'Reuters', spellings: ['Reuters', 'REUTERS', 'Рейтер', 'Рейтерс'] },
  { name: 'Associated Press', spellings: ['Associated Press', 'AP'] },
  { name: 'AFP', spellings: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'France-Presse', 'Франс Пресс', 'Франс-Пресс'] },
  { name: 'dpa', spellings: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Bloomberg', spellings: ['Bloomberg'] },
  { name: 'UPI', spellings: ['UPI', 'United Press International'] },
  { name: 'EFE', spellings: ['EFE', 'Efe'] },
  { name: 'ANSA', spellings: ['ANSA', 'Ansa'] },
  { name: 'Xinhua', spellings: ['Xinhua', 'Синьхуа'] },
  { name: 'TASS', spellings: ['TASS', 'Tass', 'ТАСС'] },
  { name: 'Interfax', spellings: ['Interfax', 'Интерфакс', 'Інтерфакс'] },
  { name: 'RIA Novosti', spellings: ['RIA Novosti', 'РИА Новости', 'RIA'] },
  { name: 'Ukrinform', spellings: ['Ukrinform', 'Укрінформ', 'Укринформ'] },
  { name: 'UNIAN', spellings: ['UNIAN', 'УНІАН', 'УНИАН'] },
  { name: 'PAP', spellings: ['PAP', 'Polska Agencja Prasowa'] },
  { name: 'ČTK', spellings: ['ČTK', 'CTK'] },
  { name: 'APA', spellings: ['APA'] },
  { name: 'ANP', spellings: ['ANP'] },
  { name: 'Belga', spellings: ['Belga'] },
  { name: 'Kyodo', spellings: ['Kyodo'] },
  { name: 'Yonhap', spellings: ['Yonhap'] },
  { name: 'Anadolu', spellings: ['Anadolu Agency', 'Anadolu', 'AA'] },
  { name: 'PTI', spellings: ['PTI', 'Press Trust of India'] },
  { name: 'Lusa', spellings: ['Lusa'] },
  { name: 'Europa Press', spellings: ['Europa Press'] },
  { name: 'KNA', spellings: ['KNA'] },
  { name: 'epd', spellings: ['epd'] },
  { name: 'Sputnik', spellings: ['Sputnik', 'Спутник'] },
  { name: 'TTXVN', spellings: ['TTXVN', 'VNA', 'Vietnam News Agency'] },
];

/**
 * Words right before an agency that make a mention a credit: "according to Reuters", "laut dpa",
 * "selon l'AFP", "по данным ТАСС". An optional "(news) agency" word may stand between.
 */
export const ACCORDING_TO_CUES: readonly string[] = [
  'according to', 'citing', 'cited by', 'reported by', 'as reported by', 'told', 'quoted by',
  'laut', 'nach angaben (der|von|des)', 'zufolge', 'wie', 'berichtete', 'berichtet',
  'selon', "d'après", 'rapporte', 'a rapporté', 'cité par',
  'según', 'de acuerdo con', 'informó', 'citado por',
  'secondo', 'riferisce', 'citato da',
  'segundo', 'de acordo com', 'informou', 'citado pela',
  'według', 'podała', 'podaje', 'powołując się na',
  'по данным', 'по сообщению', 'как сообщает', 'как сообщило', 'сообщает', 'сообщило', 'передает', 'передаёт', 'со ссылкой на', 'пишет',
  'за даними', 'за повідомленням', 'як повідомляє', 'повідомляє', 'повідомила', 'з посиланням на', 'пише',
  'theo', 'dẫn nguồn', 'cho biết',
];

/** Agency nouns that may stand between the cue and the name: "laut der Nachrichtenagentur dpa". */
export const AGENCY_NOUNS: readonly string[] = [
  'the', 'the news agency', 'news agency', 'the agency', 'the wire service', 'wire service',
  'der', 'die', 'der nachrichtenagentur', 'die nachrichtenagentur', 'nachrichtenagentur', 'agentur',
  "l'agence", 'l’agence', "l'", 'l’', 'agence', 'la agencia', 'agencia', 'la', "l'agenzia", 'l’agenzia', 'agenzia',
  'a agência', 'agência', 'a', 'agencja', 'agencji', 'agencją',
  'агентство', 'агентства', 'агентству', 'агентством', 'агенція', 'агенції', 'агентство',
  'hãng', 'hãng tin', 'hãng thông tấn', 'thông tấn xã',
];

/** Phrases that say the text is a translation of another outlet's report. */
export const TRANSLATED_FROM_CUES: readonly string[] = [
  'translated from', 'translation from', 'a translation of',
  'übersetzt aus', 'übersetzung aus', 'übersetzung von', 'traduit de', 'traduction de', 'traduit d’', "traduit d'",
  'traducido de', 'traducción de', 'tradotto da', 'traduzione da', 'traduzido de', 'tradução de',
  'przetłumaczono z', 'tłumaczenie z', 'перевод с', 'перевод из', 'переведено с', 'переведено из', 'переклад з', 'перекладено з',
  'dịch từ', 'vertaald uit', 'vertaling van',
];

/** Words between a translation cue and the outlet: "translated from the German original in". */
export const TRANSLATION_FILLERS: readonly string[] = [
  'the', 'an', 'a', 'original', 'article', 'report', 'story', 'piece', 'text', 'version', 'edition', 'in', 'by', 'of', 'at',
  'published', 'first', 'from', 'dem', 'der', 'die', 'das', 'artikel', 'original', 'von', 'in', 'aus', "l'article", "l'original",
  'le', 'la', 'article', 'de', 'du', 'des', 'el', 'artículo', 'del', 'en', 'il', "l'articolo", 'articolo', 'di', 'o', 'artigo', 'do', 'da',
  'artykułu', 'статьи', 'статті', 'издания', 'видання', 'bài', 'báo', 'het', 'artikel',
];

/** Language names that a translation cue may name instead of an outlet ("translated from German"). */
export const LANGUAGE_NAMES =
  /^(english|german|french|spanish|italian|portuguese|polish|russian|ukrainian|vietnamese|dutch|chinese|japanese|arabic|turkish|englischen|deutschen|französischen|russischen|ukrainischen|anglais|allemand|russe|ukrainien|inglés|alemán|ruso|ucraniano|inglese|tedesco|russo|ucraino|inglês|alemão|angielskiego|rosyjskiego|ukraińskiego|английского|русского|украинского|англійської|російської|української|tiếng anh|tiếng nga)$/iu;
