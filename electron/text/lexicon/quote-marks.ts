// Quotation marks: which opening mark is closed by which marks (compromise keeps the same kind of table).
// The first closing mark listed is the usual one; later ones are accepted for sloppy typing
// (“…" or „…” in copied pages) only when the usual one does not come in the paragraph.

export interface QuotePair {
  /** marks that may close a quotation opened with this mark */
  close: readonly string[];
  /** single marks double as apostrophes, so they need stricter checks */
  single: boolean;
  /** the same character opens and closes (straight quotes) */
  symmetric: boolean;
}

export const QUOTE_PAIRS: Readonly<Record<string, QuotePair>> = {
  '\u201C': { close: ['\u201D', '\u201C', '"'], single: false, symmetric: false }, // “ … ”  (English)
  '"': { close: ['"', '\u201D'], single: false, symmetric: true }, // " … "  (typewriter; “…" typed sloppily)
  '\u201E': { close: ['\u201C', '\u201D'], single: false, symmetric: false }, // „ … “  (German, Polish „…”)
  '\u00AB': { close: ['\u00BB'], single: false, symmetric: false }, // « … »  (French, Russian)
  '\u00BB': { close: ['\u00AB'], single: false, symmetric: false }, // » … «  (German books)
  '\u300C': { close: ['\u300D'], single: false, symmetric: false }, // 「 … 」 (CJK)
  '\u300E': { close: ['\u300F'], single: false, symmetric: false }, // 『 … 』 (CJK, nested)
  '\u2018': { close: ['\u2019'], single: true, symmetric: false }, // ‘ … ’  (British primary)
  "'": { close: ["'", '\u2019'], single: true, symmetric: true }, // ' … '  (typewriter single)
  '\u201A': { close: ['\u2018', '\u2019'], single: true, symmetric: false }, // ‚ … ‘  (German single)
  '\u2039': { close: ['\u203A'], single: true, symmetric: false }, // ‹ … ›  (French single)
};

/** Every character that can close some quotation (used to stop contexts at a quote). */
export const ALL_QUOTE_MARKS = new Set<string>([
  ...Object.keys(QUOTE_PAIRS),
  ...Object.values(QUOTE_PAIRS).flatMap((p) => p.close),
]);

/** Two apostrophes typed as a double quotation mark (''…''), as in some wire and archive texts. */
export const DOUBLE_APOSTROPHE = "''";
/**
 * Read ''…'' as a quotation. Off: browser-copied text uses real quotation marks, and two apostrophes are a
 * typewriter artefact (the PolNeAR-derived dev set's gold does not count them either: on, they cost about
 * 4 points of precision there). A stray '' is then never read as two single quotation marks.
 */
export const READ_DOUBLE_APOSTROPHES = false;
