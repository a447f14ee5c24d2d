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

/** Publishing groups: a copyright line naming one credits the owner, not the masthead (a last resort). Lower case. */
export const PUBLISHING_GROUPS: ReadonlySet<string> = new Set(
  ['gannett', 'hearst', 'vox media', 'future', 'future us', 'future plc', 'condé nast', 'conde nast', 'tribune', 'mcclatchy',
    'news corp', 'advance', 'meredith', 'dotdash', 'dotdash meredith', 'penske', 'lee enterprises', 'axel springer', 'reach',
    'dmg media', 'nine', 'fairfax', 'schibsted', 'mediahuis', 'nbcuniversal', 'cbs interactive', 'warnermedia', 'viacom',
    'bustle digital', 'valnet', 'ziff davis', 'newage ads', 'e-eighteen.com', 'network18'],
);
