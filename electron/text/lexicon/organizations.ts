// Organisations: well-known bodies with their aliases, and the words that end an organisation's name.
import { PLACE_ALIASES } from './places';

const ORGANIZATIONS: ReadonlyArray<[canonical: string, aliases: readonly string[]]> = [
  ['Kremlin', ['the Kremlin']],
  ['White House', ['the White House']],
  ['Downing Street', ['No 10', 'Number 10']],
  ['Élysée', ['Elysee', 'Élysée Palace', 'Elysee Palace']],
  ['Pentagon', ['the Pentagon']],
  ['State Department', ['US State Department', 'U.S. State Department']],
  ['Justice Department', ['Department of Justice', 'DOJ']],
  ['Federal Bureau of Investigation', ['FBI']],
  ['Central Intelligence Agency', ['CIA']],
  ['National Security Agency', ['NSA']],
  ['NATO', ['Nato', 'North Atlantic Treaty Organization']],
  ['United Nations', ['UN', 'U.N.']],
  ['European Union', ['EU', 'E.U.']],
  ['European Commission', []],
  ['World Health Organization', ['WHO']],
  ['International Monetary Fund', ['IMF']],
  ['World Bank', []],
  ['Congress', ['US Congress', 'U.S. Congress']],
  ['Senate', ['US Senate', 'U.S. Senate']],
  ['House of Representatives', []],
  ['Supreme Court', ['US Supreme Court', 'U.S. Supreme Court']],
  ['Democratic Party', ['Democrats']],
  ['Republican Party', ['GOP', 'Republicans']],
  ['Democratic National Committee', ['DNC']],
  ['Republican National Committee', ['RNC']],
  ['Bundestag', []],
  ['Duma', ['State Duma']],
  ['Gazprom', []],
  ['Hamas', []],
  ['Hezbollah', []],
  ['Taliban', ['the Taliban']],
  ['Islamic State', ['ISIS', 'ISIL', 'IS']],
  ['Al Qaeda', ['al-Qaeda', 'al Qaeda']],
  ['Wagner Group', ['Wagner']],
  ['WikiLeaks', ['Wikileaks']],
  ['Associated Press', ['AP']],
  ['Reuters', []],
  ['Agence France-Presse', ['AFP']],
  ['BBC', []],
  ['CNN', []],
  ['Fox News', []],
  ['MSNBC', []],
  ['NBC', ['NBC News']],
  ['CBS', ['CBS News']],
  ['ABC', ['ABC News']],
  ['The New York Times', ['New York Times']],
  ['The Washington Post', ['Washington Post']],
  ['Wall Street Journal', ['The Wall Street Journal']],
  ['Politico', []],
  ['Breitbart', ['Breitbart News']],
  ['PolitiFact', []],
  ['Twitter', []],
  ['Facebook', []],
  ['Google', []],
  ['Apple', []],
  ['Microsoft', []],
  ['Amazon', []],
  ['Telegram', []],
  ['TASS', ['Tass']],
  ['RIA Novosti', []],
  ['Interfax', []],
  ['Clinton Foundation', []],
  ['Federal Reserve', ['US Federal Reserve', 'U.S. Federal Reserve', 'Federal Reserve Board']],
  ['Rolling Stone', []],
  ['Yahoo News', []],
  ['The Huffington Post', ['Huffington Post', 'HuffPost']],
  ['The New Yorker', ['New Yorker']],
  ['Newsweek', []],
  ['The Atlantic', []],
  ['BuzzFeed', ['BuzzFeed News']],
  ['Bloomberg', ['Bloomberg News']],
  ['The Guardian', []],
  ['Daily Mail', []],
  ['USA Today', []],
  ['Los Angeles Times', ['LA Times']],
  ['The Times', ['the Times']],
  ['Trump Foundation', []],
  ['Trump Organization', []],
];

/** Surface form → canonical organisation. */
export const ORG_ALIASES: ReadonlyMap<string, string> = new Map<string, string>(
  ORGANIZATIONS.flatMap(([canonical, aliases]) => [[canonical, canonical] as [string, string], ...aliases.map((a) => [a, canonical] as [string, string])]),
);

/** Aliases that are too ambiguous to tag on their own (still used when they are the subject of "said"). */
export const WEAK_ORG_ALIASES: ReadonlySet<string> = new Set(['IS', 'WHO', 'AP', 'Apple', 'Amazon', 'Wagner', 'Democrats', 'Republicans', 'Senate', 'Congress', 'Telegram']);

/**
 * First words that make a capitalised phrase an organisation in Spanish, French, Italian and Portuguese, where the
 * head noun comes first ("Ministerio de Trabajo", "Conseil d'État", "Banca d'Italia", "Partido Popular").
 * Words that also open people's names or English phrases are left out ("Corte", "Camera").
 */
export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set([
  'Ministerio', 'Ministère', 'Ministero', 'Ministério', 'Consejo', 'Conseil', 'Consiglio', 'Conselho', 'Gobierno',
  'Gouvernement', 'Governo', 'Tribunal', 'Tribunale', 'Banco', 'Banque', 'Banca', 'Partido', 'Parti', 'Partito',
  'Parlamento', 'Parlement', 'Universidad', 'Université', 'Università', 'Universidade', 'Comisión', 'Commissione',
  'Comissão', 'Ayuntamiento', 'Asamblea', 'Assemblée', 'Assemblea', 'Senado', 'Sénat', 'Senato', 'Congreso',
  'Agencia', 'Agence', 'Agenzia', 'Agência', 'Instituto', 'Institut', 'Istituto', 'Fundación', 'Fondation',
  'Fondazione', 'Fundação', 'Policía', 'Polizia', 'Ejército', 'Armée', 'Esercito', 'Cámara', 'Chambre', 'Junta',
  'Generalitat', 'Xunta', 'Mairie', 'Prefeitura', 'Sindicato', 'Syndicat', 'Sindacato', 'Confederación',
  'Confédération', 'Confederazione', 'Federación', 'Fédération', 'Federazione', 'Organización', 'Organisation',
  'Organizzazione', 'Comité', 'Comitato', 'Servicio', 'Servizio', 'Dirección', 'Direction', 'Direzione',
  // (also a secretary's title in Spanish: before a name the holder is read, see readName)
  'Secretaria', 'Secretaría', 'Secrétariat', 'Segreteria',
]);

/** Articles before a Romance-language organisation ("el Gobierno", "la Commissione"): not part of its name. */
export const ORG_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'l', 'o', 'os', 'a', 'as', 'the']);

/**
 * Sports clubs: a word that makes a capitalised phrase a club on its own ("FC Porto", "Tottenham Hotspur") …
 */
export const CLUB_MARKS: ReadonlySet<string> = new Set(['FC', 'AC', 'CF', 'AFC', 'SC', 'Hotspur', 'Rovers', 'Wanderers', 'Albion', 'Athletic', 'Borussia', 'Olympique', 'Dynamo', 'Dinamo', 'Spartak']);
/** … and words that do with a place ("Manchester United", "Inter Milan", "Real Madrid"; the place alone is the city).
 *  ("City", "Town", "County" are left out: "Kansas City" and "Quebec City" are cities.) */
export const CLUB_WORDS_WITH_PLACE: ReadonlySet<string> = new Set(['United', 'Inter', 'Real', 'Atlético', 'Atletico', 'Sporting', 'Celtic', 'Rangers']);

/** A sports club's name, by its words: "FC Porto", "Tottenham Hotspur", "Manchester United", "Inter Milan". */
export function isClubName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  let clubWord = false;
  let place = false;
  for (const w of words) {
    if (CLUB_MARKS.has(w)) return true;
    if (CLUB_WORDS_WITH_PLACE.has(w)) clubWord = true;
    else if (PLACE_ALIASES.has(w)) place = true;
  }
  return clubWord && place;
}

/** Words that join an organisation's head noun to the rest of its name ("Ministry of Defence", "Council on Foreign
 *  Relations", "Institute for Fiscal Studies"). */
export const ORG_LINK_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'for']);

/** Head nouns that "on" joins to a subject ("Council on Foreign Relations", "Commission on Presidential Debates");
 *  after other heads "on" is a preposition ("the Party on Friday", "a University on Long Island"). */
export const ON_HEADS: ReadonlySet<string> = new Set(['Council', 'Commission', 'Committee', 'Subcommittee', 'Center', 'Centre', 'Conference', 'Institute', 'Forum', 'Panel']);

/** Last words that make a capitalised phrase an organisation ("Tax Policy Center", "Justice Department"). */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  // ("Dick Clark Productions", "LG Electronics", "Amnesty International", "Cincinnati Enquirer")
  'Productions', 'Electronics', 'Interactive', 'Engineering', 'Animation', 'International', 'Steel', 'Insider',
  'Enquirer', 'Courant', 'Chronicle', 'Sports', 'Pharmaceuticals', 'Airways',
  'Party', 'Committee', 'Campaign', 'Department', 'Ministry', 'Agency', 'Commission', 'Council', 'University',
  'College', 'Institute', 'Foundation', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'LLC',
  'Group', 'Association', 'Union', 'Bank', 'Court', 'Office', 'Service', 'Services', 'Network', 'Administration',
  'Center', 'Centre', 'Fund', 'Trust', 'Society', 'Organization', 'Organisation', 'Alliance', 'Coalition',
  'Federation', 'Board', 'Bureau', 'Authority', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Guard',
  'Parliament', 'Assembly', 'Congress', 'Senate', 'Cabinet', 'Government', 'Times', 'Post', 'Journal', 'News',
  'Herald', 'Tribune', 'Gazette', 'Review', 'Magazine', 'Express', 'Telegraph', 'Guardian', 'Press', 'Media',
  'Company', 'Industries', 'Holdings', 'Partners', 'Project', 'Caucus', 'Club', 'Church', 'School', 'PAC',
  'Institution', 'Laboratory', 'Lab', 'Hospital', 'Team', 'Movement', 'Front', 'Forum', 'Initiative', 'Watch',
  'Images', 'Pictures', 'Photos', 'Studios', 'Records', 'Books', 'Strategies', 'Consulting', 'Research',
  'Associates', 'Analytics', 'Financial', 'Capital', 'Communications', 'Systems', 'Technologies', 'Labs',
  'Ventures', 'Solutions', 'Airlines', 'Motors', 'Entertainment', 'Insurance', 'Properties', 'Consult', 'Subcommittee',
  'Railway', 'Railways', 'Grid', 'Airport',
]);
