// Words around person names: honorifics, titles, role nouns, pronouns, first names (for pronoun gender),
// and capitalised words that never start a name. Data only; the logic is in ../quotes/03-people.ts.
import { wordTable } from '../strings';

/** Courtesy titles that precede a name and carry a gender (null: any). Keys are lower case, no dot. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = wordTable({
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', mx: null, dr: null, sir: 'm', dame: 'f', lord: 'm', lady: 'f',
  prof: null, professor: null, rev: null, reverend: null, fr: 'm', father: 'm', sister: 'f', brother: 'm',
  madam: 'f', madame: 'f', monsieur: 'm', herr: 'm', frau: 'f',
});

/**
 * Capitalised titles that may stand before a name ("President Vladimir Putin", "Sen. Ted Cruz").
 * They are kept as the role and removed from the canonical name. Lower case, no dot.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'sen', 'senator', 'gov', 'governor', 'rep', 'representative', 'congressman', 'chairperson',
  'congresswoman', 'chancellor', 'prime', 'minister', 'secretary', 'gen', 'general', 'adm', 'admiral', 'col',
  'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'cmdr', 'commander',
  'judge', 'justice', 'mayor', 'speaker', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'ambassador',
  'pope', 'king', 'queen', 'prince', 'princess', 'attorney', 'deputy', 'foreign', 'defense', 'defence',
  'finance', 'interior', 'health', 'state', 'former', 'ex', 'acting', 'first', 'lady', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'premier', 'sheikh', 'emir', 'ayatollah', 'cardinal', 'bishop', 'archbishop',
  'rabbi', 'imam', 'coach', 'officer', 'detective', 'inspector', 'superintendent', 'commissioner', 'sheriff',
  'ceo', 'founder', 'candidate', 'nominee', 'hopeful', 'democrat', 'republican', 'independent', 'libertarian',
  'house', 'senate', 'majority', 'minority', 'whip', 'supreme', 'court', 'federal', 'district', 'us', 'u.s',
  'assistant', 'associate', 'executive', 'managing', 'national', 'security', 'adviser', 'advisor',
  'press', 'white', 'campaign', 'manager', 'chairs', 'counsel', 'special', 'general', 'solicitor', 'lord',
  'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'prof', 'professor', 'rev', 'reverend', 'miss',
  // hyphenated offices, one token each ("UN Secretary-General António Guterres")
  'secretary-general', 'director-general', 'attorney-general', 'governor-general', 'solicitor-general',
  'surgeon-general', 'inspector-general', 'president-elect', 'vice-president',
  // agency heads ("NASA Administrator Jim Bridenstine")
  'administrator', 'commissioner', 'registrar', 'comptroller', 'treasurer', 'provost',
  // capitalised qualifiers before a name ("Democratic Sen.", "Retired Gen.")
  'democratic', 'presidential', 'congressional', 'gubernatorial', 'senatorial', 'conservative', 'liberal',
  'progressive', 'retired', 'longtime', 'veteran', 'incoming', 'outgoing', 'disgraced', 'embattled',
  // titles abroad that stand capitalised before a name ("Bundeskanzlerin Angela Merkel", "Premier ministre"
  // opens a sentence); German compounds are matched by their ending (TITLE_ENDINGS)
  'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'président', 'présidente', 'presidente', 'presidenta',
  'ministre', 'ministro', 'ministra', 'ministerin', 'maire', 'sindaco', 'alcalde', 'alcaldesa', 'portavoz',
  'porte-parole', 'sprecher', 'sprecherin', 'député', 'députée', 'diputado', 'diputada', 'deputato', 'sénateur',
  'sénatrice', 'senador', 'senadora', 'senatore', 'segretario', 'segretaria', 'secretario', 'secretaria', 'bürgermeister',
  'bürgermeisterin', 'vorsitzende', 'vorsitzender', 'général', 'générale', 'generale', 'abgeordnete', 'abgeordneter',
]);

/**
 * Endings of German compound titles, one word each ("Finanzminister", "Ministerpräsidentin",
 * "Regierungssprecher", "Parteichefin"): read as titles before a name, like those in TITLES.
 */
export const TITLE_ENDINGS_RE = /(?:kanzler|minister|präsident|bürgermeister|sprecher|vorsitzende|chef|sekretär|abgeordnete|politiker|direktor|leiter)(?:in|r)?$/;

/** A title word, or a compound ending in one after at least three letters ("Finanzminister", not "minister"). */
export function isTitleWord(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  if (lower.length <= 8) return false;
  // (no leading ".{3,}" in the pattern: V8 would retry it at every position of every long word)
  const m = TITLE_ENDINGS_RE.exec(lower);
  return m !== null && m.index >= 3;
}

/**
 * Lower-case nouns that describe a person's job or standing; a mention built on one of them
 * ("the US leader", "a campaign spokesman", "the chancellor") is a description to resolve.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'leader', 'chancellor', 'minister', 'premier', 'spokesman', 'spokeswoman', 'spokesperson',
  'senator', 'governor', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'representative',
  'secretary', 'chief', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'official', 'officials',
  'adviser', 'advisor', 'aide', 'counterpart', 'candidate', 'nominee', 'hopeful', 'manager', 'strategist',
  'consultant', 'analyst', 'expert', 'professor', 'economist', 'historian', 'lawyer', 'attorney', 'judge',
  'mayor', 'ambassador', 'diplomat', 'general', 'commander', 'officer', 'king', 'queen', 'prince', 'pope',
  'monarch', 'ruler', 'dictator', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'executive', 'ceo',
  'founder', 'owner', 'author', 'writer', 'journalist', 'reporter', 'host', 'anchor', 'columnist', 'editor',
  'pollster', 'researcher', 'scientist', 'doctor', 'physician', 'activist', 'organizer', 'organiser',
  'volunteer', 'voter', 'supporter', 'critic', 'opponent', 'rival', 'challenger', 'incumbent', 'speaker',
  'deputy', 'envoy', 'negotiator', 'prosecutor', 'investigator', 'detective', 'sheriff', 'commissioner',
  'surrogate', 'operative', 'donor', 'fundraiser', 'chairs', 'veteran', 'student', 'teacher', 'resident',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'friend', 'colleague',
  'man', 'woman', 'source', 'insider', 'staffer', 'whip', 'delegate', 'superdelegate', 'member', 'partner',
  'founder', 'co-founder', 'president-elect', 'vice-president', 'pastor', 'priest', 'bishop', 'preacher',
  'coach', 'player', 'star', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'celebrity', 'mogul',
  'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'libertarian', 'populist', 'socialist',
  'tycoon', 'magnate', 'investor', 'banker', 'entrepreneur', 'contender', 'frontrunner', 'front-runner',
  'secretary-general', 'director-general', 'attorney-general', 'governor-general', 'boss',
  // abroad, in small letters after an article ("une porte-parole", "son secrétaire général", "der Sprecher")
  'porte-parole', 'secrétaire', 'ministre', 'président', 'présidente', 'directeur', 'directrice', 'maire',
  'député', 'députée', 'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'ministerin', 'vorsitzende',
  'vorsitzender', 'bürgermeister', 'bürgermeisterin', 'portavoz', 'ministro', 'ministra', 'presidente', 'presidenta',
  'alcalde', 'alcaldesa', 'portavoce', 'sindaco', 'segretario', 'secretario', 'dirigente', 'responsable',
  // (their feminine forms)
  'segretaria', 'secretaria', 'sindaca', 'deputata', 'diputada', 'senatrice', 'senadora', 'consigliera', 'directora',
  'direttrice', 'abgeordnete', 'abgeordneter', 'leiterin', 'leiter',
]);

/**
 * Occupations and descriptions written before a name, capitalised at the start of a sentence
 * ("Pilot Greta Lund", "Chef Marco Bellini"). They are the person's role, never part of the name.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'pilot', 'headteacher', 'headmaster', 'headmistress', 'climber', 'chef', 'boxer', 'nurse', 'farmer',
  'fisherman', 'fishermen', 'miner', 'driver', 'engineer', 'teacher', 'conductor', 'commuter', 'singer',
  'skipper', 'captain', 'striker', 'goalkeeper', 'midfielder', 'defender', 'runner', 'swimmer', 'cyclist',
  'sprinter', 'skier', 'golfer', 'jockey', 'trainer', 'manager', 'curator', 'architect', 'designer', 'artist',
  'painter', 'sculptor', 'novelist', 'poet', 'playwright', 'director', 'producer', 'filmmaker', 'photographer',
  'musician', 'composer', 'pianist', 'violinist', 'drummer', 'guitarist', 'dancer', 'baker', 'butcher',
  'shopkeeper', 'owner', 'landlord', 'tenant', 'resident', 'neighbour', 'neighbor', 'witness', 'survivor',
  'victim', 'passenger', 'motorist', 'cyclist', 'pensioner', 'grandmother', 'grandfather', 'mum', 'dad',
  'mother', 'father', 'student', 'pupil', 'scientist', 'researcher', 'biologist', 'physicist', 'chemist',
  'economist', 'historian', 'professor', 'lecturer', 'doctor', 'surgeon', 'paramedic', 'firefighter',
  'officer', 'constable', 'sergeant', 'inspector', 'detective', 'soldier', 'veteran', 'lawyer', 'solicitor',
  'barrister', 'judge', 'campaigner', 'activist', 'protester', 'organiser', 'organizer', 'volunteer',
  'entrepreneur', 'businessman', 'businesswoman', 'billionaire', 'investor', 'banker', 'broker', 'analyst',
  'strategist', 'consultant', 'pollster', 'blogger', 'journalist', 'reporter', 'columnist', 'broadcaster',
  'presenter', 'host', 'comedian', 'actor', 'actress', 'rapper', 'star', 'champion', 'winner', 'coach',
  'councillor', 'councilman', 'councilwoman', 'alderman', 'lawmaker', 'legislator', 'delegate', 'adviser',
  'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'superintendent', 'mayor',
]);

/**
 * Role nouns that name the head of the organisation before them ("the Kremlin chief", "the Fed chair", "the UN
 * chief"): the speaker is that person, not the organisation.
 */
export const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'chief', 'head', 'boss', 'leader', 'chair', 'chairman', 'chairwoman', 'president', 'director', 'ceo', 'founder',
  'secretary-general', 'director-general', 'governor', 'commander', 'chancellor',
]);

/** Role nouns that speak for a group rather than being the group's head. */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'official', 'source', 'staffer',
  'surrogate', 'representative', 'counsel', 'lawyer', 'attorney', 'manager', 'strategist', 'press',
]);

type PronounGender = 'm' | 'f' | 'org' | 'plural' | null;
/** Personal pronouns that may be a speaker, with the gender they require (null: any person). */
const ENGLISH_PRONOUNS: Readonly<Record<string, PronounGender>> = {
  he: 'm', she: 'f', they: 'plural', it: 'org', i: null, we: 'plural', him: 'm', her: 'f',
};
/**
 * Subject pronouns of a speaker in the other languages the cue passes read ("a-t-il ajouté", "fügte sie hinzu",
 * "dijo ella", "ha aggiunto lui"), each read only in its own language: Italian's "il" is "the", not French's "he".
 */
const PRONOUNS_ABROAD: Readonly<Record<string, Readonly<Record<string, PronounGender>>>> = {
  fr: { il: 'm', elle: 'f' }, de: { er: 'm', sie: 'f' }, es: { él: 'm', ella: 'f' }, it: { lui: 'm', lei: 'f' },
};

/** Every pronoun of the tables above, with its gender (a mention is resolved whatever the clip's language). */
export const SPEAKER_PRONOUNS: Readonly<Record<string, PronounGender>> = wordTable(Object.assign({}, ENGLISH_PRONOUNS, ...Object.values(PRONOUNS_ABROAD)));

const ENGLISH_PRONOUN_SET: ReadonlySet<string> = new Set(Object.keys(ENGLISH_PRONOUNS));
const PRONOUNS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(PRONOUNS_ABROAD).map(([language, words]) => [language, new Set([...ENGLISH_PRONOUN_SET, ...Object.keys(words)])]),
);

/** The pronouns that can name a speaker in a clip of this language. */
export const speakerPronounsFor = (language: string | null | undefined): ReadonlySet<string> =>
  (language ? PRONOUNS_BY_LANGUAGE.get(language) : undefined) ?? ENGLISH_PRONOUN_SET;

/** A few common given names, to check "he"/"she" against the nearest person. Lower case. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set([
  'hillary', 'nancy', 'elizabeth', 'kamala', 'sarah', 'michelle', 'melania', 'ivanka', 'kellyanne', 'donna',
  'debbie', 'jill', 'huma', 'theresa', 'angela', 'ursula', 'marine', 'liz', 'mary', 'patricia', 'jennifer',
  'linda', 'barbara', 'susan', 'jessica', 'karen', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly',
  'emily', 'michelle', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'laura', 'sharon',
  'cynthia', 'kathleen', 'amy', 'shirley', 'anna', 'angela', 'ruth', 'brenda', 'pamela', 'nicole', 'katherine',
  'samantha', 'christine', 'catherine', 'virginia', 'rachel', 'janet', 'emma', 'maria', 'heather', 'diane',
  'julie', 'joyce', 'victoria', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'olivia', 'judith', 'megyn',
  'loretta', 'condoleezza', 'madeleine', 'nikki', 'kirsten', 'tammy', 'claire', 'dianne', 'susana', 'jeanne',
  'gennifer', 'juanita', 'kathleen', 'paula', 'alicia', 'ava', 'gretchen', 'katie', 'andrea', 'jane', 'sally',
  'anne', 'ann', 'helen', 'alice', 'julia', 'grace', 'rosa', 'carly', 'jan', 'kathy', 'kate', 'natalie',
]);
export const MALE_NAMES: ReadonlySet<string> = new Set([
  'donald', 'barack', 'joe', 'bill', 'bernie', 'mike', 'tim', 'paul', 'mitch', 'ted', 'marco', 'jeb', 'chris',
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'steven', 'andrew', 'kenneth', 'joshua', 'kevin',
  'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas',
  'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory',
  'frank', 'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam',
  'henry', 'nathan', 'douglas', 'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy', 'harold', 'keith',
  'christian', 'roger', 'noah', 'gerald', 'carl', 'terry', 'sean', 'austin', 'arthur', 'lawrence', 'jesse',
  'dylan', 'bryan', 'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel', 'logan', 'alan', 'juan',
  'wayne', 'roy', 'ralph', 'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip',
  'johnny', 'vladimir', 'dmitry', 'olaf', 'emmanuel', 'volodymyr', 'rishi', 'boris', 'xi', 'recep', 'reince',
  'newt', 'rudy', 'rudolph', 'reid', 'harry', 'lindsey', 'rand', 'rick', 'jim', 'tom', 'bob', 'dick', 'al',
  'steve', 'jeff', 'dan', 'ben', 'sam', 'greg', 'matt', 'nick', 'tony', 'ken', 'ron', 'don', 'doug', 'pat',
  'corey', 'kellen', 'jared', 'eric', 'hunter', 'beto', 'pete', 'cory', 'steffen', 'sergei', 'sergey',
  'viktor', 'mohammed', 'muhammad', 'ali', 'ahmed', 'omar', 'abdul', 'jean', 'pierre', 'francois', 'jacques',
  'hans', 'karl', 'friedrich', 'wolfgang', 'giuseppe', 'mario', 'luigi', 'carlos', 'luis', 'miguel', 'pedro',
  'len', 'gov', 'evan', 'gary', 'mitt', 'rex', 'jeh', 'loretta', 'ash', 'kim', 'jong', 'shinzo', 'narendra',
  'justin', 'keir', 'nigel', 'jeremy', 'gordon', 'tony', 'david', 'nicolas', 'silvio', 'benjamin', 'bibi',
]);

/** Capitalised words that begin sentences or sit in headlines but never start or end a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its',
  'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'as', 'in', 'on', 'at',
  'for', 'to', 'of', 'with', 'by', 'from', 'after', 'before', 'then', 'there', 'here', 'what', 'why', 'how',
  'who', 'whom', 'whose', 'which', 'where', 'yes', 'no', 'not', 'now', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'asked', 'still', 'also', 'yet', 'even', 'just', 'only', 'all', 'some',
  'many', 'most', 'more', 'both', 'each', 'every', 'any', 'one', 'two', 'three', 'four', 'five', 'ten',
  'since', 'until', 'though', 'although', 'because', 'however', 'meanwhile', 'instead', 'indeed', 'later',
  'earlier', 'last', 'next', 'according', 'despite', 'during', 'over', 'under', 'about', 'among', 'between',
  'into', 'through', 'without', 'within', 'against', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'let’s', "let's", 'thanks',
  'please', 'well', 'oh', 'ok', 'okay', 'hey', 'look', 'today', 'tomorrow', 'yesterday', 'tonight', 'am',
  'pm', 'said', 'says', 'say', 'told', 'added', 'like', 'unlike', 'whether', 'once', 'perhaps', 'maybe',
  'again', 'other', 'another', 'such', 'much', 'very', 'too', 'than', 'up', 'down', 'out', 'off', 'away',
  'first', 'second', 'new', 'old', 'big', 'good', 'great', 'best', 'worst', 'top', 'breaking', 'update',
  'read', 'watch', 'video', 'photo', 'photos', 'live', 'exclusive', 'opinion', 'analysis', 'editor’s',
  'note', 'advertisement', 'related', 'see', 'click', 'share', 'follow', 'subscribe', 'ap', 'afp', 'reuters',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'president', 'q', 'a', 'st', 'no.', 'vs', 'via', 'why',
  'everyone', 'everybody', 'someone', 'nobody', 'none', 'nothing', 'something', 'anything', 'people',
  'thank', 'god', 'lord', 'sir', 'ma’am', 'folks', 'ladies', 'gentlemen', 'dear', 'hello', 'hi', 'amen',
  'election', 'day', 'night', 'week', 'month', 'year', 'years', 'times', 'news', 'more', 'here’s', 'there’s',
  'it’s', 'that’s', 'what’s', 'i’m', 'we’re', 'you’re', 'they’re', 'don’t', 'isn’t', 'wasn’t',
  // sentence openers abroad that are no part of a name ("Selon Bruno Le Maire", "Laut Markus Söder")
  'selon', 'laut', 'según', 'secondo', 'pour', 'für', 'para', 'mais', 'aber', 'pero', 'et', 'und',
]);

/** Lower-case particles that may sit inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'al', 'ibn', 'ben', 'dos',
  'das', 'ter', 'zu', 'y',
]);

/** Name suffixes kept with the name but not used as a surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Words that end names of things, events and places, never of people ("Cuban Missile Crisis",
 * "Pennsylvania Avenue"). A capitalised run with one of these after its first word is not a person.
 */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'crisis', 'war', 'wars', 'act', 'day', 'law', 'street', 'avenue', 'road', 'square', 'hall', 'tower', 'bridge',
  'airport', 'station', 'park', 'river', 'island', 'islands', 'mountain', 'mountains', 'sea', 'ocean', 'bay',
  'lake', 'valley', 'county', 'province', 'region', 'city', 'republic', 'kingdom', 'empire', 'federation',
  'cup', 'league', 'olympics', 'games', 'award', 'awards', 'prize', 'festival', 'summit', 'conference',
  'convention', 'agreement', 'treaty', 'accord', 'accords', 'plan', 'program', 'programme', 'operation',
  'declaration', 'constitution', 'amendment', 'revolution', 'movement', 'debate', 'debates', 'primary',
  'caucuses', 'election', 'elections', 'building', 'palace', 'castle', 'church', 'cathedral', 'stadium',
  'arena', 'center', 'centre', 'museum', 'library', 'hotel', 'tv', 'radio', 'show', 'series', 'channel',
  'online', 'network', 'model', 'index', 'poll', 'polls', 'survey', 'report', 'rule', 'rules', 'doctrine',
  'era', 'age', 'period', 'state', 'states', 'coast', 'peninsula', 'strait', 'gulf', 'canal', 'desert',
  'forest', 'trail', 'highway', 'drive', 'boulevard', 'lane', 'place', 'heights', 'hills', 'beach', 'harbor',
  'harbour', 'port', 'district', 'zone', 'border', 'wall', 'house', 'office', 'room', 'floor', 'fire', 'storm',
  'hurricane', 'virus', 'pandemic', 'day', 'week', 'month', 'year', 'eve', 'night', 'morning', 'christmas',
  'easter', 'party', 'parties', 'times', 'post', 'news', 'journal', 'magazine', 'daily', 'weekly', 'review',
  'street', 'bank', 'market', 'exchange', 'index', 'dollar', 'euro', 'pound', 'rouble', 'ruble', 'yuan',
  // places and venues ("Walnut Creek", "Saratoga Springs", "Ryman Auditorium")
  'creek', 'springs', 'falls', 'view', 'auditorium', 'amphitheatre', 'amphitheater', 'theatre', 'theater', 'pavilion',
  'embassy', 'consulate', 'campus', 'airbase', 'base', 'prison', 'hospital', 'clinic', 'school', 'college', 'university',
  // events and works ("Agenda Symposium", "Dow Jones Industrial Average")
  'symposium', 'forum', 'expo', 'average', 'roundup', 'tour', 'album', 'edition',
  // recordings and texts of what someone said ("President Obama Speech at …" over an embedded video)
  'speech', 'speeches', 'video', 'interview', 'statement', 'remarks', 'transcript', 'testimony', 'podcast',
]);

/**
 * Family names of China, Korea and Vietnam, printed before the given name ("Liu Xiaming", "Kim Jong-un", "Nguyen Van
 * Thanh") and alone later ("Liu said"): folded, as foldKey writes them.
 */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin',
  'gao', 'luo', 'xi', 'xie', 'han', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan',
  'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'shen', 'ren', 'yao', 'kim', 'park', 'choi', 'jung',
  'kang', 'cho', 'yoon', 'jang', 'lim', 'nguyen', 'tran', 'pham', 'hoang', 'phan', 'vu', 'dang', 'bui', 'ngo', 'duong',
]);

/** Titles that follow a courtesy title as a form of address ("Mr. President", "Madam Speaker"), not as a surname. */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(['president', 'speaker', 'chairman', 'chairwoman', 'chair', 'secretary', 'mayor', 'ambassador', 'minister', 'governor', 'senator', 'premier', 'chancellor', 'commissioner', 'director']);

/** Sentence words that are also first names, read as names before a capitalised word ('Jan' the month is 'Jan 5'). */
export const NAME_LIKE_SENTENCE_WORDS: ReadonlySet<string> = new Set(['jan']);

/** Words after "Miss" that name a beauty pageant or its title-holder, not a person ("a former Miss Universe"). */
export const PAGEANT_TITLES: ReadonlySet<string> = new Set(['Universe', 'World', 'America', 'USA', 'Earth', 'International', 'Teen', 'England', 'Scotland', 'Wales', 'Ireland', 'India', 'France', 'Italia']);
