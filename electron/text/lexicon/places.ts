// Gazetteer: countries, their aliases and demonyms, US states and large cities.
// Keys are the surface forms as printed (case-sensitive: "US" is a country, "us" is not); values are canonical.

const COUNTRIES: ReadonlyArray<[canonical: string, aliases: readonly string[], demonyms: readonly string[]]> = [
  ['United States', ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States of America', 'America', 'the States'], ['American', 'Americans', 'US']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'], ['British', 'Briton', 'Britons']],
  ['Russia', ['Russian Federation'], ['Russian', 'Russians']],
  ['Ukraine', ['the Ukraine'], ['Ukrainian', 'Ukrainians']],
  ['Germany', ['Federal Republic of Germany'], ['German', 'Germans']],
  ['France', [], ['French']],
  ['China', ["People's Republic of China", 'PRC'], ['Chinese']],
  ['Japan', [], ['Japanese']],
  ['India', [], ['Indian', 'Indians']],
  ['Pakistan', [], ['Pakistani']],
  ['Afghanistan', [], ['Afghan', 'Afghans']],
  ['Iran', [], ['Iranian', 'Iranians']],
  ['Iraq', [], ['Iraqi', 'Iraqis']],
  ['Syria', [], ['Syrian', 'Syrians']],
  ['Israel', [], ['Israeli', 'Israelis']],
  ['Palestine', ['Palestinian territories'], ['Palestinian', 'Palestinians']],
  ['Lebanon', [], ['Lebanese']],
  ['Jordan', [], ['Jordanian']],
  ['Egypt', [], ['Egyptian', 'Egyptians']],
  ['Saudi Arabia', [], ['Saudi', 'Saudis']],
  ['Turkey', ['Türkiye'], ['Turkish', 'Turks']],
  ['Yemen', [], ['Yemeni']],
  ['Qatar', [], ['Qatari']],
  ['United Arab Emirates', ['UAE'], ['Emirati']],
  ['Libya', [], ['Libyan']],
  ['Nigeria', [], ['Nigerian']],
  ['South Africa', [], ['South African']],
  ['Kenya', [], ['Kenyan']],
  ['Ethiopia', [], ['Ethiopian']],
  ['Mexico', [], ['Mexican', 'Mexicans']],
  ['Canada', [], ['Canadian', 'Canadians']],
  ['Brazil', [], ['Brazilian']],
  ['Argentina', [], ['Argentine', 'Argentinian']],
  ['Venezuela', [], ['Venezuelan']],
  ['Colombia', [], ['Colombian']],
  ['Cuba', [], ['Cuban', 'Cubans']],
  ['Chile', [], ['Chilean']],
  ['Peru', [], ['Peruvian']],
  ['Australia', [], ['Australian', 'Australians']],
  ['New Zealand', [], ['New Zealander']],
  ['Italy', [], ['Italian', 'Italians']],
  ['Spain', [], ['Spanish']],
  ['Portugal', [], ['Portuguese']],
  ['Netherlands', ['Holland', 'the Netherlands'], ['Dutch']],
  ['Belgium', [], ['Belgian']],
  ['Switzerland', [], ['Swiss']],
  ['Austria', [], ['Austrian']],
  ['Poland', [], ['Polish', 'Poles']],
  ['Hungary', [], ['Hungarian']],
  ['Czech Republic', ['Czechia'], ['Czech']],
  ['Slovakia', [], ['Slovak']],
  ['Romania', [], ['Romanian']],
  ['Bulgaria', [], ['Bulgarian']],
  ['Greece', [], ['Greek', 'Greeks']],
  ['Serbia', [], ['Serbian', 'Serbs']],
  ['Croatia', [], ['Croatian']],
  ['Sweden', [], ['Swedish', 'Swedes']],
  ['Norway', [], ['Norwegian']],
  ['Denmark', [], ['Danish']],
  ['Finland', [], ['Finnish']],
  ['Estonia', [], ['Estonian']],
  ['Latvia', [], ['Latvian']],
  ['Lithuania', [], ['Lithuanian']],
  ['Belarus', [], ['Belarusian']],
  ['Moldova', [], ['Moldovan']],
  ['Georgia', [], ['Georgian']],
  ['Armenia', [], ['Armenian']],
  ['Azerbaijan', [], ['Azerbaijani']],
  ['Kazakhstan', [], ['Kazakh']],
  ['Ireland', [], ['Irish']],
  ['North Korea', ['DPRK'], ['North Korean', 'North Koreans']],
  ['South Korea', [], ['South Korean', 'South Koreans']],
  ['Vietnam', [], ['Vietnamese']],
  ['Thailand', [], ['Thai']],
  ['Indonesia', [], ['Indonesian']],
  ['Malaysia', [], ['Malaysian']],
  ['Philippines', ['the Philippines'], ['Filipino']],
  ['Singapore', [], ['Singaporean']],
  ['Taiwan', [], ['Taiwanese']],
  ['Soviet Union', ['USSR'], ['Soviet']],
  // the other states of the world ("Chad" is left out: a given name far more often than the country in print)
  ['Albania', [], ['Albanian', 'Albanians']], ['Algeria', [], ['Algerian', 'Algerians']], ['Andorra', [], ['Andorran']],
  ['Angola', [], ['Angolan']], ['Bahrain', [], ['Bahraini']], ['Bangladesh', [], ['Bangladeshi', 'Bangladeshis']],
  ['Bhutan', [], ['Bhutanese']], ['Bolivia', [], ['Bolivian']], ['Bosnia and Herzegovina', ['Bosnia'], ['Bosnian', 'Bosnians']],
  ['Botswana', [], []], ['Brunei', [], ['Bruneian']], ['Burkina Faso', [], ['Burkinabe']], ['Burundi', [], ['Burundian']],
  ['Cambodia', [], ['Cambodian', 'Cambodians']], ['Cameroon', [], ['Cameroonian']], ['Costa Rica', [], ['Costa Rican']],
  ["Côte d'Ivoire", ['Ivory Coast'], ['Ivorian']], ['Cyprus', [], ['Cypriot', 'Cypriots']],
  ['Democratic Republic of Congo', ['DR Congo', 'DRC', 'Democratic Republic of the Congo'], ['Congolese']],
  ['Republic of the Congo', ['Congo-Brazzaville'], []], ['Djibouti', [], []], ['Dominican Republic', [], []],
  ['Ecuador', [], ['Ecuadorian', 'Ecuadorean']], ['El Salvador', [], ['Salvadoran', 'Salvadorean']], ['Eritrea', [], ['Eritrean']],
  ['Eswatini', ['Swaziland'], []], ['Fiji', [], ['Fijian']], ['Gabon', [], ['Gabonese']], ['Gambia', ['the Gambia'], ['Gambian']],
  ['Ghana', [], ['Ghanaian', 'Ghanaians']], ['Guatemala', [], ['Guatemalan']], ['Guinea', [], ['Guinean']], ['Haiti', [], ['Haitian', 'Haitians']],
  ['Honduras', [], ['Honduran']], ['Iceland', [], ['Icelandic']], ['Jamaica', [], ['Jamaican']], ['Kosovo', [], ['Kosovar']],
  ['Kuwait', [], ['Kuwaiti']], ['Kyrgyzstan', [], ['Kyrgyz']], ['Laos', [], ['Laotian']], ['Lesotho', [], []], ['Liberia', [], ['Liberian']],
  ['Luxembourg', [], []], ['Madagascar', [], ['Malagasy']], ['Malawi', [], ['Malawian']], ['Maldives', ['the Maldives'], ['Maldivian']],
  ['Mali', [], ['Malian']], ['Malta', [], ['Maltese']], ['Mauritania', [], ['Mauritanian']], ['Mauritius', [], ['Mauritian']],
  ['Monaco', [], ['Monegasque']], ['Mongolia', [], ['Mongolian']], ['Montenegro', [], ['Montenegrin']], ['Morocco', [], ['Moroccan', 'Moroccans']],
  ['Mozambique', [], ['Mozambican']], ['Myanmar', ['Burma'], ['Burmese']], ['Namibia', [], ['Namibian']], ['Nepal', [], ['Nepali', 'Nepalese']],
  ['Nicaragua', [], ['Nicaraguan']], ['Niger', [], ['Nigerien']], ['North Macedonia', ['Macedonia'], ['Macedonian']], ['Oman', [], ['Omani']],
  ['Panama', [], ['Panamanian']], ['Papua New Guinea', [], []], ['Paraguay', [], ['Paraguayan']], ['Rwanda', [], ['Rwandan']],
  ['Senegal', [], ['Senegalese']], ['Sierra Leone', [], ['Sierra Leonean']], ['Slovenia', [], ['Slovenian', 'Slovene']],
  ['Somalia', [], ['Somali', 'Somalis']], ['South Sudan', [], ['South Sudanese']], ['Sri Lanka', [], ['Sri Lankan', 'Sri Lankans']],
  ['Sudan', [], ['Sudanese']], ['Suriname', [], []], ['Tajikistan', [], ['Tajik']], ['Tanzania', [], ['Tanzanian']],
  ['Timor-Leste', ['East Timor'], ['Timorese']], ['Togo', [], ['Togolese']], ['Trinidad and Tobago', [], []], ['Tunisia', [], ['Tunisian']],
  ['Turkmenistan', [], ['Turkmen']], ['Uganda', [], ['Ugandan']], ['Uruguay', [], ['Uruguayan']], ['Uzbekistan', [], ['Uzbek']],
  ['Zambia', [], ['Zambian']], ['Zimbabwe', [], ['Zimbabwean']], ['Vatican', ['Vatican City', 'Holy See'], []],
];

/** Regions, US states, capitals and large cities: canonical name as printed. */
const OTHER_PLACES: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'Middle East', 'Latin America', 'South America', 'North America', 'Crimea',
  'Donbas', 'Donbass', 'Gaza', 'West Bank', 'Kashmir', 'Siberia', 'Scandinavia', 'Balkans', 'Caribbean',
  'Moscow', 'Kyiv', 'Kiev', 'Berlin', 'Paris', 'London', 'Washington', 'Beijing', 'Tokyo', 'Rome', 'Madrid',
  'Brussels', 'Vienna', 'Warsaw', 'Minsk', 'Ankara', 'Istanbul', 'Tehran', 'Baghdad', 'Damascus', 'Jerusalem',
  'Tel Aviv', 'Cairo', 'Riyadh', 'Doha', 'Dubai', 'Kabul', 'Islamabad', 'New Delhi', 'Delhi', 'Mumbai',
  'Seoul', 'Pyongyang', 'Hong Kong', 'Shanghai', 'Taipei', 'Sydney', 'Ottawa', 'Toronto', 'Mexico City',
  'Havana', 'Caracas', 'Geneva', 'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Donetsk', 'Luhansk', 'Kherson',
  'St Petersburg', 'St. Petersburg', 'Sochi', 'Edinburgh', 'Dublin', 'Athens', 'Lisbon', 'Amsterdam',
  'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'Boston',
  'Miami', 'Atlanta', 'Dallas', 'Denver', 'Seattle', 'San Francisco', 'Detroit', 'Cleveland', 'Las Vegas',
  'Charlotte', 'Orlando', 'Tampa', 'Pittsburgh', 'Baltimore', 'Milwaukee', 'Nashville', 'New Orleans',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Scotland', 'Wales', 'England', 'Northern Ireland',
  'Quebec', 'Ontario', 'Bavaria', 'Catalonia', 'Capitol Hill', 'Wall Street', 'Silicon Valley', 'Hollywood',
  'Midwest', 'Rust Belt', 'Kremlin Wall',
  // states, provinces and large cities elsewhere, where many of Cuttings' readers follow the news (names that are
  // also common given names, such as Victoria or Santiago, are left out)
  'Assam', 'Kerala', 'Maharashtra', 'Punjab', 'Tamil Nadu', 'Karnataka', 'Gujarat', 'Rajasthan', 'Uttar Pradesh',
  'Bihar', 'West Bengal', 'Arunachal Pradesh', 'Andhra Pradesh', 'Telangana', 'Odisha', 'Madhya Pradesh', 'Haryana',
  'Manipur', 'Kolkata', 'Chennai', 'Bengaluru', 'Bangalore', 'Hyderabad', 'Karachi', 'Lahore', 'Dhaka', 'Colombo',
  'Kathmandu', 'Jakarta', 'Manila', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Kuala Lumpur', 'Putrajaya', 'Penang',
  'Sabah', 'Sarawak', 'Johor', 'Selangor', 'Kota Kinabalu', 'Kuching', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide',
  'Canberra', 'Queensland', 'New South Wales', 'Tasmania', 'Auckland', 'Wellington', 'Lagos', 'Abuja', 'Nairobi',
  'Johannesburg', 'Cape Town', 'Pretoria', 'Addis Ababa', 'Khartoum', 'Kinshasa', 'Vancouver', 'Montreal', 'Alberta',
  'British Columbia', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Buenos Aires', 'Bogotá', 'Bogota',
  'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Milan', 'Naples', 'Barcelona', 'Lyon', 'Marseille', 'Manchester',
  'Birmingham', 'Glasgow', 'Belfast', 'Cardiff', 'Liverpool', 'Zurich', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki',
  'Prague', 'Budapest', 'Bucharest', 'Belgrade', 'Zagreb', 'Riga', 'Tallinn', 'Vilnius', 'Tbilisi', 'Yerevan', 'Baku',
  'Astana', 'Almaty', 'Tashkent', 'Abu Dhabi', 'Muscat', 'Manama', 'Amman', 'Beirut', 'Tunis', 'Algiers', 'Rabat',
  'Casablanca', 'Kyoto', 'Osaka', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Xinjiang', 'Tibet', 'Macau',
];

/** Surface form → canonical place name. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map<string, string>([
  ...COUNTRIES.flatMap(([canonical, aliases]) => [[canonical, canonical] as [string, string], ...aliases.map((a) => [a, canonical] as [string, string])]),
  ...OTHER_PLACES.map((p) => [p, p] as [string, string]),
  ['Kiev', 'Kyiv'], ['Odessa', 'Odesa'], ['Donbass', 'Donbas'], ['St. Petersburg', 'St Petersburg'],
  ['the United States', 'United States'], ['the Ukraine', 'Ukraine'],
]);

/** Adjectives of regions and blocs, read as demonyms are in descriptions ("a senior European diplomat", "a Western
 *  official"): the speaker's side, never a name. */
const REGION_ADJECTIVES: ReadonlyArray<[adjective: string, region: string]> = [
  ['European', 'Europe'], ['Asian', 'Asia'], ['African', 'Africa'], ['Arab', 'Middle East'], ['Western', 'the West'],
  ['Scandinavian', 'Scandinavia'], ['Nordic', 'Nordic countries'], ['Baltic', 'Baltic states'], ['Balkan', 'Balkans'],
  ['Caribbean', 'Caribbean'],
];

/** Demonym or adjective → country or region ("Russian" → Russia). Used to read roles ("the German leader"). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map<string, string>([
  ...COUNTRIES.flatMap(([canonical, , demonyms]) => demonyms.map((d) => [d, canonical] as [string, string])),
  ...REGION_ADJECTIVES,
]);

/** Capitals standing for their governments ("Berlin said"): place → country. */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Moscow', 'Russia'], ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Berlin', 'Germany'], ['Paris', 'France'],
  ['London', 'United Kingdom'], ['Washington', 'United States'], ['Beijing', 'China'], ['Tokyo', 'Japan'],
  ['Ankara', 'Turkey'], ['Tehran', 'Iran'], ['Jerusalem', 'Israel'], ['Pyongyang', 'North Korea'],
  ['Seoul', 'South Korea'], ['Brussels', 'European Union'], ['Warsaw', 'Poland'], ['Minsk', 'Belarus'],
]);

/** First words that make a capitalised phrase a place ("Mount Parnitha", "Lake Chad", "Strait of Hormuz") … */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(['Mount', 'Mt', 'Mt.', 'Lake', 'River', 'Cape', 'Gulf', 'Isle', 'Strait', 'Sea', 'Bay']);
/** … and last words that do ("Black Sea", "Andaman Islands", "Rocky Mountains", "Yangtze River"). */
export const PLACE_TAIL_WORDS: ReadonlySet<string> = new Set(['Island', 'Islands', 'Sea', 'Ocean', 'Mountains', 'Peninsula', 'River', 'Strait']);

/** Longest place alias, in words: bounds the gazetteer look-up window. */
export const MAX_PLACE_WORDS = 4;
