// The figures of `npm run bench -- --json` (issue 8): every one is in the last line's object, a number, or
// null when what it measures is missing from this build (a note in `notes` says why).

export const FIGURES = [
  'import_clips_per_s',
  'import_mb_per_s',
  'raw_ingest_clips_per_s',
  'import_vs_raw',
  'clean_mb_per_s',
  'quotes_mb_per_s',
  'tags_mb_per_s',
  'peer_readability_clips_per_s',
  'import_vs_peer',
  'search_p50_ms',
  'search_p95_ms',
  'search_p99_ms',
  'open_clip_ms',
  'list_first_page_ms',
  'peak_rss_mb',
  'library_bytes_per_clip',
  'export_pdf_500_s',
  'ui_first_paint_ms',
  'ui_open_clip_ms',
  'ui_longest_frame_ms',
] as const;

export type Figure = (typeof FIGURES)[number];
export type Figures = Record<Figure, number | null>;

export interface Target {
  figure: Figure;
  /** `min`: the figure should be at least `value`; `max`: at most */
  bound: 'min' | 'max';
  value: number;
  /** where the target applies, when not to every run */
  at?: string;
}

/** The targets: reported against, never asserted. */
export const TARGETS: readonly Target[] = [
  { figure: 'import_vs_raw', bound: 'min', value: 0.5 },
  { figure: 'import_vs_peer', bound: 'min', value: 20 },
  { figure: 'search_p95_ms', bound: 'max', value: 20, at: '100k clips' },
  { figure: 'open_clip_ms', bound: 'max', value: 50 },
  { figure: 'peak_rss_mb', bound: 'max', value: 300, at: '100k import' },
  { figure: 'clean_mb_per_s', bound: 'min', value: 5 },
  { figure: 'quotes_mb_per_s', bound: 'min', value: 5 },
];

export function targetMet(target: Target, value: number | null): boolean | null {
  if (value === null) return null;
  return target.bound === 'min' ? value >= target.value : value <= target.value;
}
