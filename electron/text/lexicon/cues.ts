// Attribution cues: the verbs and phrases that tie a quotation to a speaker.
// Kept apart from the logic in ../quotes so that the lists can grow without touching the passes.

/** Verbs of saying, every inflection we accept (present, past, participle). "said" carries most news. */
const SPEECH_VERB_STEMS: ReadonlyArray<readonly string[]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted'],
  ['state', 'states', 'stated'],
  ['declare', 'declares', 'declared'],
  ['announce', 'announces', 'announced'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noting'],
  ['continued'],
  ['recall', 'recalls', 'recalled'],
  ['ask', 'asks', 'asked', 'asking'],
  ['answer', 'answers', 'answered'],
  ['reply', 'replies', 'replied'],
  ['respond', 'responds', 'responded'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['warn', 'warns', 'warned', 'warning'],
  ['suggest', 'suggests', 'suggested'],
  ['acknowledge', 'acknowledges', 'acknowledged'],
  ['admit', 'admits', 'admitted'],
  ['complain', 'complains', 'complained'],
  ['boast', 'boasts', 'boasted'],
  ['joke', 'jokes', 'joked'],
  ['quip', 'quips', 'quipped'],
  ['predict', 'predicts', 'predicted'],
  ['promise', 'promises', 'promised'],
  ['vow', 'vows', 'vowed'],
  ['pledge', 'pledges', 'pledged'],
  ['urge', 'urges', 'urged'],
  ['charge', 'charges', 'charged'],
  ['contend', 'contends', 'contended'],
  ['maintain', 'maintains', 'maintained'],
  ['assert', 'asserts', 'asserted'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['label', 'labels', 'labeled', 'labelled'],
  ['brand', 'brands', 'branded'],
  ['term', 'terms', 'termed'],
  ['dismiss', 'dismisses', 'dismissed'],
  ['deride', 'derides', 'derided'],
  ['decry', 'decries', 'decried'],
  ['slam', 'slams', 'slammed'],
  ['blast', 'blasts', 'blasted'],
  ['praise', 'praises', 'praised'],
  ['mock', 'mocks', 'mocked'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['chant', 'chants', 'chanted'],
  ['shout', 'shouts', 'shouted'],
  ['yell', 'yells', 'yelled'],
  ['recount', 'recounts', 'recounted'],
  ['conclude', 'concludes', 'concluded'],
  ['confirm', 'confirms', 'confirmed'],
  ['deny', 'denies', 'denied'],
  ['testify', 'testifies', 'testified'],
  ['stress', 'stresses', 'stressed'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'],
  ['observe', 'observes', 'observed'],
  ['remark', 'remarks', 'remarked'],
  ['concede', 'concedes', 'conceded'],
  ['counter', 'counters', 'countered'],
  ['retort', 'retorts', 'retorted'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['muse', 'muses', 'mused'],
  ['wonder', 'wonders', 'wondered'],
  ['lament', 'laments', 'lamented'],
  ['cry', 'cries', 'cried'],
  ['scream', 'screams', 'screamed'],
  ['read', 'reads'],
  ['begin', 'begins', 'began'],
  ['agree', 'agrees', 'agreed'],
  ['thank', 'thanks', 'thanked'],
  ['demand', 'demands', 'demanded'],
  ['question', 'questions', 'questioned'],
  ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  ['attacked'],
  ['reiterate', 'reiterates', 'reiterated'],
  ['repeat', 'repeats', 'repeated'],
  ['whisper', 'whispers', 'whispered'],
  ['sing', 'sings', 'sang'],
  ['report', 'reports', 'reported'],
  ['speak', 'speaks', 'spoke'],
  ['reveal', 'reveals', 'revealed'],
  ['dub', 'dubs', 'dubbed'],
  ['sigh', 'sighs', 'sighed'],
  ['groan', 'groans', 'groaned'],
  ['snap', 'snapped'],
  ['scoff', 'scoffs', 'scoffed'],
  ['fume', 'fumed'],
  ['grumble', 'grumbles', 'grumbled'],
  ['gush', 'gushed'],
  ['caution', 'cautions', 'cautioned'],
  ['interject', 'interjected'],
  ['assure', 'assures', 'assured'],
  ['proclaim', 'proclaims', 'proclaimed'],
  ['vent', 'vented'],
]; 

/**
 * Verbs of saying in the other languages the cleaner reads, in the forms news prints after or before a
 * quotation ("a déclaré", "sagte Merkel", "dijo Sánchez", "ha detto Draghi"; auxiliaries are VERB_FILLERS).
 * None spells a lower-case English word that is not itself a verb of saying, so they share the English sets;
 * German verbs with a separable part ("fügte … hinzu") are listed by their first part.
 */
const SPEECH_VERBS_ABROAD: Readonly<Record<'fr' | 'de' | 'es' | 'it', readonly string[]>> = {
  fr: [
    'dit', 'déclare', 'déclaré', 'affirme', 'affirmé', 'explique', 'expliqué', 'ajoute', 'ajouté', 'souligne',
    'souligné', 'estime', 'estimé', 'assure', 'assuré', 'indique', 'indiqué', 'précise', 'précisé', 'insiste',
    'insisté', 'confie', 'confié', 'raconte', 'raconté', 'poursuit', 'poursuivi', 'rappelle', 'rappelé',
    'martèle', 'martelé', 'prévient', 'avertit', 'averti', 'reconnaît', 'reconnu', 'répond', 'répondu',
    'répète', 'répété', 'conclut', 'dénonce', 'dénoncé', 'regrette', 'regretté', 'commente', 'commenté',
    'écrit', 'annonce', 'annoncé', 'détaille', 'détaillé', 'résume', 'résumé', 'tweeté', 'ironise', 'ironisé',
    'lâche', 'lâché', 'témoigne', 'témoigné', 'promet', 'promis', 'plaide', 'plaidé', 'observé',
  ],
  de: [
    'sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte',
    'meint', 'warnte', 'warnt', 'fügte', 'kritisierte', 'kritisiert', 'schrieb', 'schreibt', 'räumte',
    'forderte', 'fordert', 'versicherte', 'unterstrich', 'ergänzte', 'ergänzt', 'teilte', 'mahnte', 'mahnt',
    'bekräftigte', 'sprach', 'antwortete', 'berichtete', 'erinnerte', 'kündigte', 'bestätigte', 'bestätigt',
    'twitterte', 'resümierte', 'stellte',
  ],
  es: [
    'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'explicó', 'explica', 'añadió', 'añade',
    'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica', 'subrayó', 'subraya', 'insistió', 'advirtió',
    'advierte', 'sostuvo', 'sostiene', 'manifestó', 'apuntó', 'agregó', 'agrega', 'destacó', 'recordó',
    'reconoció', 'comentó', 'respondió', 'concluyó', 'escribió', 'criticó', 'lamentó', 'denunció', 'aseveró',
    'expresó', 'precisó', 'anunció', 'tuiteó', 'dicho', 'afirmado', 'declarado', 'explicado', 'asegurado',
  ],
  it: [
    'detto', 'dice', 'dichiarato', 'dichiara', 'spiegato', 'spiega', 'aggiunto', 'aggiunge', 'affermato',
    'afferma', 'sottolineato', 'sottolinea', 'ribadito', 'ribadisce', 'osservato', 'osserva', 'commentato',
    'commenta', 'scritto', 'scrive', 'precisato', 'precisa', 'avvertito', 'avverte', 'concluso', 'annunciato',
    'annuncia', 'risposto', 'risponde', 'assicurato', 'assicura', 'evidenziato', 'replicato', 'insistito',
    'attaccato', 'disse', 'affermò', 'dichiarò', 'spiegò', 'aggiunse',
  ],
};
const FOREIGN_SPEECH_VERBS: readonly string[] = [...new Set(Object.values(SPEECH_VERBS_ABROAD).flat())];

const SPEECH_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERB_STEMS.flat(), ...FOREIGN_SPEECH_VERBS]);

/** Letters of the languages above (\b knows only ASCII letters: "déclaré" has no \b after its é). */
const LATIN_LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Any of the words, whole: by \b when all are ASCII (the faster test), else by look-arounds of LATIN_LETTERS. */
const wholeWords = (words: readonly string[], flags = ''): RegExp =>
  words.every((w) => /^[\x20-\x7e]*$/.test(w))
    ? new RegExp(`\\b(?:${words.join('|')})\\b`, flags)
    : new RegExp(`(?<![${LATIN_LETTERS}])(?:${words.join('|')})(?![${LATIN_LETTERS}])`, flags);

export interface CueVerbs {
  verbs: ReadonlySet<string>;
  /** any of them as a whole word (a quick test before a context is read word by word) */
  test: RegExp;
  /** the same, global, to find each */
  all: RegExp;
}
const cueVerbs = (verbs: readonly string[]): CueVerbs => ({ verbs: new Set(verbs), test: wholeWords(verbs), all: wholeWords(verbs, 'g') });
/**
 * The verbs of saying read in a clip, by its language: English verbs in English clips, and each language of
 * SPEECH_VERBS_ABROAD its own (English words such as "post", "note" or "brand" are nouns in their news);
 * every list for a clip of any other language.
 */
const VERBS_BY_LANGUAGE: ReadonlyMap<string, CueVerbs> = new Map([
  ['en', cueVerbs(SPEECH_VERB_STEMS.flat())],
  ...Object.entries(SPEECH_VERBS_ABROAD).map(([language, verbs]) => [language, cueVerbs(verbs)] as const),
]);
const ANY_LANGUAGE_VERBS = cueVerbs([...SPEECH_VERBS]);
export const speechVerbsFor = (language: string | null | undefined): CueVerbs => (language ? VERBS_BY_LANGUAGE.get(language) : undefined) ?? ANY_LANGUAGE_VERBS;

/**
 * Verbs that name or qualify rather than report ("what he calls X", "described it as X"): a quoted
 * fragment after them belongs to the subject, but a full sentence after them is unusual.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'label', 'labels',
  'labeled', 'labelled', 'brand', 'brands', 'branded', 'term', 'terms', 'termed', 'dub', 'dubs', 'dubbed',
]);

/** Verbs in the list that are too often something else when they stand alone (a noun "post", "state"). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'dice', 'assure', 'promis', 'écrit', 'stellte', 'sprach',
  'post', 'posts', 'state', 'states', 'read', 'reads', 'note', 'notes', 'question', 'questions', 'attack', 'attacks',
  'report', 'reports', 'claim', 'claims', 'calls', 'remarks', 'thanks', 'cry', 'cries', 'counter', 'term', 'terms',
  'promise', 'promises', 'charge', 'charges', 'answer', 'reply', 'praise', 'demand', 'demands', 'speak', 'sing',
  'begin', 'agree', 'thank', 'continue', 'stress', 'mock', 'blast', 'brand', 'label', 'tweet', 'tweets', 'post',
  'vow', 'vows', 'pledge', 'pledges', 'warning', 'saying', 'telling', 'adding', 'writing', 'noting', 'asking',
]);

/** Auxiliaries and adverbs allowed between a subject and its speech verb ("Peskov has also said"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'also', 'later',
  'previously', 'then', 'again', 'once', 'recently', 'earlier', 'often', 'repeatedly', 'simply', 'just',
  'quickly', 'flatly', 'bluntly', 'openly', 'publicly', 'privately', 'reportedly', 'allegedly', 'famously',
  'once', 'since', 'already', 'still', 'first', 'finally', 'herself', 'himself', 'had', 'has', 'been', 'being',
  'not', 'never', 'even', 'only', 'frequently', 'angrily', 'proudly', 'told', 'once', 'then-',
  // the auxiliaries and adverbs of SPEECH_VERBS_ABROAD ("Macron a déclaré", "Scholz hat betont", "ha detto")
  'a', 'avait', 'aurait', 'également', 'aussi', 'encore', 'déjà', 'hat', 'hatte', 'habe', 'auch', 'noch',
  'bereits', 'ha', 'había', 'habría', 'también', 'aveva', 'avrebbe', 'anche', 'poi',
]);

/**
 * "according to X" and its kin, English and abroad ("selon X", "laut X", "según X", "secondo X"): an attribution
 * without a verb of saying, the speaker after it.
 */
export const ACCORDING_PHRASES = `according to|in the words of|as quoted by|selon|d['’]après|laut|según|secondo`;

/** "according to X" and its kin anywhere in a sentence. */
export const ATTRIBUTION_PHRASE_RE = new RegExp(`(?<![${LATIN_LETTERS}])(?:${ACCORDING_PHRASES})(?![${LATIN_LETTERS}])`, 'i');

/** "according to X" and its kin: the speaker follows. */
export const ACCORDING_TO_RE = new RegExp(`(?<![${LATIN_LETTERS}])(?:${ACCORDING_PHRASES}|quoting)\\s+$`, 'i');

/**
 * A French inverted cue with its subject pronoun: "a-t-il ajouté", "ajoute-t-elle", "dit-il". Groups: the
 * pronoun and verb of the "a-t-il" form, then the verb and pronoun of the other.
 */
export const CLITIC_CUE_RE = new RegExp(`^(?:a-t-(il|elle)\\s+([${LATIN_LETTERS}]+)|([${LATIN_LETTERS}]+)-(?:t-)?(il|elle))(?![${LATIN_LETTERS}])`);

/** Words after a verb that belong to the cue ("said in a statement", "wrote on X (formerly Twitter)"). */
export const CUE_TAIL_RE =
  /^(?:\s+(?:on|in|at|during|to|via|after|before|from|through|with|late|early|last|this|earlier|later|recently|afterwards)\b[^,.;:!?“”"]{0,60}?(?=[,.;:!?]|\s+(?:that|of)\b|$)|\s+(?:reporters|journalists|the media|the press|supporters|the crowd|the audience|lawmakers|voters|viewers|listeners|readers|a crowd|an audience|a rally)\b)?/i;

/**
 * Words that introduce a title of a work rather than words someone said. Slogans and hashtags are not here:
 * they are words a campaign or a person uses ("the slogan “…”"), and are quoted as theirs.
 */
export const WORK_CUE_RE =
  /\b(?:show|program|programme|broadcast|episode|series|book|memoir|novel|film|movie|documentary|song|album|track|play|musical|column|op-ed|editorial|article|headline|report titled|titled|entitled|podcast|segment|magazine|newspaper|newsletter|channel|network's|anthem|poem|painting|exhibit|exhibition|campaign called|initiative|hit|sitcom|reality|clip|trailer)\s*$/i;

/**
 * Words that introduce a nickname, not words quoted from anyone. ("the words “lump”" and "the phrase" stay
 * quotations: someone is being quoted using them.)
 */
export const NICKNAME_CUE_RE = /\b(?:nicknamed|known as|so-called|a k a|aka|alias|monikers?|nickname|the name|named|under the banner)\s*$/i;

/** Speech-report nouns after which a colon-introduced quotation belongs to the owner ("in a statement:"). */
export const STATEMENT_NOUN_RE = /\b(?:statement|tweet|post|message|letter|speech|interview|remarks|release|email|e-mail|memo|note|op-ed|essay|column|transcript|testimony)\b/i;

/**
 * Verbs that may come before their subject ("…,” said Peskov). Verbs with an object ("told NBC",
 * "urged voters") never do: the words after them are the listener, not the speaker.
 */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'continued', 'noted', 'notes',
  'recalled', 'recalls', 'asked', 'asks', 'replied', 'replies', 'argued', 'argues', 'insisted', 'insists',
  'warned', 'warns', 'tweeted', 'tweets', 'declared', 'declares', 'stated', 'acknowledged', 'countered',
  'quipped', 'quips', 'joked', 'jokes', 'observed', 'remarked', 'responded', 'answered', 'predicted',
  'conceded', 'concedes', 'cautioned', 'complained', 'complains', 'boasted', 'mused', 'muses', 'wondered',
  'lamented', 'laments', 'exclaimed', 'retorted', 'shouted', 'cried', 'concluded', 'concludes', 'reported',
  'reports', 'posted', 'confirmed', 'claimed', 'claims', 'suggested', 'suggests', 'stressed', 'admitted',
  'admits', 'agreed', 'agrees', 'read', 'reads', 'chanted', 'fumed', 'scoffed', 'grumbled', 'snapped', 'sighed',
  // abroad, the verb comes first after a quotation as often as not ("„…“, sagte Merkel", "«…», a déclaré X")
  ...FOREIGN_SPEECH_VERBS,
]);

/** Time words that may sit between a subject and its verb ("Obama on Tuesday said") or after it ("said Tuesday"). */
export const TIME_WORDS_RE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|last|this|next|week|month|year|night|morning|afternoon|evening|weekend|on|in|at|early|late|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i;
