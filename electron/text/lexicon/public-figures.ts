// A small knowledge base of office holders, to read descriptions that the clip itself does not explain
// ("the US leader" → Joe Biden, "the chancellor" → Olaf Scholz). A description is only resolved to one of
// these people when that person is named somewhere in the same clip.

export interface PublicFigure {
  name: string;
  /** country the office belongs to (canonical, as in places.ts) */
  country: string | null;
  /** role nouns that may describe the person ("president", "leader") */
  roles: readonly string[];
  gender: 'm' | 'f';
}

export const PUBLIC_FIGURES: readonly PublicFigure[] = [
  { name: 'Joe Biden', country: 'United States', roles: ['president', 'leader', 'vice-president', 'vice president', 'commander-in-chief'], gender: 'm' },
  { name: 'Donald Trump', country: 'United States', roles: ['president', 'leader', 'nominee', 'candidate', 'businessman', 'billionaire', 'mogul', 'president-elect', 'commander-in-chief'], gender: 'm' },
  { name: 'Barack Obama', country: 'United States', roles: ['president', 'leader', 'commander-in-chief'], gender: 'm' },
  { name: 'Hillary Clinton', country: 'United States', roles: ['secretary of state', 'nominee', 'candidate', 'senator', 'former secretary'], gender: 'f' },
  { name: 'Bill Clinton', country: 'United States', roles: ['president', 'former president'], gender: 'm' },
  { name: 'Mike Pence', country: 'United States', roles: ['governor', 'vice president', 'running mate', 'vice-presidential nominee'], gender: 'm' },
  { name: 'Tim Kaine', country: 'United States', roles: ['senator', 'running mate', 'vice-presidential nominee'], gender: 'm' },
  { name: 'Kamala Harris', country: 'United States', roles: ['vice president', 'senator', 'nominee'], gender: 'f' },
  { name: 'Bernie Sanders', country: 'United States', roles: ['senator'], gender: 'm' },
  { name: 'Vladimir Putin', country: 'Russia', roles: ['president', 'leader', 'kremlin chief', 'kremlin leader'], gender: 'm' },
  { name: 'Dmitry Peskov', country: 'Russia', roles: ['spokesman', 'kremlin spokesman'], gender: 'm' },
  { name: 'Sergei Lavrov', country: 'Russia', roles: ['foreign minister', 'minister'], gender: 'm' },
  { name: 'Volodymyr Zelensky', country: 'Ukraine', roles: ['president', 'leader'], gender: 'm' },
  { name: 'Olaf Scholz', country: 'Germany', roles: ['chancellor', 'leader'], gender: 'm' },
  { name: 'Angela Merkel', country: 'Germany', roles: ['chancellor', 'leader'], gender: 'f' },
  { name: 'Emmanuel Macron', country: 'France', roles: ['president', 'leader'], gender: 'm' },
  { name: 'Rishi Sunak', country: 'United Kingdom', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Boris Johnson', country: 'United Kingdom', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Theresa May', country: 'United Kingdom', roles: ['prime minister', 'premier', 'leader'], gender: 'f' },
  { name: 'Keir Starmer', country: 'United Kingdom', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Xi Jinping', country: 'China', roles: ['president', 'leader'], gender: 'm' },
  { name: 'Recep Tayyip Erdogan', country: 'Turkey', roles: ['president', 'leader'], gender: 'm' },
  { name: 'Benjamin Netanyahu', country: 'Israel', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Kim Jong Un', country: 'North Korea', roles: ['leader', 'dictator'], gender: 'm' },
  { name: 'Narendra Modi', country: 'India', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Justin Trudeau', country: 'Canada', roles: ['prime minister', 'premier', 'leader'], gender: 'm' },
  { name: 'Ursula von der Leyen', country: null, roles: ['commission president', 'president'], gender: 'f' },
  { name: 'Steffen Hebestreit', country: 'Germany', roles: ['spokesman', 'government spokesman'], gender: 'm' },
];
