// Tables for the header and source passes (07-header, 09-source): the phrases that name a site, the web
// addresses that are platforms rather than publications, the copyright holders that credit a photo.

/**
 * Phrases in page furniture that name the site itself; group 1 is the name. Checked on short lines only.
 * "Dawgs By Nature homepage", "Follow Wired online:", "Space is supported by its audience",
 * "Subscribe to 9to5Mac on YouTube", "Source: Moneycontrol.com", "Acme Daily main menu". ("More from X" is not
 * one: X is as often a section or an author.)
 */
export const SITE_PHRASES: readonly RegExp[] = [
  /^(?!(?:go|back|toggle|skip|open|close|show|hide|return|jump|view|visit)\b)(.{2,40}?)\s+(?:homepage|home page|main menu)\b/i,
  /^follow\s+(?!us\b|me\b|our\b|him\b|her\b|them\b)(.{2,40}?)\s+(?:online|on\s+(?:twitter|facebook|instagram|youtube|linkedin|social))\b/i,
  /^(.{2,40}?)\s+is\s+(?:supported|funded)\s+by\s+its\s+(?:audience|readers)\b/i,
  /^subscribe\s+to\s+(.{2,40}?)\s+on\s+(?:youtube|twitter|facebook|instagram)\b/i,
  /\bsource\s*:\s*((?:[\w-]+\.)+[a-z]{2,})\s*$/i,
  // a newsletter's sign-off under each post: "Thanks for reading The Harbour Letter! Subscribe for free …"
  /^thanks\s+for\s+reading\s+(?!this\b|my\b|our\b|the\s+(?:post|article|story|piece)\b)(.{2,40}?)\s*[!.]/i,
];

/** Names a site phrase may catch that are sections or pronouns, not a publication. Lower case. */
export const NOT_SITE_NAMES: ReadonlySet<string> = new Set([
  'blog', 'home', 'site', 'the site', 'this site', 'our site', 'us', 'me', 'you', 'him', 'her', 'them', 'news', 'sport',
  'sports', 'world', 'business', 'politics', 'opinion', 'culture', 'life', 'lifestyle', 'travel', 'tech', 'technology',
  'science', 'health', 'video', 'videos', 'photos', 'more', 'stories', 'author', 'the author', 'this author',
  'this writer', 'our partners', 'partners',
]);

/**
 * Web addresses printed on a page that belong to platforms, shops or mail services, not to the publication
 * (the label before the top-level domain, lower case).
 */
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set(
  `twitter x facebook fb instagram youtube youtu google googleapis gstatic goo amazon amzn apple itunes linkedin
  pinterest reddit tiktok whatsapp snapchat telegram wordpress blogspot blogger medium substack tumblr gmail yahoo
  hotmail outlook aol icloud mail bit tinyurl ow wikipedia wikimedia flickr vimeo soundcloud spotify disqus gravatar
  feedburner paypal patreon github mailchimp doubleclick addthis sharethis cloudfront akamai bing microsoft t me
  example w3 schema ssrn doi archive issuu scribd dropbox imgur giphy getty gettyimages shutterstock`.split(/\s+/).filter(Boolean),
);

/** Top-level domains read in a printed address: two-part ones first. */
export const TLDS = `co.uk org.uk com.au net.au co.nz com.br co.in com.ph com.my co.za co.jp com.sg co.id com.ar com.mx
  com net org info biz news io co uk de fr ru it es pt br in au ca ph my sg id jp kr cn nz za ie nl be ch at pl se no dk
  fi tv me us eu asia am gr tr il ae hk tw vn th`.split(/\s+/).filter(Boolean);

/** Copyright holders that credit a picture or a wire story, not the page's publisher. Lower case. */
export const CREDIT_HOLDERS: ReadonlySet<string> = new Set(
  ['getty images', 'getty', 'shutterstock', 'alamy', 'istock', 'istockphoto', 'epa', 'epa-efe', 'rex', 'rex features',
    'ap photo', 'afp photo', 'reuters pictures', 'press association images', 'pa images', 'pa wire', 'wenn', 'splash news',
    'unsplash', 'pexels', 'pixabay', 'wikimedia commons', 'creative commons', 'nasa', 'esa'],
);

/**
 * News aggregators: they republish other publishers' stories under their own name ("Yahoo News", then "Reuters"
 * under the headline and "HOUSTON (Reuters) -"): the story's agency is its publication there. Lower case.
 */
export const AGGREGATORS: ReadonlySet<string> = new Set(['yahoo news', 'yahoo finance', 'yahoo', 'msn', 'google news', 'apple news', 'smartnews', 'flipboard', 'newsbreak', 'aol']);

/** Publishing groups: a copyright line naming one credits the owner, not the masthead (a last resort). Lower case. */
export const PUBLISHING_GROUPS: ReadonlySet<string> = new Set(
  ['gannett', 'hearst', 'vox media', 'future', 'future us', 'future plc', 'condé nast', 'conde nast', 'tribune', 'mcclatchy',
    'news corp', 'advance', 'meredith', 'dotdash', 'dotdash meredith', 'penske', 'lee enterprises', 'axel springer', 'reach',
    'dmg media', 'nine', 'fairfax', 'schibsted', 'mediahuis', 'nbcuniversal', 'cbs interactive', 'warnermedia', 'viacom',
    'bustle digital', 'valnet', 'ziff davis', 'newage ads', 'e-eighteen.com', 'network18'],
);

/**
 * Words that never stand in a person's name: function words, page furniture, platforms and bodies. A line without
 * "By" is read as a bare name ("Jane Doe" under the headline) only when none of its words is one of these, so
 * "The Russian and Syrian ministries", "Next Post" or "Whatsapp Facebook" is no byline, and a short Title Case
 * headline ("The Harbour Clock") is not mistaken for a name. (With "By" the name is taken as printed: a surname
 * may be "Page" or "More".) Lower case.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `the a an of in on at for to from with without into about over under and or but not no is are was were be
  this that these those here there our your my their its his her we you they it how what why who when where
  new next previous prev older newer latest last first top more most all read view see show hide share like
  post posts page pages comment comments reply replies login log sign register account menu home search
  subscribe follow download print email mail print tweet pin pint whatsapp facebook twitter pinterest instagram
  linkedin youtube telegram reddit tumblr messenger ministry ministries department office government council
  committee police army court university school team club league forces defense defence minister`.split(/\s+/).filter(Boolean),
);

/**
 * Words a copied page glues to the author's name with no space between ("Jane DoeStaff Writer",
 * "Jane DoeView More Articles"): the role words of a byline and the first words of an author link. A word in a
 * byline that runs from a small letter into one of these is split there. Lower case.
 */
export const GLUED_NAME_TAILS: ReadonlySet<string> = new Set(
  `view more see all read follow articles posts stories profile bio email contact`.split(/\s+/),
);

/**
 * Author links printed after the name: the name is the author's for sure (as good as "By"); the label is no
 * part of it. "Jane Doe View More Articles", "Jane Doe · All posts", "Jane Doe Full bio".
 */
export const AUTHOR_LINK_LABEL =
  /\s*[|•·,–—-]?\s*(?:(?:view|see|read)\s+(?:all\s+|more\s+)?|all\s+|more\s+)(?:articles|posts|stories)(?:\s+by(?:\s+(?:this\s+)?author)?)?\s*$|\s*[|•·,–—-]?\s*(?:full\s+bio|view\s+profile|author\s+profile|email\s+the\s+author|contact\s+the\s+author)\s*$/i;

/**
 * A desk rather than a person: "Harbour Post Staff", "Valley Times wire services", "Gazette Sport", "News Desk".
 * The last words of a byline part; the words before them must be a name (a masthead), so "Our Staff" or a menu
 * item does not count. `loose` ones only next to the headline or date (a menu may print "Live Sport").
 */
export const DESK_TAILS = {
  strict: /\s(?:staff|staff reports?|wire services?|wires|news services?|news desk|web desk|desk|newsroom|editorial board|editors)$/i,
  loose: /\s(?:sport|sports|team|reporters)$/i,
};

/** A byline may open with these too (the openers in tables.ts are Latin-script): "Текст:", "Автор:". */
export const MORE_BYLINE_OPENERS = /^(?:текст|автор|фото и текст)\s*:\s*(?=\S)/iu;

/**
 * A field label before a headline, as "save as text" tools and some templates print it ("Title: …",
 * "Headline: …"): not part of the headline.
 */
export const HEADLINE_LABEL = /^(?:title|headline|titre|titel|titolo|título|titular|kop)\s*:\s+(?=\S)/i;
