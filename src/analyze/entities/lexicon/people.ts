/**
 * People: a curated list of figures conflict news names often (with the spellings and
 * transliterations reports use), and common given names that mark a capitalised run as a
 * person. The list's roles are kept to long-held, stable ones ("Kremlin chief" for Putin);
 * roles a report states are always read from the report itself.
 */

export interface KnownPerson {
  canonical: string;
  /** Spellings of the surname (or the usual short name) reports use. */
  surnames: string[];
  /** Spellings of the given name. */
  given?: string[];
  country: string;
  /** Role phrases "the …" may refer back with, besides roles the report states. */
  roleAliases?: string[];
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  { canonical: 'Vladimir Putin', surnames: ['Putin', 'Poutine', 'Putins', 'Путин'], given: ['Vladimir', 'Wladimir'], country: 'RU', roleAliases: ['kremlin chief', 'kremlin leader', 'russian president', 'russian leader', 'president'] },
  { canonical: 'Volodymyr Zelenskyy', surnames: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Zelenski', 'Selenskyj', 'Zelenskij', 'Zełenski', 'Zelenskyi', 'Зеленский', 'Зеленський'], given: ['Volodymyr', 'Vladimir', 'Wolodymyr'], country: 'UA', roleAliases: ['ukrainian president', 'ukrainian leader', 'president'] },
  { canonical: 'Sergei Shoigu', surnames: ['Shoigu', 'Schoigu', 'Choïgou', 'Shoygu'], given: ['Sergei', 'Sergey'], country: 'RU' },
  { canonical: 'Dmitry Peskov', surnames: ['Peskov', 'Peskow'], given: ['Dmitry', 'Dmitri', 'Dmitrij'], country: 'RU', roleAliases: ['kremlin spokesman'] },
  { canonical: 'Sergei Lavrov', surnames: ['Lavrov', 'Lawrow'], given: ['Sergei', 'Sergey'], country: 'RU' },
  { canonical: 'Dmitry Medvedev', surnames: ['Medvedev', 'Medwedew'], given: ['Dmitry', 'Dmitri'], country: 'RU' },
  { canonical: 'Sergei Sobyanin', surnames: ['Sobyanin', 'Sobjanin', 'Sobianin'], given: ['Sergei', 'Sergey'], country: 'RU' },
  { canonical: 'Vyacheslav Gladkov', surnames: ['Gladkov', 'Gladkow'], given: ['Vyacheslav'], country: 'RU' },
  { canonical: 'Valery Gerasimov', surnames: ['Gerasimov', 'Gerassimow'], given: ['Valery', 'Valeriy'], country: 'RU' },
  { canonical: 'Andrei Belousov', surnames: ['Belousov', 'Beloussow'], given: ['Andrei', 'Andrey'], country: 'RU' },
  { canonical: 'Maria Zakharova', surnames: ['Zakharova', 'Sacharowa'], given: ['Maria'], country: 'RU' },
  { canonical: 'Ramzan Kadyrov', surnames: ['Kadyrov', 'Kadyrow'], given: ['Ramzan'], country: 'RU' },
  { canonical: 'Yevgeny Prigozhin', surnames: ['Prigozhin', 'Prigoschin', 'Prigojine'], given: ['Yevgeny', 'Evgeny'], country: 'RU' },
  { canonical: 'Alexei Navalny', surnames: ['Navalny', 'Nawalny', 'Navalnyi'], given: ['Alexei', 'Alexey', 'Aleksei'], country: 'RU' },
  { canonical: 'Alexander Lukashenko', surnames: ['Lukashenko', 'Lukaschenko', 'Loukachenko'], given: ['Alexander', 'Aleksandr'], country: 'BY' },
  { canonical: 'Mykhailo Podolyak', surnames: ['Podolyak', 'Podoliak', 'Podoljak'], given: ['Mykhailo', 'Mykhaylo', 'Mikhail'], country: 'UA' },
  { canonical: 'Dmytro Kuleba', surnames: ['Kuleba'], given: ['Dmytro'], country: 'UA' },
  { canonical: 'Andriy Yermak', surnames: ['Yermak', 'Jermak'], given: ['Andriy', 'Andrii'], country: 'UA' },
  { canonical: 'Valerii Zaluzhnyi', surnames: ['Zaluzhnyi', 'Zaluzhny', 'Saluschnyj'], given: ['Valerii', 'Valeriy', 'Valery'], country: 'UA' },
  { canonical: 'Oleksandr Syrskyi', surnames: ['Syrskyi', 'Syrsky', 'Syrskyj'], given: ['Oleksandr'], country: 'UA' },
  { canonical: 'Kyrylo Budanov', surnames: ['Budanov', 'Budanow'], given: ['Kyrylo', 'Kirill'], country: 'UA' },
  { canonical: 'Vitali Klitschko', surnames: ['Klitschko', 'Klychko'], given: ['Vitali', 'Vitaliy'], country: 'UA' },
  { canonical: 'Denys Shmyhal', surnames: ['Shmyhal', 'Schmyhal'], given: ['Denys'], country: 'UA' },
  { canonical: 'Rustem Umerov', surnames: ['Umerov', 'Umjerow'], given: ['Rustem'], country: 'UA' },
  { canonical: 'Barack Obama', surnames: ['Obama'], given: ['Barack'], country: 'US' },
  { canonical: 'George W. Bush', surnames: ['Bush'], given: ['George'], country: 'US' },
  { canonical: 'Joe Biden', surnames: ['Biden'], given: ['Joe', 'Joseph'], country: 'US' },
  { canonical: 'Donald Trump', surnames: ['Trump'], given: ['Donald'], country: 'US' },
  { canonical: 'Antony Blinken', surnames: ['Blinken'], given: ['Antony', 'Anthony'], country: 'US' },
  { canonical: 'Jens Stoltenberg', surnames: ['Stoltenberg'], given: ['Jens'], country: 'NO' },
  { canonical: 'Mark Rutte', surnames: ['Rutte'], given: ['Mark'], country: 'NL' },
  { canonical: 'Emmanuel Macron', surnames: ['Macron'], given: ['Emmanuel'], country: 'FR' },
  { canonical: 'Olaf Scholz', surnames: ['Scholz'], given: ['Olaf'], country: 'DE' },
  { canonical: 'Rishi Sunak', surnames: ['Sunak'], given: ['Rishi'], country: 'GB' },
  { canonical: 'Keir Starmer', surnames: ['Starmer'], given: ['Keir'], country: 'GB' },
  { canonical: 'James Cleverly', surnames: ['Cleverly'], given: ['James'], country: 'GB' },
  { canonical: 'Recep Tayyip Erdoğan', surnames: ['Erdoğan', 'Erdogan'], given: ['Recep'], country: 'TR' },
  { canonical: 'Xi Jinping', surnames: ['Xi Jinping', 'Xi'], country: 'CN' },
  { canonical: 'Benjamin Netanyahu', surnames: ['Netanyahu'], given: ['Benjamin'], country: 'IL' },
  { canonical: 'Ursula von der Leyen', surnames: ['von der Leyen'], given: ['Ursula'], country: 'DE' },
  { canonical: 'António Guterres', surnames: ['Guterres'], given: ['António', 'Antonio'], country: 'PT' },
  { canonical: 'Kim Jong Un', surnames: ['Kim Jong Un', 'Kim Jong-un'], country: 'KP' },
  { canonical: 'Ali Khamenei', surnames: ['Khamenei'], given: ['Ali'], country: 'IR' },
];

/**
 * Given names that make a following capitalised word a surname ("Michael Kofman",
 * "Tatiana Stanovaya", "Margus …"). English, Slavic, Baltic, Western European, Arabic, Turkish;
 * matched by loose key, so Sergey/Sergei and Dmitri/Dmitry are one entry.
 */
export const GIVEN_NAMES: readonly string[] = `
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan alastair albert alberto aleksandr aleksandra aleksei
alex alexander alexandra alexei alexey ali alice alicia alina alisher alla amanda amir amy ana anastasia anatoly andrea
andreas andrei andrej andrew andrey andriy andrii angela angelina ann anna anne annalena anthony antoine anton antonio
antony anya armin arseniy artem arthur artur ashley audrey barbara baris ben benjamin bernard bill bob bogdan boris
brian bruce carl carlos caroline catherine charles charlotte chris christian christina christine christopher claire
claude craig dan daniel daniela danielle daria dario darya dave david denis denys derek diana dmitri dmitriy dmitro
dmitry dmytro donald douglas dominic ed edward elena eli elizabeth ella elon emily emma emmanuel eric erik eugene
eva evgeny evgeniy fedor fyodor francesca francis francisco frank franz gary george georgiy gerhard giorgia gleb
grace greg gregory hakan hamid hanna hannah hans hassan heinrich helen helena henry herman hugh hunter igor ihor
ilya inna irina iryna isaac ivan jack jacob jake james jan jane janet jason jean jeff jeffrey jennifer jens jeremy
jessica jim joan joe johann john jonathan jorge jose josef joseph josh joshua juan judith julia julian julie
justin kamala karen karl karin kate katerina katherine kathleen kateryna kevin kirill kirsten klaus konstantin
kristina kyrylo larry laura lauren lee leo leonid lev linda lisa liz lloyd lucas ludmila luis lyudmila
maksim maksym marco margaret margarita margus maria marie marina mario mark marko markus martin mary masha matthew
max maxim maxime mehmet melania michael michel michelle miguel mikhail mikko mohammed mohammad muhammad mustafa
mykhailo mykhaylo mykola nadia nancy natalia natalya nataliya nathan nicholas nick nicolas nikita nikolai nikolay
nina oksana olaf oleg oleh oleksandr oleksiy olena olga oliver olivia omar oscar pablo patricia patrick paul pavel
pavlo peter petr petro petra philip philippe pierre pyotr rachel rafael ralph ramzan raymond rebecca recep richard
rishi robert roberto roman ron ronald rose ruslan rustem ruth ryan sam samantha samuel sandra sara sarah scott
sean sebastian serhiy serhii sergei sergey sergiy simon sofia sophia sophie stanislav stefan stephen steve steven
susan svetlana taras tatiana tatyana ted teresa theresa thomas tim timothy tom tony ulrich ursula valentina valery
valeriy valerii vasily vasyl victor victoria viktor viktoria vitali vitaliy vitaly vladimir vladislav vladyslav
volodymyr vyacheslav walter wanda william wolfgang xavier yana yaroslav yegor yelena yevgeny yevgeniy yulia yuliia
yuri yuriy zakhar zoe zoran
`.trim().split(/\s+/);
