import type { RemovalReason } from '../../model/document.js';

/**
 * What scrapers leave in article text, as data: per language, the lines that mark a comment
 * form, a related-links block, a share or subscribe call, an advert, a cookie notice, site
 * chrome or an author bio. Adding a language means adding rows. Each phrase is a regex source,
 * matched case-insensitively against one trimmed line; a space matches any run of spaces and
 * an apostrophe matches ' ’ or ʼ.
 *
 * `whole` phrases must be the entire line (trailing `:`, `*`, `.`, `!` or a count allowed);
 * `lead` phrases may be followed by more words on the same line (still a short line).
 */

/** Phrases of one language for one kind of cue. */
export interface CueRow {
  lang: string;
  whole?: readonly string[];
  lead?: readonly string[];
}

/**
 * A table of cues: the reason a matching line is cut with, where in the text the cue counts
 * (`head`: above the headline; `tail`: only when nothing but boilerplate follows; `anywhere`:
 * on a line of its own; `in-block`: only inside a block another cue opened), and its rows.
 */
export interface CueSet {
  reason: RemovalReason;
  where: 'head' | 'tail' | 'anywhere' | 'in-block';
  rows: readonly CueRow[];
}

/** A compiled cue: which language row it came from, so `detail` can name it. */
export interface CompiledCue {
  lang: string;
  mode: 'whole' | 'lead';
  re: RegExp;
}

// ─── comment forms ─────────────────────────────────────────────────────────────
/** Comment-form headings and the fixed sentences of comment forms (WordPress and others). */
export const COMMENT_FORM: CueSet = {
  reason: 'comment-form',
  where: 'anywhere',
  rows: [
    {
      lang: 'en',
      whole: ['leave a (comment|reply)', 'leave a reply to [^.!?]{1,40}', 'post a (comment|reply)', '(read|view|show|see) (all )?(\\d+ )?comments', 'add a comment', 'write a comment', 'join the (conversation|discussion)', '(show|view|load) comments', 'be the first to comment', '\\d+ (comments?|responses?|replies)', 'one (comment|response|reply)', 'comments are closed'],
      lead: ['your email address will not be published', 'required fields are marked', 'you must be logged in to post a comment', 'save my name, email,? and website', 'notify me of (follow-up comments|new posts)', 'this site uses akismet to reduce spam', 'log in to (leave|post) a comment'],
    },
    {
      lang: 'de',
      whole: ['(schreibe|hinterlasse|schreiben sie|hinterlassen sie) einen kommentar', '(hinterlasse|hinterlassen sie) eine antwort', 'kommentar (schreiben|verfassen|hinterlassen|abgeben|hinzufügen)', 'antwort hinterlassen', '\\d+ kommentare?', 'kommentare (anzeigen|laden)'],
      lead: ['(deine|ihre) e-?mail-?adresse wird nicht veröffentlicht', 'erforderliche felder sind (mit \\* )?markiert', 'pflichtfelder sind (mit \\* )?markiert', 'meinen namen, (meine )?e-?mail(-adresse)? und (meine )?website in diesem browser speichern', 'du musst angemeldet sein, um einen kommentar'],
    },
    {
      lang: 'fr',
      whole: ['laisser un commentaire', 'laisser une réponse', 'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire', '\\d+ commentaires?'],
      lead: ['votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée', 'les champs obligatoires sont indiqués', 'enregistrer mon nom, mon e-?mail et mon site', 'vous devez être connecté pour publier un commentaire'],
    },
    {
      lang: 'es',
      whole: ['deja (un comentario|una respuesta|tu comentario)', 'dejar (un comentario|una respuesta)', 'escribe un comentario', 'añadir un comentario', '\\d+ comentarios?'],
      lead: ['(tu|su) (dirección de )?correo( electrónico)? no será publicad[oa]', 'los campos obligatorios están marcados', 'guarda mi nombre, correo electrónico y (sitio )?web', 'debes (estar registrado|iniciar sesión) para publicar un comentario'],
    },
    {
      lang: 'it',
      whole: ['lascia (un commento|una risposta)', 'scrivi un commento', 'aggiungi un commento', '\\d+ commenti'],
      lead: ['il tuo indirizzo (e-?mail|di posta) non sarà pubblicato', 'i campi obbligatori sono (contrassegnati|indicati)', 'salva il mio nome, (l\'?)?e-?mail e (il )?sito web', 'devi essere connesso per inviare un commento'],
    },
    {
      lang: 'pt',
      whole: ['deixe (um comentário|uma resposta|seu comentário|o seu comentário)', 'deixar um comentário', 'escreva um comentário', '\\d+ comentários?'],
      lead: ['o seu (endereço de )?e-?mail não será publicado', 'seu (endereço de )?e-?mail não será publicado', 'campos obrigatórios são marcados', 'salvar meus dados neste navegador', 'guardar o meu nome, e-?mail e site'],
    },
    {
      lang: 'pl',
      whole: ['(dodaj|zostaw|napisz) (komentarz|odpowiedź)', '\\d+ komentarz(e|y)?'],
      lead: ['twój adres (e-?mail|email) nie zostanie opublikowany', 'wymagane pola są oznaczone', 'zapisz moje dane, adres e-?mail i witrynę', 'musisz się zalogować, aby móc dodać komentarz'],
    },
    {
      lang: 'ru',
      whole: ['(оставить|добавить|написать) (комментарий|ответ)', 'оставьте (комментарий|ответ)', '\\d+ комментари(й|я|ев)'],
      lead: ['ваш (адрес )?(e-?mail|email|электронной почты) не будет опубликован', 'обязательные поля помечены', 'сохранить моё имя, email и адрес сайта', 'для отправки комментария вам необходимо авторизоваться'],
    },
    {
      lang: 'uk',
      whole: ['(залишити|додати|написати) (коментар|відповідь)', 'залиште (коментар|відповідь)', '\\d+ коментар(ів|і)?'],
      lead: ['ваша (адреса )?(e-?mail|email|електронної пошти) (адреса )?не буде опублікована', 'обов\'язкові поля позначені', 'зберегти моє ім\'я, e-?mail'],
    },
    {
      lang: 'vi',
      whole: ['để lại (một )?(bình luận|phản hồi|trả lời)', '(viết|gửi) bình luận', '\\d+ bình luận'],
      lead: ['(địa chỉ )?email của bạn sẽ không được (hiển thị công khai|công bố)', 'các trường bắt buộc được đánh dấu', 'lưu tên của tôi, email, và trang web', 'bạn phải đăng nhập để gửi bình luận'],
    },
    {
      lang: 'nl',
      whole: ['(laat een reactie achter|geef een reactie|plaats een reactie)', '\\d+ reacties?'],
      lead: ['je e-?mailadres wordt niet gepubliceerd', 'uw e-?mailadres wordt niet gepubliceerd', 'vereiste velden zijn gemarkeerd'],
    },
  ],
};

/**
 * The "cancel reply" link of a comment form. It stands on a line of its own, opens one, or
 * (WordPress) trails the form's heading: "Leave a Reply Cancel reply", "Dodaj komentarz Anuluj
 * pisanie odpowiedzi". Code accepts a line that is a {@link COMMENT_FORM} heading plus one of these.
 */
export const COMMENT_CANCEL: CueSet = {
  reason: 'comment-form',
  where: 'anywhere',
  rows: [
    { lang: 'en', lead: ['cancel reply'] },
    { lang: 'de', lead: ['antwort(en)? abbrechen'] },
    { lang: 'fr', lead: ['annuler (la )?réponse'] },
    { lang: 'es', lead: ['cancelar (la )?respuesta'] },
    { lang: 'it', lead: ['annulla (la )?risposta'] },
    { lang: 'pt', lead: ['cancelar (a )?resposta'] },
    { lang: 'pl', lead: ['anuluj (pisanie odpowiedzi|odpowiedź)'] },
    { lang: 'ru', lead: ['отменить ответ'] },
    { lang: 'uk', lead: ['скасувати відповідь'] },
    { lang: 'vi', lead: ['hủy (trả lời|phản hồi)'] },
    { lang: 'nl', lead: ['reactie annuleren', 'annuleer reactie'] },
  ],
};

/** Labels of comment-form fields, in the languages of {@link COMMENT_FORM}. */
const FIELD_LABELS = [
  '(your )?(name|e-?mail( address)?|website|comment|url)',
  'name|e-?mail(-adresse)?|webseite|website|kommentar',
  'nom|adresse (e-?mail|de messagerie|courriel)|site( web| internet)?|commentaire',
  'nombre|correo( electrónico)?|web|sitio web|comentario',
  'nome|indirizzo e-?mail|sito( web)?|commento',
  'nome|e-?mail|site|comentário',
  'nazwa|imię( i nazwisko)?|podpis|adres e-?mail|witryna|strona( internetowa| www)?|komentarz',
  '(ваше )?имя|(ваш )?(e-?mail|email)|электронная почта|сайт|(ваш )?комментарий',
  '(ваше )?ім\'я|електронна пошта|(веб-)?сайт|коментар',
  'tên|trang web|bình luận',
  'naam|e-?mailadres|reactie',
].join('|');

/** Field labels and buttons of a comment form: cut only inside a comment-form block. */
export const COMMENT_FORM_FIELDS: CueSet = {
  reason: 'comment-form',
  where: 'in-block',
  rows: [
    {
      lang: '*',
      whole: [
        `(${FIELD_LABELS})( \\*)?`,
        'comments?', 'kommentare', 'commentaires', 'comentarios', 'commenti', 'comentários', 'reacties', 'komentarze', 'комментарии', 'коментарі',
        'post (comment|reply)', 'reply', 'submit( comment)?', 'send', 'kommentar abschicken', 'antworten', 'senden', 'absenden', 'envoyer', 'répondre', 'publier( le commentaire)?', 'enviar', 'responder', 'publicar (el )?comentario', 'invia( commento)?', 'rispondi', 'publicar comentário', '(opublikuj|wyślij) komentarz', 'odpowiedz', 'отправить( комментарий)?', 'ответить', 'надіслати( коментар)?', 'відповісти', 'gửi( bình luận)?', 'trả lời', 'reageer', 'Δ',
      ],
      lead: ['notify me of', 'benachrichtige mich', 'prévenez-moi', 'avísame', 'avvisami', 'notifique-me', 'powiadom mnie', 'уведомлять меня', 'повідомляти мене', 'thông báo cho tôi'],
    },
  ],
};

// ─── related links ───────────────────────────────────────────────────────────────
/** Headings of "related"/"latest" link lists. After one, teaser titles, snippets and dates follow. */
export const RELATED_HEADERS: CueSet = {
  reason: 'related-links',
  where: 'anywhere',
  rows: [
    {
      lang: 'en',
      whole: ['latest (contents?|news|stories|articles|posts|headlines)', 'related( (articles?|stories|news|posts|content|coverage|topics|reading))?', 'read (more|also|next)', 'also read', 'more (stories|news|articles|from [\\p{L} ]{2,30})', 'you (may|might) also (like|be interested in)', 'recommended( (for you|stories|articles|reading))?', 'most (read|popular|viewed|shared)', 'trending( (now|stories|news))?', 'top stories', 'popular (posts|stories|articles)', 'see also', 'don\'t miss', 'editor\'s picks', 'what to read next', 'in other news', 'more on this (story|topic)'],
      lead: ['read more', 'read also', 'also read', 'related', 'see also', 'watch'],
    },
    {
      lang: 'de',
      whole: ['mehr zum thema', 'das könnte sie auch interessieren', 'lesen sie (auch|mehr)', 'auch interessant', 'weitere (artikel|nachrichten|meldungen)', 'meistgelesen', 'neueste (artikel|nachrichten|beiträge)', '(verwandte|ähnliche|empfohlene) artikel', 'mehr aus dem ressort'],
      lead: ['lesen sie auch', 'mehr zum thema', 'auch interessant'],
    },
    {
      lang: 'fr',
      whole: ['(à|a) lire (aussi|également)', 'lire aussi', 'sur le même sujet', 'articles similaires', 'vous aimerez aussi', 'les plus lus', 'dernières (actualités|nouvelles|infos)', 'voir aussi', 'nos articles', 'à voir aussi'],
      lead: ['(à|a) lire (aussi|également)', 'lire aussi', 'voir aussi'],
    },
    {
      lang: 'es',
      whole: ['leer más', 'lee también', 'te puede interesar', 'también te puede interesar', '(noticias|artículos) relacionad[oa]s', 'lo más (leído|visto)', 'últimas noticias', 'más noticias', 'relacionad[oa]s', 'ver también'],
      lead: ['leer más', 'lee también', 'te puede interesar', 'ver también', 'relacionad[oa]'],
    },
    {
      lang: 'it',
      whole: ['leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', '(articoli|notizie) correlat[ei]', 'i più letti', 'ultime notizie', 'altre notizie'],
      lead: ['leggi anche', 'potrebbe interessarti'],
    },
    {
      lang: 'pt',
      whole: ['leia (também|mais)', 'veja também', '(notícias|artigos|matérias) relacionad[oa]s', 'mais lid[oa]s', 'últimas notícias', 'você pode gostar', 'saiba mais'],
      lead: ['leia (também|mais)', 'veja também', 'saiba mais'],
    },
    {
      lang: 'pl',
      whole: ['czytaj (także|też|więcej)', 'zobacz (też|także)', 'przeczytaj (też|także)', 'polecane( artykuły)?', 'najczęściej czytane', 'najnowsze( artykuły| wiadomości)?', 'powiązane artykuły'],
      lead: ['czytaj (także|też)', 'zobacz (też|także)', 'przeczytaj (też|także)'],
    },
    {
      lang: 'ru',
      whole: ['читайте также', 'смотрите также', 'похожие (новости|статьи|материалы)', 'последние новости', 'самое (читаемое|популярное)', 'рекомендуем', 'другие новости', '(новости|материалы) по теме'],
      lead: ['читайте также', 'смотрите также', 'по теме'],
    },
    {
      lang: 'uk',
      whole: ['читайте також', 'дивіться також', 'схожі (новини|статті|матеріали)', 'останні новини', 'найпопулярніше', 'рекомендуємо', 'інші новини', '(новини|матеріали) на тему', 'по темі'],
      lead: ['читайте також', 'дивіться також', 'по темі'],
    },
    {
      lang: 'vi',
      whole: ['(tin|bài( viết)?) liên quan', 'đọc thêm', 'xem thêm', 'tin (mới nhất|khác|nổi bật)', 'có thể bạn quan tâm', 'đọc nhiều( nhất)?'],
      lead: ['đọc thêm', 'xem thêm', 'tin liên quan'],
    },
    {
      lang: 'nl',
      whole: ['lees (ook|meer)', 'gerelateerde artikelen', 'meest gelezen', 'meer nieuws'],
      lead: ['lees ook'],
    },
  ],
};

// ─── share, subscribe, follow ────────────────────────────────────────────────────
const NETWORKS = '(facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest|vk|вконтакте|viber|messenger|threads|bluesky|mastodon|instagram|youtube|tiktok|google news|zalo)';

/** One-line share calls. A line made only of network names is handled in code. */
export const SHARE_LINES: CueSet = {
  reason: 'share-line',
  where: 'anywhere',
  rows: [
    { lang: 'en', whole: [`share( this( article| story| post| page)?)?( on ${NETWORKS})?`, `share (via|on|to) .{1,40}`, 'tweet( this)?', 'pin it', 'email this( (article|story))?', 'print( this( article| page| story)?)?', 'copy (link|url)', 'click to share on .{1,40}', 'share this:?'] },
    { lang: 'de', whole: ['teilen', '(artikel|beitrag) teilen', `(auf|via|per) ${NETWORKS} teilen`, 'drucken', 'link kopieren', 'jetzt teilen'] },
    { lang: 'fr', whole: ['partager( (cet article|sur .{1,30}|via .{1,30}))?', 'imprimer', 'copier le lien'] },
    { lang: 'es', whole: ['compartir( (en|por) .{1,30})?', 'comparte (esta noticia|este artículo)', 'imprimir', 'copiar enlace'] },
    { lang: 'it', whole: ['condividi( (su|via) .{1,30}| questo articolo)?', 'stampa', 'copia link'] },
    { lang: 'pt', whole: ['compartilh(e|ar)( (no|via|este artigo) .{0,30})?', 'partilh(e|ar)( (no|via) .{1,30})?', 'imprimir', 'copiar link'] },
    { lang: 'pl', whole: ['udostępnij( (na|przez) .{1,30})?', 'drukuj', 'kopiuj link'] },
    { lang: 'ru', whole: ['поделиться( в .{1,30})?', 'распечатать', 'скопировать ссылку'] },
    { lang: 'uk', whole: ['поділитися( в .{1,30})?', 'друкувати', 'скопіювати посилання'] },
    { lang: 'vi', whole: ['chia sẻ( (qua|lên) .{1,30})?', 'in bài( viết)?', 'sao chép liên kết'] },
    { lang: 'nl', whole: ['delen( (op|via) .{1,30})?', 'deel dit artikel'] },
  ],
};

/** Subscribe and follow calls, newsletter sign-ups, donation appeals. */
export const SUBSCRIBE_LINES: CueSet = {
  reason: 'subscribe-line',
  where: 'anywhere',
  rows: [
    {
      lang: 'en',
      whole: ['subscribe( (now|today|here))?', `follow us( on ${NETWORKS}( and ${NETWORKS})*)?`, 'sign up', 'subscribe to (our|the) (newsletter|channel|youtube channel|podcast)'],
      lead: ['subscribe to (our|the) (free )?(newsletter|channel|youtube channel|telegram channel|podcast|daily)', 'sign up (for|to) (our|the) .{0,40}newsletter', `(follow|join) us on ${NETWORKS}`, `follow @?[\\p{L}\\d_ ]{1,60} on ${NETWORKS}`, 'get (our|the) .{0,30}newsletter', 'never miss a (story|thing)', 'support (our|independent) journalism', 'become a (member|subscriber|patron)', 'click here to (subscribe|sign up|get (the|our) .{1,40}app|download (the|our) .{1,40}app)', 'get the latest news delivered', 'download (the|our) .{1,30} app'],
    },
    {
      lang: 'de',
      whole: ['(newsletter|jetzt) abonnieren', `(folgen sie uns|folge uns)( (auf|bei) ${NETWORKS})?`],
      lead: ['abonnieren sie (unseren|den) newsletter', `(folgen sie uns|folge uns) (auf|bei) ${NETWORKS}`, 'melden sie sich für (unseren|den) newsletter an', 'unterstützen sie (unabhängigen )?journalismus'],
    },
    {
      lang: 'fr',
      whole: ['abonnez-vous', `suivez-nous( sur ${NETWORKS})?`, 's\'abonner'],
      lead: ['abonnez-vous à (notre|la) (newsletter|chaîne|lettre)', 'inscrivez-vous à (notre|la) (newsletter|lettre)', `suivez-nous sur ${NETWORKS}`, 'soutenez (notre|le) journalisme'],
    },
    {
      lang: 'es',
      whole: ['suscríbe(te|se)', `síguenos( en ${NETWORKS})?`],
      lead: ['suscríbe(te|se) a (nuestro|nuestra|el|la) (boletín|newsletter|canal)', `síguenos en ${NETWORKS}`, 'apoya el periodismo'],
    },
    {
      lang: 'it',
      whole: ['iscriviti', 'abbonati', `seguici( su ${NETWORKS})?`],
      lead: ['iscriviti alla (nostra )?newsletter', `seguici su ${NETWORKS}`, 'abbonati a'],
    },
    {
      lang: 'pt',
      whole: ['assine( já)?', 'inscreva-se', `siga-nos( no ${NETWORKS})?`],
      lead: ['assine a (nossa )?newsletter', 'inscreva-se na (nossa )?newsletter', `siga-nos n[oa] ${NETWORKS}`],
    },
    {
      lang: 'pl',
      whole: ['subskrybuj', `obserwuj nas( na ${NETWORKS})?`, 'zapisz się do newslettera'],
      lead: ['zapisz się do (naszego )?newslettera', `obserwuj nas na ${NETWORKS}`],
    },
    {
      lang: 'ru',
      whole: ['подписаться', `(подписывайтесь|подпишитесь)( на .{1,40})?`],
      lead: ['(подписывайтесь|подпишитесь) на (наш|нашу|наши)', `читайте нас в ${NETWORKS}`],
    },
    {
      lang: 'uk',
      whole: ['підписатися', `(підписуйтесь|підпишіться)( на .{1,40})?`],
      lead: ['(підписуйтесь|підпишіться) на (наш|нашу|наші)', `читайте нас у ${NETWORKS}`],
    },
    {
      lang: 'vi',
      whole: ['đăng ký( nhận bản tin)?', `theo dõi( chúng tôi)?( trên ${NETWORKS})?`],
      lead: ['đăng ký nhận bản tin', `theo dõi chúng tôi trên ${NETWORKS}`],
    },
    { lang: 'nl', whole: ['abonneer( je| nu)?', `volg ons( op ${NETWORKS})?`], lead: ['schrijf je in voor (onze|de) nieuwsbrief'] },
  ],
};

// ─── adverts and cookie notices ─────────────────────────────────────────────────────
/** Advert markers left where an ad slot was. */
export const AD_LINES: CueSet = {
  reason: 'advertisement',
  where: 'anywhere',
  rows: [
    {
      lang: '*',
      whole: [
        'advertisement', 'advertising', 'ad', 'ads', 'sponsored( content)?', 'paid content', 'promoted( content)?',
        'story continues below( advertisement)?', 'article continues below( advertisement)?', 'the article continues below', 'continue reading below',
        'scroll (down )?to continue( (reading|with content))?',
        'anzeige', 'werbung', 'artikel wird unter der anzeige fortgesetzt', 'weiter nach der anzeige',
        'publicité', 'la suite après (cette|la) publicité',
        'publicidad', 'pubblicità', 'publicidade', 'reklama', 'реклама', 'quảng cáo', 'advertentie',
      ],
    },
  ],
};

/** Sentences that open a cookie notice; the line must also mention cookies. */
export const COOKIE_LEADS: CueSet = {
  reason: 'page-boilerplate',
  where: 'anywhere',
  rows: [
    { lang: 'en', lead: ['we use cookies', 'this (web)?site uses cookies', 'by (continuing to use|using) (this|our) (web)?site', 'we and our partners use cookies', 'accept (all )?cookies'] },
    { lang: 'de', lead: ['wir (verwenden|nutzen) cookies', 'diese (web)?seite (verwendet|nutzt) cookies', 'diese website (verwendet|nutzt) cookies'] },
    { lang: 'fr', lead: ['nous utilisons des cookies', 'ce site (web )?utilise des cookies', 'en poursuivant votre navigation'] },
    { lang: 'es', lead: ['utilizamos cookies', 'usamos cookies', 'este sitio (web )?(utiliza|usa) cookies'] },
    { lang: 'it', lead: ['utilizziamo (i )?cookie', 'questo sito (web )?(utilizza|usa) (i )?cookie'] },
    { lang: 'pt', lead: ['usamos cookies', 'utilizamos cookies', 'este (site|sítio) (usa|utiliza) cookies'] },
    { lang: 'pl', lead: ['używamy (plików )?cookie', 'ta strona (używa|korzysta z) (plików )?cookie'] },
    { lang: 'ru', lead: ['мы используем (файлы )?cookie', 'этот сайт использует (файлы )?cookie', 'сайт использует (файлы )?cookie'] },
    { lang: 'uk', lead: ['ми використовуємо (файли )?cookie', 'цей сайт використовує (файли )?cookie', 'сайт використовує (файли )?cookie'] },
    { lang: 'vi', lead: ['chúng tôi sử dụng cookie', 'trang web này sử dụng cookie'] },
    { lang: 'nl', lead: ['wij gebruiken cookies', 'we gebruiken cookies', 'deze (web)?site gebruikt cookies'] },
  ],
};

// ─── site chrome at the top ─────────────────────────────────────────────────────────
/** Section names sites print above a headline. Only cut before the headline. */
export const SECTION_LABELS: CueSet = {
  reason: 'site-chrome',
  where: 'head',
  rows: [
    {
      lang: '*',
      whole: [
        '(world|breaking|latest|top|local|national|international|business|political|us|u\\.s\\.|uk|europe|european|asia|africa|middle east|tech|science|health|sports?|entertainment|defense|defence|war) news',
        'news', 'world', 'politics', 'europe', 'business', 'economy', 'opinion', 'analysis', 'culture', 'technology', 'tech', 'science', 'health', 'sports?', 'entertainment', 'international', 'national', 'local', 'live', 'exclusive', 'middle east', 'asia', 'africa', 'americas', 'europe & world', 'war in ukraine', 'russia-ukraine war', 'ukraine war', 'conflict', 'defence', 'defense', 'world politics',
        'nachrichten', 'politik', 'welt', 'ausland', 'inland', 'wirtschaft', 'panorama', 'meinung', 'krieg in der ukraine',
        'monde', 'politique', 'économie', 'actualités?', 'actu', 'international', 'guerre en ukraine',
        'internacional', 'mundo', 'política', 'economía', 'noticias', 'última hora', 'opinión',
        'esteri', 'mondo', 'politica', 'economia', 'cronaca', 'notizie', 'attualità',
        'notícias', 'brasil', 'últimas',
        'świat', 'polityka', 'wiadomości', 'kraj', 'gospodarka', 'wojna w ukrainie',
        'новости', 'мир', 'политика', 'в мире', 'экономика', 'общество', 'происшествия',
        'новини', 'світ', 'політика', 'економіка', 'суспільство', 'війна',
        'thế giới', 'thời sự', 'tin tức', 'chính trị', 'kinh tế', 'quân sự',
        'nieuws', 'buitenland', 'binnenland',
      ],
    },
  ],
};

/** Menu and accessibility lines. */
export const NAV_LINES: CueSet = {
  reason: 'navigation',
  where: 'head',
  rows: [
    {
      lang: '*',
      whole: ['skip to (main )?content', 'skip navigation', 'menu', 'main menu', 'home', 'search', 'log ?in', 'sign ?in', 'sign up', 'register', 'zum inhalt springen', 'aller au contenu', 'ir al contenido', 'vai al contenuto', 'ir para o conteúdo', 'przejdź do treści', 'перейти к содержимому', 'перейти до вмісту', 'chuyển đến nội dung', 'startseite', 'accueil', 'inicio', 'главная', 'головна', 'trang chủ'],
    },
  ],
};

// ─── page boilerplate at the end ────────────────────────────────────────────────────────
/** Copyright, tags and category lines that close a page. */
export const PAGE_FOOTER: CueSet = {
  reason: 'page-boilerplate',
  where: 'anywhere',
  rows: [
    {
      lang: '*',
      whole: ['all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati', 'todos os direitos reservados', 'wszelkie prawa zastrzeżone', 'все права защищены', 'всі права захищені', 'bản quyền thuộc về .{1,40}'],
      lead: [
        '(©|copyright ©?|\\(c\\)) ?\\d{4}',
        'disclaimer ?:',
        '(the )?(views|opinions)( and opinions)? expressed (in|by) (this|the) (article|column|piece|post|commentary|op-ed|blog)[^.]{0,80}(do not necessarily|are (solely )?(those|the author))', '(tags|tagged|topics|filed under|categories|posted in|schlagwörter|themen|étiquettes|mots-clés|etiquetas|temas|tag|argomenti|tagi|теги|метки|теги|từ khóa)\\s*:'],
    },
  ],
};

/**
 * A closing line that points to the outlet's own other products: the broadcast, the app, the
 * live page. Cut only as a short standalone line at the end of the article (checked in code).
 */
export const OWN_PROMO_LINES: CueSet = {
  reason: 'page-boilerplate',
  where: 'tail',
  rows: [
    {
      lang: 'en',
      lead: [
        '(listen|listen again|tune in) to (the|our|this|today\'s) ([\\p{L}\\u0027\\u2019-]+ ){0,3}(report|reports|interview|story|programme|program|episode|podcast|bulletin|broadcast|show|conversation|discussion|edition|briefing)',
        'watch (the|our) (full|whole|complete|entire|extended|latest) ([\\p{L}\\u0027\\u2019-]+ ){0,2}(report|interview|video|programme|program|episode|story|broadcast|bulletin|coverage|documentary)',
        '(download|get|install) (the|our) (free )?([\\p{L}\\u0027\\u2019-]+ ){0,2}app',
        'follow (our|the) live (coverage|blog|updates|page|feed|ticker)',
        'for (more|the latest|live updates|updates)( [\\p{L}\\u0027\\u2019-]+){0,5},? (listen|watch|follow|download|visit|tune in|subscribe)',
        'hear (the|our) (full|whole|complete|entire)',
      ],
    },
    {
      lang: 'de',
      lead: [
        '(hören|sehen) sie (den|das|die|unseren|unser|unsere) ([\\p{L}-]+ ){0,3}(beitrag|interview|sendung|podcast|bericht|reportage|video)',
        '(laden sie|holen sie sich) (unsere|die) ([\\p{L}-]+ ){0,2}app',
        'verfolgen sie (unseren|den|unser|das) (live-?ticker|liveblog|live-?blog|newsblog)',
      ],
    },
    {
      lang: 'fr',
      lead: [
        '(écoutez|réécoutez|regardez) (le |la |l\'|notre )([\\p{L}\\u0027\\u2019-]+ ){0,3}(reportage|émission|interview|entretien|podcast|journal|chronique|édition|vidéo|bulletin)',
        'téléchargez (notre|l\') ?(application|appli)',
        'suivez (notre|le) (direct|live|fil)',
      ],
    },
    {
      lang: 'es',
      lead: [
        '(escucha|escuche|mira|vea) (el|la|nuestro|nuestra) ([\\p{L}-]+ ){0,3}(reportaje|programa|entrevista|podcast|informativo|boletín|vídeo|video|edición)',
        '(descarga|descargue) (nuestra|la) (app|aplicación)',
        '(sigue|siga) (nuestra|la) cobertura en (directo|vivo)',
      ],
    },
    {
      lang: 'ru',
      lead: [
        '(слушайте|смотрите) (полную|полный|полное|наш|нашу|наше|выпуск|программу|интервью|репортаж)',
        '(скачайте|установите) (наше )?приложение',
        'следите за (нашей )?(онлайн-трансляцией|трансляцией|хроникой)',
      ],
    },
  ],
};

// ─── author bios ────────────────────────────────────────────────────────────────────
/** Headings above an author bio. */
export const BIO_HEADERS: CueSet = {
  reason: 'author-bio',
  where: 'tail',
  rows: [
    {
      lang: '*',
      whole: ['about the (author|writer|reporter)', 'the author', 'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'à propos de l\'auteur', 'l\'auteur', 'sobre el autor', 'sobre la autora', 'sull\'autore', 'l\'autore', 'sobre o autor', 'sobre a autora', 'o autorze', 'об авторе', 'про автора', 'về tác giả', 'over de auteur'],
    },
  ],
};

/** First-person career openers: "I have been working in the news industry for …". */
export const BIO_FIRST_PERSON: CueSet = {
  reason: 'author-bio',
  where: 'tail',
  rows: [
    { lang: 'en', lead: ['(hi,? )?i(\'ve| have) been (working|writing|reporting|covering)', '(hi,? )?i(\'m| am) an? ([\\p{L}-]+ ){0,3}(journalist|reporter|writer|editor|correspondent|blogger|columnist|author|content creator)', 'my name is [\\p{Lu}]'] },
    { lang: 'de', lead: ['ich (bin|arbeite( seit [\\p{L}\\d ]{1,20})? als) ([\\p{L}-]+ ){0,3}(journalist|redakteur|autor|reporter|korrespondent)\\p{L}*'] },
    { lang: 'fr', lead: ['je suis ([\\p{L}-]+ ){0,3}(journaliste|rédact|reporter|correspondant|auteur)\\p{L}*', 'journaliste depuis'] },
    { lang: 'es', lead: ['soy ([\\p{L}-]+ ){0,3}(periodista|redactor|reporter|corresponsal|escritor|editor)\\p{L}*'] },
    { lang: 'it', lead: ['sono ([\\p{L}-]+ ){0,3}(giornalista|redatt|reporter|corrispondente|scrit)\\p{L}*'] },
    { lang: 'pt', lead: ['sou ([\\p{L}-]+ ){0,3}(jornalista|redator|repórter|correspondente|escritor|editor)\\p{L}*'] },
    { lang: 'pl', lead: ['jestem ([\\p{L}-]+ ){0,3}(dziennikar|redaktor|reporter|korespondent)\\p{L}*'] },
    { lang: 'ru', lead: ['я ([\\p{L}-]+ ){0,3}(журналист|редактор|корреспондент|автор)\\p{L}*', 'я работаю ([\\p{L}-]+ ){0,3}(журналист|редактор|корреспондент)\\p{L}*'] },
    { lang: 'uk', lead: ['я ([\\p{L}-]+ ){0,3}(журналіст|редактор|кореспондент|автор)\\p{L}*', 'я працюю ([\\p{L}-]+ ){0,3}(журналіст|редактор|кореспондент)\\p{L}*'] },
    { lang: 'vi', lead: ['tôi (là )?([\\p{L}-]+ ){0,3}(nhà báo|phóng viên|biên tập viên)'] },
  ],
};

/**
 * Third-person bios: "<Name> is a reporter who covers …". `{NAME}` stands for one to four
 * capitalised words; the name must not occur earlier in the article (checked in code).
 */
export const BIO_THIRD_PERSON: CueSet = {
  reason: 'author-bio',
  where: 'tail',
  rows: [
    { lang: 'en', lead: ['{NAME} is an? ([\\p{L}-]+ ){0,4}(journalist|reporter|writer|editor|correspondent|columnist|contributor|producer|news editor)( (who|based|for|at|covering|with|and|in)(?![\\p{L}])|,)'] },
    { lang: 'de', lead: ['{NAME} ist ([\\p{L}-]+ ){0,3}(redakteur|redakteurin|journalist|journalistin|korrespondent|korrespondentin|autor|autorin|reporter|reporterin)(?![\\p{L}])'] },
    { lang: 'fr', lead: ['{NAME} est ([\\p{L}-]+ ){0,3}(journaliste|rédact|correspondant|correspondante|reporter)'] },
    { lang: 'es', lead: ['{NAME} es ([\\p{L}-]+ ){0,3}(periodista|redactor|redactora|corresponsal|reportero|reportera)(?![\\p{L}])'] },
    { lang: 'it', lead: ['{NAME} è ([\\p{L}-]+ ){0,3}(giornalista|redattore|redattrice|corrispondente)(?![\\p{L}])'] },
    { lang: 'pt', lead: ['{NAME} é ([\\p{L}-]+ ){0,3}(jornalista|repórter|redator|redatora|correspondente)(?![\\p{L}])'] },
    { lang: 'ru', lead: ['{NAME} [—–-] ([\\p{L}-]+ ){0,3}(журналист|корреспондент|редактор|обозреватель)'] },
    { lang: 'uk', lead: ['{NAME} [—–-] ([\\p{L}-]+ ){0,3}(журналіст|кореспондент|редактор|оглядач)'] },
  ],
};

/**
 * A first-person bio that opens with no fixed phrase ("I started out on a night desk …") is known
 * by what it combines: every sentence speaks of the writer, at least one says where their work
 * appears, and another tells their path or role. Per language: the first-person words and
 * the three kinds of phrase, each a regex source matched anywhere in the paragraph, ignoring case.
 */
export interface CareerRow {
  lang: string;
  /** A first-person word; each sentence of a bio has one. */
  firstPerson: string;
  /** Where the work appears: "my work has appeared", "I also write for". */
  placement: readonly string[];
  /** How the career went: "I started out", "I have spent … years". */
  path: readonly string[];
  /** A newsroom role or beat: "as a senior editor", "my main beats". */
  role: readonly string[];
}

const ROLES_EN = '(editor|reporter|correspondent|journalist|writer|columnist|producer|sub-editor|analyst|contributor|news editor|copy editor|photographer|presenter|anchor|blogger)';
const WORKS_EN = '(work|writing|reporting|articles|stories|columns?|pieces|analysis|commentary|bylines?|features|essays|op-eds)';

/** Career phrases of first-person bios, per language. */
export const BIO_CAREER: readonly CareerRow[] = [
  {
    lang: 'en',
    firstPerson: "i|i'm|i've|i'd|me|my|myself",
    placement: [
      `my ${WORKS_EN} ((has|have) )?(also )?(regularly )?(appeared|appears?|been (published|featured|syndicated)|run|runs)`,
      'i (also )?(regularly )?(contribute|write)( regularly)? (to|for)',
      `my ${WORKS_EN} (can|may) (also )?be (found|read)`,
    ],
    path: [
      'i started (out|my career)',
      'i began (my career|(working|writing|reporting) (as|for|at|on))',
      "i( have|'ve) spent (the )?((past|last) )?([\\p{L}\\d-]+ ){1,2}(years|decades?)",
      "i( have|'ve) been (working|writing|reporting|covering|a journalist|a reporter|an editor)",
      'i joined',
    ],
    role: [
      `as an? ([\\p{L}-]+ ){0,2}${ROLES_EN}`,
      `as (its|their|the) ([\\p{L}-]+ ){0,2}${ROLES_EN}`,
      'my (main )?beats?',
      "i( a|')m an? ([\\p{L}-]+ ){0,2}" + ROLES_EN,
      '(news|night|city|foreign|regional|metro|politics|business) desk',
    ],
  },
  {
    lang: 'de',
    firstPerson: 'ich|mein|meine|meinen|meiner|mich|mir',
    placement: ['meine (texte|artikel|beiträge|reportagen|kolumnen|arbeiten) (sind|erscheinen|erschienen)', 'ich schreibe (auch |regelmäßig )*(für|in)'],
    path: ['ich (habe|begann) (meine laufbahn|als)', 'seit ([\\p{L}\\d]+ ){1,2}jahren'],
    role: ['als ([\\p{L}-]+ ){0,2}(redakteur|redakteurin|reporter|reporterin|korrespondent|korrespondentin|journalist|journalistin|kolumnist|kolumnistin)', 'ich bin ([\\p{L}-]+ ){0,2}(redakteur|redakteurin|reporter|reporterin|korrespondent|korrespondentin|journalist|journalistin)'],
  },
  {
    lang: 'fr',
    firstPerson: "je|j'|j’|mon|ma|mes|moi|me|m'|m’",
    placement: ['mes (articles|reportages|chroniques|textes|travaux) (sont|ont été|paraissent|ont paru)', "(je |j')(écris|contribue) (aussi |également |régulièrement )*(pour|à)"],
    path: ["j'ai (commencé|débuté) (ma carrière|comme|en tant que)", "j'ai passé ([\\p{L}\\d-]+ ){1,2}ans"],
    role: ["(comme|en tant que) ([\\p{L}-]+ ){0,2}(journaliste|rédacteur|rédactrice|reporter|correspondant|correspondante|chroniqueur|chroniqueuse)"],
  },
  {
    lang: 'es',
    firstPerson: 'yo|mi|mis|me|llevo|soy|he|escribo|colaboro|trabajo|empecé|comencé|cubro',
    placement: ['mis (artículos|reportajes|columnas|textos|trabajos) (han aparecido|aparecen|se han publicado|se publican)', 'escribo (también |regularmente )*(para|en)', 'colaboro (también |regularmente )*con'],
    path: ['(empecé|comencé) (mi carrera|como|en)', 'llevo ([\\p{L}\\d-]+ ){1,2}años'],
    role: ['como ([\\p{L}-]+ ){0,2}(periodista|redactor|redactora|reportero|reportera|corresponsal|columnista|editor|editora)', 'soy ([\\p{L}-]+ ){0,2}(periodista|redactor|redactora|reportero|reportera|corresponsal|columnista|editor|editora)'],
  },
];

/** Words of a journalism career; a first-person bio must contain one besides its opener. */
export const CAREER_WORDS =
  /(news|journalis|reporter|editor|writer|writing|outlet|newspaper|media|publication|covered|covering|articles?|bylines?|nachrichten|zeitung|redakt|schreib|rédact|presse|périodique|periodis|prensa|redact|giornal|redatt|jornal|dziennik|redakc|журнал|редак|издан|видан|báo)/iu;

/** Compiled cues of one table, with one combined regex per mode to reject most lines at once. */
export interface CueTable {
  cues: CompiledCue[];
  anyWhole?: RegExp;
  anyLead?: RegExp;
}

/**
 * Compiles rows into regexes. `whole` allows a trailing count or punctuation; `lead` requires a
 * word boundary after the phrase (Unicode-aware, since `\b` only knows ASCII letters). Matching
 * ignores case unless `caseSensitive` (needed where a pattern asks for a capital: with the `i`
 * flag, `\p{Lu}` matches any letter).
 */
export function compileCues(rows: readonly CueRow[], caseSensitive = false): CueTable {
  const flags = caseSensitive ? 'u' : 'iu';
  const whole = (p: string): string => `^(?:${p})(?:\\s*\\(?\\d+\\)?)?[\\s:：.!?…*»›>|-]*$`;
  const lead = (p: string): string => `^(?:${p})(?![\\p{L}\\p{N}])`;
  const cues: CompiledCue[] = [];
  const wholes: string[] = [];
  const leads: string[] = [];
  for (const row of rows) {
    for (const p of row.whole ?? []) {
      const src = whole(cueSource(p));
      wholes.push(src);
      cues.push({ lang: row.lang, mode: 'whole', re: new RegExp(src, flags) });
    }
    for (const p of row.lead ?? []) {
      const src = lead(cueSource(p));
      leads.push(src);
      cues.push({ lang: row.lang, mode: 'lead', re: new RegExp(src, flags) });
    }
  }
  // named groups cannot repeat in one regex; the combined pre-filter only needs to match
  const any = (srcs: string[]): RegExp | undefined =>
    srcs.length ? new RegExp(srcs.map((x) => `(?:${x.replace(/\(\?<(?=[A-Za-z])[^>]*>/gu, '(')})`).join('|'), flags) : undefined;
  const table: CueTable = { cues };
  const anyWhole = any(wholes);
  const anyLead = any(leads);
  if (anyWhole) table.anyWhole = anyWhole;
  if (anyLead) table.anyLead = anyLead;
  return table;
}

const NAME_SOURCE = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}";

/** The regex source of a cue phrase (see the top of this file for what spaces and apostrophes match). */
export function cueSource(phrase: string): string {
  // apostrophes first, so the name pattern's own character class is left alone
  return phrase.replace(/'/gu, "['’ʼ]").replace(/ \?/gu, '\\s*').replace(/ /gu, '\\s+').replace(/\{NAME\}/gu, `(?<name>${NAME_SOURCE})`);
}
