// Every tunable number and every pattern of the cleaner, in one place (as Mozilla Readability keeps its
// REGEXPS and DEFAULT_* constants at the top). The passes (01-… to 08-…) hold only logic.
import { wordTable } from '../strings';

// ---------------------------------------------------------------------------------------------------------
// Tunables

/** A block shorter than this (characters) is "short": it cannot be content on its own (jusText: 70). */
export const DEFAULT_LENGTH_LOW = 70;
/** A block at least this long with enough stop words is "good" content (jusText: 200). */
export const DEFAULT_LENGTH_HIGH = 200;
/** Share of stop words above which a block reads as prose (jusText: 0.30). */
export const DEFAULT_STOPWORDS_HIGH = 0.3;
/** Share of stop words below which a block is not prose at all (jusText: 0.32 low / 0.30 high, tuned here). */
export const DEFAULT_STOPWORDS_LOW = 0.18;
/** A sentence-ending block of at least this many words is good even when shorter than LENGTH_HIGH. */
export const DEFAULT_SENTENCE_WORDS_GOOD = 14;
/** Script languages (ja, ko, zh): characters that make a block good / near-good. */
export const DEFAULT_SCRIPT_CHARS_GOOD = 80;
export const DEFAULT_SCRIPT_CHARS_NEAR = 30;
/** How far above the body (in blocks) the headline, byline and date are looked for. */
export const DEFAULT_HEADER_WINDOW = 30;
/** How far below the body a date or byline may still be printed (some sites put them at the end). */
export const DEFAULT_FOOTER_WINDOW = 8;
/** Hard-wrapped text: the 95th percentile line length is at most this. */
export const DEFAULT_WRAP_MAX = 100;
/** Hard-wrapped text: this share of long lines run on into the next line. */
export const DEFAULT_WRAP_RUN_ON_SHARE = 0.35;
/** A wrapped line is at least this share of the wrap width. */
export const DEFAULT_WRAP_FILL = 0.6;
/** A headline has at most this many words (longer lines are sentences). */
export const DEFAULT_TITLE_MAX_WORDS = 30;
/** A short sentence with an attributed quotation is article text from this many words ("“We will see,” she said."). */
export const QUOTED_SENTENCE_MIN_WORDS = 4;
/** A digest part needs at least this many body words to count as an article of its own. */
export const DEFAULT_DIGEST_MIN_WORDS = 80;

/**
 * Weights of the main-region search (maximum-sum run of blocks, as in Finn's Body Text Extraction): content
 * adds its word count, boilerplate subtracts. A heading of the "related stories" kind costs more, so the
 * region does not run on into the teasers after the article.
 */
export const REGION_WEIGHTS = {
  good: 1,
  near: 0.6,
  /** per word, at least SHORT_MIN */
  short: -0.6,
  shortMin: 2,
  bad: -1,
  badMin: 4,
  /** "Related stories", "Comments", "Most read" …: the article is over */
  endMarker: -45,
  /** a line repeated elsewhere on the page (menus, teasers) */
  repeated: -3,
  /** a date or byline line inside the run: the header of another story (teaser lists, comments) */
  header: -15,
  /** factor for a content block with no content block beside it (teasers) */
  isolated: 0.35,
};

/** Content this long (words) before a hard end marker ("Comments", "Related stories") makes it the end. */
export const DEFAULT_END_MARKER_MIN_WORDS = 30;

// ---------------------------------------------------------------------------------------------------------
// Patterns

export const REGEXPS = {
  /** sentence end: . ! ? … and closing quotes/brackets after them, maybe an emoji after ("See you soon! 🙂"); also
   *  CJK full stops */
  sentenceEnd: /[.!?…。！？]["'”’»)\]]*(?:\s*[\u{1f300}-\u{1faff}\u{2600}-\u{27bf}]\ufe0f?)*$/u,
  /** any sentence-ending punctuation inside the text */
  sentencePunct: /[.!?…。！？]/gu,
  /** a bullet or list marker at the start */
  bullet: /^\s*(?:[•·▪►▶●○■□◦‣⁃*–-]|\d{1,2}[.)])\s+/u,
  url: /\b(?:https?:\/\/|www\.)\S+|(?<=[\w-])\.(?:com|org|net|co\.uk|de|fr|ru|io)\b/i,
  email: /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  /** By-line openers in several languages */
  byline: /^(?:(?:written|reported|words|story|analysis|text|interview|compiled)\s+)?(?:by|von|par|por|di|da|door|oleh|от|автор|text:|texte?:|autor(?:a|in)?:?|author:?|reporter:?|penulis:?|wartawan:?)\s*:?\s+(?=\S)/iu,
  /** an agency credit on its own or with a city: "AFP", "(Reuters)", "- PTI" */
  agencyLine: /^[\s(—–-]*(?:AFP|Reuters|AP|Associated Press|The Associated Press|Bernama|PA|PA Media|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Interfax|RIA Novosti|Agence France-Presse|Bloomberg|CNA)[\s)]*$/u,
  /** labels in front of dates */
  publishedLabel: /\b(?:published|posted|first published|date|released|publié|publicado|pubblicato|veröffentlicht|veröffentlichung|erschienen|diterbitkan|опубликовано)\b/i,
  updatedLabel: /\b(?:updated|last updated|modified|edited|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|diperbarui|обновлено)\b/i,
  /** caption markers: position words, photo credits */
  caption: /\((?:left|right|centre|center|pictured|above|below|top|bottom|L|R|C|front|back|second (?:left|right)|file)\)|\b(?:pictured|photo(?:graph)?(?:ed)?\s*(?:by|:|credit)|image(?:\s*credit)?\s*:|picture\s*:|credit\s*:|file photo|Getty Images|Shutterstock|AFP via Getty|(?:AP|AFP|Reuters|EPA|Bloomberg)\s*Photo|foto\s*:|bild\s*:|©\s*\w)|\/\s*(?:AFP|Reuters|AP|EPA|Getty)\b/i,
  /** a photo credit closing a block: the block is a caption however long ("… (AP Photo/Jane Roe)") */
  captionCredit: /(?:\bcredit(?:\.\.\.|…)\s*[^().…]{2,80}|\((?:[\w.]+\s+)?photo(?:\s*\/|\s+by|:)[^)]{2,60}\)|\(?(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by|:)\s*[^.()]{2,60}\)?|\b(?:Getty Images|Shutterstock|AFP via Getty Images|Alamy|EPA-EFE)\)?)\s*$/i,
  /** A wire picture credit in capitals after a slash, apart from captionCredit, whose case-blind letters would take
   *  "a Reuters/Ipsos poll." for one: Reuters' "… REUTERS/Kacper Pempel/File Photo", and the French papers' and
   *  agencies' photographer before the agency, "… FRANÇOIS LO PRESTI / AFP". Read on a line's last characters. */
  wireCredit: /(?:\bREUTERS\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?:\/(?:File Photo|File|Pool|Handout|Illustration))*|(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,3}\s*\/\s*(?:AFP|AP|EPA|REUTERS|ANP|SIPA|ABACA|XINHUA|Xinhua|dpa|Getty Images|Hans Lucas))\s*$/u,
  /** A photographer's credit in the brackets that close a line, read from its last "(": with the paper, "(Kent
   *  Nishimura for The Washington Post)", "(Jabin Botsford/The Washington Post)"; after it, "(ABC News: Michael
   *  Lloyd)"; the site before the photographer in capitals, "(KOMPAS.com/RINA KARTIKA)". A name of two words at
   *  least: "(Reuters/Ipsos)" closes prose. */
  bracketCredit: /^\((?:(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:for (?:The |the )?\p{Lu}[\p{L}&'’. -]{1,40}|\p{Lu}[\p{L}'’.-]+\s*\/\s*(?:The )?\p{Lu}[\p{L}&'’. -]{1,40})|(?:\p{Lu}\p{L}* ){0,3}(?:News|Photo|Pictures|Images|TV)(?: \p{Lu}\p{L}*)?:\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}|\p{Lu}[\p{L}.]*\/\p{Lu}{2,}(?: \p{Lu}{2,}){1,3})\)\s*$/u,
  /** a gallery's counter opening a caption, glued or with a bar after it: "1of4Grass Valley's …", "2 / 12 A shopper …",
   *  "1 of 3 | Workers …" (see counterLength) */
  galleryCounter: /^(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})\s*(?:[|:–—-]\s*)?(?=\p{Lu})/u,
  /** a caption's label on a line of its own, the caption on the next ("Image caption," as the BBC prints it) */
  captionLabel: /^(?:image|photo|picture|video)\s+caption\s*[,:]?$/i,
  /** "Above:" / "Top:" caption openers */
  captionOpener: /^(?:above|top|below|pictured|main image|photo|image|picture|foto|bild|file)\s*:\s*/i,
  /** a caption credit alone: "Image Credit: WeWork", "Photo: AP" */
  creditOnly: /^(?:image|photo|picture|video|illustration|graphic|foto|bild)?\s*(?:credits?|courtesy|source)\s*:?\s*\S.{0,60}$|^(?:photo|image|foto|bild)\s*:\s*\S.{0,60}$|^\(?(?:photo|image):?\s*(?:by|courtesy of)\s.{0,60}\)?$/i,
  /** copyright: "© 2019 VentureBeat. All rights reserved." */
  copyright: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.|,;©]{2,60}?)(?:\s*(?:\d{4}|,?\s*(?:inc|llc|ltd|limited|plc|gmbh|s\.a|s\.l(?:\.u)?|s\.p\.a|s\.r\.l|b\.v|n\.v|ag|se|sas|sarl)\.?))?\s*(?:[.|,;]|all rights|$)/i,
  /** "Daily Express e-paper", "subscribe to The Times" */
  masthead: /(?:access to|subscribe to|subscription to|read|download|welcome to)\s+(?:the\s+)?((?:[A-Z][\w&'.-]*\s?){1,4}?)\s*(?:e-?paper|app\b|digital|newsletter|online)/,
  /** only digits, punctuation and space: counters, prices, page numbers */
  noLetters: /^[^\p{L}]*$/u,
  /** trailing junk in a byline: a date, a time, "5 min read", a feed's age ("• 2h") */
  bylineTail: /\s*(?:[|•·,–—-]\s*)?(?:(?:published|posted|updated|last updated)\b.*|\b(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s.*\d{4}.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}.*|\b\d{4}-\d{2}-\d{2}.*|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago.*|\b\d{1,3}\s?(?:[mhdw]|mins?|hrs?)\b.*|\b\d+\s*min(?:ute)?s?\s+read.*)$/i,
  /** a person's name: 2 to 5 capitalised words, with the usual particles */
  personName: /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|der|den|van|von|bin|binti|al|el|le|la|di|du|dos|das|ter|mac)\s+)?[\p{Lu}][\p{L}'’.-]*){1,5}$/u,
  /** "Moscow:" / "MOSCOW:" / "LONDON (Reuters) -" / "KUALA LUMPUR, Dec 3 —" at the start of the first paragraph */
  dateline: /^((?:[\p{Lu}][\p{L}.'’-]*|[\p{Lu}]{2,}[\p{Lu}.'’-]*)(?:[ -](?:[\p{Lu}][\p{L}.'’-]*|de|del|da|do|of|am|an|sur|upon|on|the)){0,3})((?:,\s*[\p{L}. ]{2,30}?)?(?:,\s*(?:[\p{L}]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[\p{L}]{3,9}\.?)(?:,?\s*\d{4})?)?)\s*(\((?:[\p{L} .&-]{2,40})\)|\/[\p{L} .&-]{2,40}\/)?\s*(?::|[—–]|-{1,2}(?=\s))\s+/u,
  /** an agency in brackets opening a paragraph: "(Reuters) —" */
  agencyOpener: /^\((?:AFP|Reuters|AP|Bernama|PA|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg|CNN|CNA)\)\s*[—–-]{1,2}\s+/u,
  /** a line that is only a date (and time), maybe with a label: "Updated: Nov 19, 2019 6:30 a.m. ET", "Posted on 3/12/2022" */
  dateLine: /^(?:(?:published|posted|updated|last updated|first published|date|on)\b[\s:]*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?)(?:,?\s*(?:at\s+|[|-]\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*$/i,
  /** a comment's header: "Alex on October 9, 2016 at 8:12 am said:" */
  commentHeader: /^.{1,60}?\s+(?:on|at)\s+.{4,40}?\d{4}.{0,25}?\s*(?:said|says|wrote|commented|replied)\s*:?\s*$/i,
  /** a teaser: a Title Case headline glued to its summary by a lost line break ("Bridge To Close For RepairsThe
   *  county said …"): three or more capitalised words (small words such as "of", "at" allowed), then a capital right
   *  after a lower-case letter, then prose */
  gluedTeaser: /^(?:(?:[\p{Lu}\d‘'"“$][\p{L}\d'’.,:;?!&$%-]*|a|an|the|of|in|on|at|to|for|and|or|&|with|by|from|as|vs\.?|is|are)\s+){2,}[\p{Lu}\d][\p{Ll}\d'’,.-]*[\p{Ll}\d?!’'”)]\p{Lu}\p{Ll}*\s+(?:\S+\s+){0,3}\p{Ll}/u,
  /** "About Acme", "About the author", "Über Jane Roe", "À propos de …": the heading of a company or author box */
  aboutHeading: /^(?:about|über|à propos de|a propos de|acerca de|sobre|tentang)\s+(?:the\s+)?[\p{Lu}\d][\p{L}\d&.,'’-]*(?:\s+[\p{L}\d&.,'’-]+){0,4}\s*:?$/iu,
  /** a press release's company description: "Acme (NYSE: ACME) is a leading global provider of …" */
  companyBoilerplate: /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s?){1,5}(?:\([^)]{1,40}\)\s*)?(?:,\s*[^,]{3,60},\s*)?(?:is|ist|est|es|è|é)\s+(?:a|an|the|ein|eine|einer|un|une|una|um|uma)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:leading|global|world'?s|worldwide|international|provider|company|manufacturer|developer|supplier|specialist|firm|anbieter|unternehmen|hersteller|fournisseur|société|entreprise|empresa|proveedor)\b[^]*$/u,
  /** separators between articles of a digest */
  digestSeparator: /^\s*(?:[-=_*~#]\s*){3,}\s*$|^\s*(?:\*\s*){3}\s*$/,
  /** "1 of 3", "Story 2" counters in digests */
  digestCounter: /^(?:article|story|item|artikel|article)\s+\d+(?:\s*(?:of|\/|von|sur)\s*\d+)?\s*$/i,
};

/** Words that open a dateline-like "Word:" but are labels, not places. */
export const DATELINE_NOT_PLACES: ReadonlySet<string> = new Set(
  `update updated note editor editors editor's watch read more also see photo photos video image source sources
  warning breaking exclusive analysis opinion comment review live related advertisement sponsored q a question
  answer why what how who when where here there this that it he she they we but and so then now today yesterday
  tomorrow first second third finally meanwhile however also plus bonus tip tips step summary conclusion
  background context disclosure correction clarification caption credit credits transcript quote`.split(/\s+/),
);

/**
 * A news agency named in a dateline ("WARSAW, Jan 24 (Reuters) -"), as the publication when the page names no
 * other: its short forms spelled out as its copyright line prints them. Agencies not listed keep their form.
 */
export const DATELINE_AGENCY_NAMES: Readonly<Record<string, string>> = wordTable({
  ap: 'The Associated Press', afp: 'AFP', reuters: 'Reuters', pa: 'PA Media', upi: 'UPI', dpa: 'dpa',
  // press-release wires, between slashes in the dateline ("/PRNewswire/")
  prnewswire: 'PR Newswire', 'prnewswire-prweb': 'PRWeb', 'business wire': 'Business Wire', globenewswire: 'GlobeNewswire', cnw: 'CNW',
});

/** Agencies: credited in bylines, but not people. Lower case. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'afp', 'agence france-presse', 'agence france presse', 'reuters', 'thomson reuters', 'ap', 'associated press',
  'the associated press', 'bernama', 'pa', 'pa media', 'press association', 'dpa', 'xinhua', 'pti',
  'press trust of india', 'ians', 'ani', 'upi', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap', 'tass', 'interfax',
  'ria novosti', 'bloomberg', 'aap', 'cna', 'anadolu', 'anadolu agency', 'sputnik', 'apa', 'kna', 'jiji',
  'staff', 'staff reporter', 'staff writer', 'news desk', 'web desk', 'newsroom', 'editorial', 'agencies',
  'wire', 'wires', 'wire services', 'hnn staff', 'cnn', 'bbc', 'rt', 'sky', 'sky news',
]);

/** Words that turn a name into a role in a byline: "AP Auto Writer", "Staff Reporter". Lower case. */
export const BYLINE_ROLE_WORDS: ReadonlySet<string> = new Set(
  `writer reporter correspondent editor contributor columnist staff desk analyst producer critic bureau chief
  senior political national international sports auto business science health tech technology security
  entertainment features opinion at-large editor-at-large contributing special investigative associate deputy
  managing news digital multimedia photographer journalist redakteur redakteurin korrespondent journaliste
  correspondant periodista redacción redazione`.split(/\s+/),
);

/**
 * Known mastheads: publication names found in page text (footers, prompts, logos). Matched as whole words;
 * longer names first. A table, not a guess: a name here is a publication whatever the page says around it.
 */
export const MASTHEADS: readonly string[] = [
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'Los Angeles Times',
  'USA Today', 'USA TODAY', 'The Guardian', 'The Observer', 'The Times', 'The Sunday Times', 'The Telegraph',
  'Daily Telegraph', 'The Independent', 'Daily Express', 'Sunday Express', 'Daily Mail', 'Mail Online', 'MailOnline',
  'Daily Mirror', 'The Sun', 'Evening Standard', 'Financial Times', 'The Economist', 'BBC News', 'Sky News',
  'The Irish Times', 'Irish Independent', 'The Scotsman', 'The Herald', 'Metro', 'i news',
  'CNN', 'Fox News', 'NBC News', 'CBS News', 'ABC News', 'NPR', 'Politico', 'The Hill', 'Axios', 'Vox', 'HuffPost',
  'BuzzFeed News', 'The Atlantic', 'The New Yorker', 'Time', 'Newsweek', 'Bloomberg', 'CNBC', 'Forbes',
  'Business Insider', 'Fortune', 'The Verge', 'Wired', 'WIRED', 'TechCrunch', 'VentureBeat', 'Ars Technica',
  'Engadget', 'Gizmodo', 'Mashable', 'ZDNet', 'CNET', 'Rolling Stone', 'Billboard', 'Variety', 'The Hollywood Reporter',
  'IndieWire', 'Deadline', 'Chicago Tribune', 'Boston Globe', 'The Boston Globe', 'San Francisco Chronicle',
  'Houston Chronicle', 'The Detroit News', 'Detroit Free Press', 'Miami Herald', 'The Seattle Times',
  'New York Post', 'New York Daily News', 'Washington Examiner', 'Washington Times', 'National Review',
  'The Jerusalem Post', 'Haaretz', 'Times of Israel', 'Al Jazeera', 'RT', 'TASS', 'The Moscow Times',
  'South China Morning Post', 'The Straits Times', 'The Star', 'New Straits Times', 'Malay Mail', 'Daily Express Malaysia',
  'The Japan Times', 'The Korea Herald', 'The Hindu', 'Hindustan Times', 'The Times of India', 'Times of India',
  'Indian Express', 'The Indian Express', 'Deccan Herald', 'NDTV', 'Dawn', 'The Sydney Morning Herald', 'The Age',
  'The Australian', 'ABC', 'Stuff', 'New Zealand Herald', 'CBC News', 'CTV News', 'Globe and Mail', 'The Globe and Mail',
  'Toronto Star', 'National Post', 'Der Spiegel', 'DER SPIEGEL', 'Die Zeit', 'ZEIT ONLINE', 'Süddeutsche Zeitung',
  'Frankfurter Allgemeine', 'FAZ', 'Die Welt', 'WELT', 'Bild', 'Tagesschau', 'Der Standard', 'Neue Zürcher Zeitung',
  'NZZ', 'Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'Ouest-France', 'France 24', 'Le Temps', 'El País',
  'El Mundo', 'ABC España', 'La Vanguardia', 'Clarín', 'La Nación', 'Corriere della Sera', 'la Repubblica',
  'La Stampa', 'Il Sole 24 Ore', 'Folha de S.Paulo', 'O Globo', 'Público', 'Expresso', 'Kompas', 'Tempo',
  'The Jakarta Post', 'Jakarta Globe', 'Detik', 'Коммерсантъ', 'Ведомости', 'Известия', 'РИА Новости',
  'Smithsonian', 'Live Science', 'Space.com', 'ScienceAlert', 'Scientific American', 'New Scientist', 'Quanta Magazine',
  'Barron\'s', 'Barrons', 'MarketWatch', 'The Motley Fool', 'Yahoo News', 'Yahoo Finance', 'MSN', 'SFGate',
  'Los Angeles Daily News', 'Star Tribune', 'The Atlanta Journal-Constitution', 'Denver Post', 'The Denver Post',
  'PolitiFact', 'Snopes', 'Slate', 'Salon', 'The Intercept', 'ProPublica', 'Mother Jones', 'The Nation', 'Reason',
  'Daily Beast', 'The Daily Beast', 'Euronews', 'Deutsche Welle', 'DW', 'Radio Free Europe', 'Voice of America',
];

/**
 * Boilerplate phrases, several languages. A block matching one of these is page furniture, whatever its length.
 * Each entry: [reason, pattern]. Patterns are anchored loosely: most menus repeat these words exactly.
 */
export const BOILERPLATE: ReadonlyArray<readonly [string, RegExp]> = [
  ['follow prompt', /^(?:[*•]\s*)?(?:follow|like|join)\s+(?:us|me|our)\b|\bfollow us on\b|folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|ikuti kami|подписывайтесь/i],
  ['comments', /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\s*\(\d+\))?\s*:?\s*$|^\d+\s+(?:responses?|comments?|thoughts?|replies)\s+(?:to|on)\b/i],
  // (WordPress's share buttons: "Click to share on Facebook (Opens in new window)", "Click to print (Opens in …)")
  ['share prompt', /^click to (?:share|email|print)\b|\(opens in (?:a )?new window\)$|^(?:like this (?:story|article)\??\s*share it|share (?:this|your thoughts)|enjoyed this (?:story|article)|if you (?:liked|enjoyed) this)/i],
  ['related link', /^(?:also on|read also|also read|see also|see more|related|read more|read next|must read|more|watch|watch more|listen)\s*(?:on\s+[\w.-]+\s*)?:\s*\S|^also on [\w-]+\.(?:com|org|net|co\.uk|ru|de|fr)\s+\S/i],
  // (the same in other languages, after a colon or a bar: "Baca juga: …", "Lire aussi | …", "Читайте также: …")
  ['related link', /^(?:baca juga|lihat juga|simak juga|lire aussi|à lire aussi|leggi anche|lee también|lea también|leia também|veja também|lees ook|lesen sie auch|mehr zum thema|читайте также|смотрите также)\s*[:|]\s*\S/i],
  ['page furniture', /^(?:continue reading(?: the main story)?|x share via|share via|sharing is caring!?|breaking news emails|get (?:breaking news|the newsletter).*|get (?:the )?latest (?:news|updates|headlines)\b.*\b(?:breaking news|top headlines|around the world)\b.*|you are here:.*|zurück(?: zur übersicht)?|closed captioning(?: policy)?|suggest a (?:fact check|correction)|view (?:more|all) articles|more articles|all articles|\d+ (?:photos|images)|(?:image|photo|picture|slide) \d+ (?:of|\/) ?\/? ?\d+|enlarge this image|toggle caption|hide caption|(?:open|close|view) (?:image|gallery|caption)|english edition|print edition|today'?s paper)\s*[.!:]?\s*$/i],
  ['share buttons', /^(?:(?:facebook|twitter|whatsapp|linkedin|pinterest|pint|pin|reddit|telegram|email|e-mail|print|sms|messenger|flipboard|tumblr|vk|x|share|compartilhar|baixar|teilen|partager|compartir|mail)\s*){2,}$/i],
  ['share buttons', /^(?:share|share this|share on|share article|share full article|share this article|share via|tweet|email|e-mail|print|copy link|copy url|pin it|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|flipboard|messenger|sms|comments?|teilen|partager|compartir|condividi|compartilhar|bagikan|поделиться)(?:\s*[:|/,]\s*\S+){0,8}\s*$/i],
  ['subscription prompt', /\b(?:subscribe|subscription|subscriber|sign up|sign in|log in|login|register|newsletter|paywall|premium|unlimited access|free trial|try \d+ (?:month|week)|already a (?:subscriber|member)|unsubscribe|no spam|create (?:an |a free )?account|abonnieren|abonnement|abonnez|suscríbete|suscripción|abbonati|assine|berlangganan|подпишитесь|e-?paper)\b/i],
  ['cookie notice', /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browser|experience)\b|\b(?:accept|consent)\b.*\bcookies?\b|datenschutz|cookie-einstellungen|politique de confidentialité|política de privacidad/i],
  ['advertisement', /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|promoted|paid content|partner content|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|iklan|реклама|story continues below(?: advertisement)?|continue reading below|article continues below(?: this ad)?|scroll to continue with content|skip advertisement|advertisement - scroll to continue|report an ad|ad feedback|\(?adsbygoogle.*)\s*$/i],
  ['related heading', /^(?:related(?: articles| stories| news| content| coverage| posts| links| topics| video| reading)?|read (?:more|also|next)|see also|more (?:from|on|stories|news|in|about|like this)\b.*|most (?:read|popular|viewed|shared|commented)\b.*|more\s+(?:\p{Lu}[\w.'&-]*\s*){1,4}|top stories(?: today)?|trending(?: now| stories)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|don'?t miss|popular(?: now| stories| on \S+)?|latest(?: news| stories| headlines| videos?)?|editor'?s picks?|what to read next|around the web|from our partners|also on \S+|weitere artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|leggi anche|leia também|baca juga|você pode gostar|pode gostar|veja também|potrebbe interessarti|vous aimerez aussi|читайте также|вам также может быть интересно|похожие (?:статьи|записи|новости)|関連記事|関連する記事|おすすめ記事|人気記事|관련\s?기사|많이 본 (?:뉴스|기사|칼럼)|相关文章|相关新闻|推荐阅读)\s*[:.…]*\s*$/iu],
  ['comments', /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|show comments|view comments|load comments|add a comment|commenting|kommentare?|commentaires?|comentarios?|commenti|комментарии)(?:\s*\(\d+\))?\s*:?\s*$|^(?:comments are closed|you must be logged in|your email address will not be published|required fields are marked|reply|report abuse|notify me of)/i],
  ['footer', /\b(?:all rights reserved|terms (?:of (?:use|service)|and conditions|& conditions)|privacy (?:policy|notice|settings)|contact us|about us|site ?map|accessibility|careers|advertise with us|do not sell my|is (?:a )?part of [^,.]{2,40}, (?:an?|the) (?:[\w-]+ ){0,3}(?:media|publishing|publisher|news)|ad choices|adchoices|impressum|mentions légales|aviso legal|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены)\b/i],
  ['navigation', /^(?:home|menu|search|close|open|back|next|previous|prev|skip to (?:main )?content|skip to navigation|toggle navigation|main menu|navigation|sections|topics|more|show more|load more|view all|see all|see more|read more|continue reading|click here|go to|back to top|top|jump to|accept|dismiss|ok|got it|yes|no|sign out|my account|account|profile|settings|notifications|text size|font size|a\+|a-|listen|listen to (?:this )?article|audio|play|pause|watch|video|photos?|gallery|loading\.*|please wait|startseite|accueil|inicio|portada|beranda|главная)(?:\s*\(\d+\))?\s*[:›»>]?\s*$/i],
  // one related story's link set inside the article ("Related article", then its headline): no end of the article,
  // as a related-stories heading may be (END_MARKER_REASONS)
  ['related inset', /^related (?:article|story|video)\s*:?\s*$/i],
  // (an audio player's line: "Listen to this article · 6:12 min Learn more")
  // (… or its promotion, "NEWYou can now listen to Fox News articles!")
  ['audio player', /^listen to this (?:article|story)\s*(?:[·•|–-]\s*)?(?:\d+:\d+\s*(?:min(?:utes?)?)?)?\s*(?:learn more)?\s*$|^(?:new\s*)?you can now listen to [a-z0-9' ]{1,40} articles[.!]?$/i],
  ['reading time', /^(?:\d+\s*[–-]\s*)?\d+\s*(?:min(?:ute)?s?|minutes?)(?:\s*(?:read|lesezeit|de lecture|de lectura|di lettura))?\s*$/i],
  ['headlines label', /^(?:headlines?|breaking(?: news)?|news|live|exclusive|opinion|analysis|world|business|politics|sport|sports|tech|technology|science|health|entertainment|lifestyle|travel|culture|money|markets|video|videos|podcast|podcasts|weather|local|national|nation|us|uk|europe|asia|africa|americas|middle east)\s*:?\s*$/i],
  ['social counter', /^\d[\d.,]*\s*[km]?\s*(?:shares?|likes?|views?|comments?|followers?|reads?)\s*$|^this (?:story|article|post|page) has been (?:shared|viewed|read) [\d.,]+\s*[km]? times\.?$/i],
  ['image credit', /^(?:image|photo|picture|video|illustration|graphic)\s*(?:credits?|courtesy)\s*:/i],
  ['affiliate disclosure', /\b(?:is supported by its (?:audience|readers)|we may earn (?:an? )?(?:affiliate )?commission|when you (?:buy|purchase) (?:something )?(?:through|using|via) (?:links|our links)|may receive a commission|affiliate links?)\b/i],
  ['author box', /^(?:about|über|à propos de|sobre|a proposito di|tentang)\s+(?:the\s+)?(?:author|writer|autor(?:in)?|l'auteur|el autor|o autor|l'autore|penulis|\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,2})\s*:?$/u],
  ['app prompt', /\b(?:download (?:the|our) app|get the app|app store|google play|push notifications?|turn on notifications|enable notifications|langsung di ponsel(?:mu|\s+anda)|unduh aplikasi|download aplikasi)\b/i],
  // (a news site's line under each story: "Track Latest News Live on NDTV.com and get news updates from India …")
  ['site promo', /^track latest news live on\b|\bget news updates from\b/i],
  // (a whole line only for "get the … app": prose tells people to get an app too)
  ['app prompt', /^(?:click here to )?(?:get|download) the [a-z0-9' ]{1,30} app[.!]?$/i],
  ['tags line', /^(?:tags?|topics?|filed under|categories|category|schlagworte|themen|étiquettes|etiquetas|argomenti|tópicos)\s*:/i],
  ['comment prompt', /^(?:have your say|tell us what you think|let us know (?:what you think|your thoughts|in the comments)|join the debate|what do you think\?|do you have an opinion on the issues raised)|\b(?:submit a (?:response|letter)|(?:considered|selected) for publication in our letters)\b/i],
  ['report error', /\b(?:report (?:an? )?(?:error|typo|correction)|spotted an error|send us a tip|got a (?:news )?tip)\b/i],
  ['contributor note', /\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b/i],
  ['javascript notice', /\b(?:enable javascript|javascript (?:is )?(?:disabled|required)|your browser (?:does not|doesn't) support|update your browser)\b/i],
];

/**
 * Headings that end the article: what follows is page furniture (they cost REGION_WEIGHTS.endMarker).
 * A subset of the boilerplate reasons above.
 */
export const END_MARKER_REASONS: ReadonlySet<string> = new Set(['related heading', 'comments', 'tags line', 'author box']);

/**
 * End markers that close the article for good once some content came before them (the region is cut there):
 * a comments heading or a comment's header never sits inside an article. (Related-stories headings do: boxes
 * in the middle of an article, so they only cost REGION_WEIGHTS.endMarker.)
 */
export const HARD_END_MARKER = /^(?:\d+\s+)?(?:comments?|responses?|reader comments|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|kommentare|commentaires|comentarios|commenti|комментарии)\s*(?:\(\d+\))?\s*:?\s*$|^\d+\s+(?:responses?|comments?|thoughts?|replies)\s+(?:to|on)\b|^.{1,60}?\s+(?:on|at)\s+.{4,40}?\d{4}.{0,25}?\s*(?:said|says|wrote|commented|replied)\s*:?\s*$/iu;
