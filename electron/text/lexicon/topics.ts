// Topics: a phrase (lower case, matched on word boundaries) → the topic tag it signals.
// A topic is tagged when its phrases occur at least TOPIC_MIN_MENTIONS times in the clip.

export const TOPIC_PHRASES: ReadonlyArray<[topic: string, phrases: readonly string[]]> = [
  ['War in Ukraine', ['war in ukraine', 'invasion of ukraine', 'special military operation', 'ukraine war', 'conflict in ukraine']],
  ['Elections', ['election', 'elections', 'electoral', 'ballot', 'polling station', 'voters', 'campaign trail']],
  // (not "talks" or "negotiations" alone: pay, trade and merger talks are no diplomacy)
  ['Diplomacy', ['peace talks', 'peace negotiations', 'diplomatic', 'diplomats', 'diplomacy', 'summit', 'ceasefire', 'foreign minister', 'foreign ministers', 'ambassador']],
  ['Economy', ['economy', 'economic', 'inflation', 'recession', 'unemployment', 'interest rates', 'gdp']],
  ['Taxes', ['tax', 'taxes', 'tax cut', 'tax cuts', 'tax plan']],
  ['Health', ['health care', 'healthcare', 'obamacare', 'hospital', 'pandemic', 'vaccine', 'covid-19']],
  ['Immigration', ['immigration', 'immigrants', 'migrants', 'refugees', 'asylum', 'border wall', 'deportation']],
  ['Climate', ['climate change', 'global warming', 'emissions', 'carbon', 'renewable energy']],
  ['Energy', ['oil', 'gas', 'energy prices', 'pipeline', 'nuclear power']],
  ['Terrorism', ['terrorism', 'terrorist', 'terror attack', 'extremist']],
  ['Nuclear weapons', ['nuclear weapons', 'nuclear test', 'warhead', 'missile test', 'nuclear arsenal']],
  ['Crime and justice', ['police', 'prosecutor', 'indictment', 'trial', 'convicted', 'court ruling']],
  ['Education', ['school', 'schools', 'students', 'university', 'teachers']],
];

/** A topic needs this many phrase hits in one clip. */
export const TOPIC_MIN_MENTIONS = 2;
