// The one API contract. Every call takes one plain serialisable argument and returns plain data.
// The same implementation (electron/core/api) is served over Electron IPC, over loopback HTTP
// (`cuttings serve`) and called directly by the CLI. The renderer imports these types only.
import type { Article, AutoTag, DateOrder, QuoteKind, TagKind } from './article';

export interface ClipTag extends AutoTag {
  /** true when the text engine added it, false when the user did */
  auto: boolean;
}

export interface ClipSummary {
  id: number;
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  /** the first words of the body, for the list */
  firstLine: string;
  tags: string[];
  importedAt: string;
  /** a search snippet; matched words are wrapped in \u0002 … \u0003 (never HTML) */
  snippet?: string;
}

export interface Clip extends Omit<Article, 'tags'> {
  id: number;
  fileName: string;
  filePath: string | null;
  /** the text as imported, verbatim */
  original: string;
  format: string;
  encoding: string;
  importedAt: string;
  tags: ClipTag[];
  /** near-duplicates: the same story in other clips (lightly edited), oldest first; never merged */
  alsoIn?: AlsoIn[];
  /** fields the user edited (the engine's value is kept; revertField brings it back) */
  edited?: EditableField[];
}

/** Another clip holding (nearly) the same article. */
export interface AlsoIn {
  clipId: number;
  title: string | null;
  source: string | null;
  published: string | null;
}

export interface ImportFile {
  /** file name as dropped in a browser */
  name: string;
  /** the file's bytes, base64 */
  dataBase64: string;
}

export interface ImportRequest {
  /** files and folders on this machine (Electron drops, File > Import, CLI) */
  paths?: string[];
  /** file contents (browser drops in `cuttings serve`) */
  files?: ImportFile[];
}

export interface ImportFailure {
  file: string;
  reason: string;
}

export interface ImportProgress {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  /** files finished so far, and the total once the folders are walked (null while walking) */
  done: number;
  total: number | null;
  current: string | null;
  imported: number;
  duplicates: number;
  failed: ImportFailure[];
  /** ids of the clips this import added */
  clipIds: number[];
  /** the library's id of this import (for undo), once known */
  importId?: number;
  error?: string;
}

export type ImportSummary = Omit<ImportProgress, 'jobId' | 'state' | 'current' | 'error'> & { importId: number };

export type ClipSort = 'published' | 'title' | 'source' | 'imported';

export interface ListClipsRequest {
  offset?: number;
  limit?: number;
  sort?: ClipSort;
  descending?: boolean;
}

export interface ClipPage {
  total: number;
  clips: ClipSummary[];
}

export interface ApiVersion {
  app: string;
  schema: number;
  library: string;
}


// ── Search ───────────────────────────────────────────────────────────────────────────────────────
export interface SearchFilters {
  tag?: string;
  speaker?: string;
  source?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
}

export interface SearchRequest extends SearchFilters {
  /** words, "phrases", OR, -exclusion, prefix*, and tag:/speaker:/source:/from:/to: filters */
  query: string;
  offset?: number;
  limit?: number;
  /** best match first unless a sort is given: clips whose title holds a search word, then the rest, each by bm25 */
  sort?: ClipSort | 'relevance';
}

export interface SearchResult {
  total: number;
  clips: ClipSummary[];
}

// ── Tags ─────────────────────────────────────────────────────────────────────────────────────────
export interface TagInfo {
  id: number;
  name: string;
  kind: TagKind;
  /** clips in the library (not in the trash) carrying it */
  count: number;
  /** CSS colour chosen by the user, or null */
  color: string | null;
}

export type TagRuleField = 'source' | 'title' | 'text' | 'byline';

export interface TagRule {
  id: number;
  /** the clip field to look at and the words to find there (case and accents ignored) */
  field: TagRuleField;
  contains: string;
  /** the tag to add */
  tag: string;
}

// ── Speakers and quote timelines ────────────────────────────────────────────────────────────────
export interface SpeakerInfo {
  /** canonical name */
  name: string;
  kind: 'person' | 'organization';
  quotes: number;
  /** publication dates of the earliest and latest quote */
  first: string | null;
  last: string | null;
  /** other names merged into this speaker */
  aliases: string[];
}

export interface QuoteSource {
  clipId: number;
  source: string | null;
  published: string | null;
  title: string | null;
}

export interface TimelineQuote {
  /** the quote's id in the library */
  id: number;
  speaker: string;
  text: string;
  kind: QuoteKind;
  published: string | null;
  source: string | null;
  clipId: number;
  clipTitle: string | null;
  paragraph: number;
  start: number;
  end: number;
  /** the same quotation reported elsewhere (near-identical text), earliest first */
  alsoIn: QuoteSource[];
}

// ── Trash, edits, imports ────────────────────────────────────────────────────────────────────────
export type EditableField = 'title' | 'subtitle' | 'published' | 'captured' | 'byline' | 'source' | 'dateline' | 'body';

export interface ClipEdit {
  id: number;
  /** new values; null clears a field (body cannot be null) */
  fields: Partial<Record<EditableField, string | null>>;
}

export interface ImportRecord {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  state: string;
  imported: number;
  duplicates: number;
  failed: number;
}

export interface LibraryStats {
  clips: number;
  quotes: number;
  speakers: number;
  tags: number;
  sources: number;
  trash: number;
}

export interface SourceInfo {
  name: string;
  count: number;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
}

// ── Export ───────────────────────────────────────────────────────────────────────────────────────
export type ExportFormat = 'md' | 'html' | 'pdf' | 'docx' | 'json' | 'csv' | 'quotes-csv';

/** What to export: explicit clips, or everything matching a search (query and filters), a tag, a speaker or dates. */
export interface ExportSelection extends SearchFilters {
  ids?: number[];
  query?: string;
}

export interface ReportOptions {
  title?: string;
  /** data: URL of a logo image */
  logo?: string;
  /** CSS colour */
  accent?: string;
}

export interface ExportRequest {
  format: ExportFormat;
  selection: ExportSelection;
  report?: ReportOptions;
}

export interface ExportedFile {
  /** a safe file name for the export */
  fileName: string;
  mimeType: string;
  dataBase64: string;
  clips: number;
}

// ── Settings ─────────────────────────────────────────────────────────────────────────────────────
export interface Settings {
  theme: 'system' | 'light' | 'dark';
  /** how to read an ambiguous date such as 03/12/2022 */
  dateOrder: DateOrder;
}

/** The calls. Add a call here, in the schemas (api-schema.ts) and in the preload; tests check all three agree. */
export interface CuttingsApi {
  version(arg: Record<string, never>): Promise<ApiVersion>;
  stats(arg: Record<string, never>): Promise<LibraryStats>;

  // import
  importFiles(arg: ImportRequest): Promise<ImportSummary>;
  startImport(arg: ImportRequest): Promise<{ jobId: string }>;
  importProgress(arg: { jobId: string }): Promise<ImportProgress>;
  cancelImport(arg: { jobId: string }): Promise<void>;
  listImports(arg: Record<string, never>): Promise<ImportRecord[]>;
  /** removes the clips one import added (to the trash) */
  undoImport(arg: { importId: number }): Promise<{ removed: number }>;

  // clips
  listClips(arg: ListClipsRequest): Promise<ClipPage>;
  getClip(arg: { id: number }): Promise<Clip | null>;
  editClip(arg: ClipEdit): Promise<Clip>;
  /** back to what the cleaner found */
  revertField(arg: { id: number; field: EditableField }): Promise<Clip>;
  trashClips(arg: { ids: number[] }): Promise<{ trashed: number }>;
  restoreClips(arg: { ids: number[] }): Promise<{ restored: number }>;
  listTrash(arg: ListClipsRequest): Promise<ClipPage>;
  emptyTrash(arg: Record<string, never>): Promise<{ deleted: number }>;
  listSources(arg: Record<string, never>): Promise<SourceInfo[]>;

  // search
  search(arg: SearchRequest): Promise<SearchResult>;
  listSavedSearches(arg: Record<string, never>): Promise<SavedSearch[]>;
  saveSearch(arg: { name: string; query: string }): Promise<SavedSearch>;
  deleteSavedSearch(arg: { id: number }): Promise<void>;

  // tags
  listTags(arg: Record<string, never>): Promise<TagInfo[]>;
  addTag(arg: { clipIds: number[]; name: string; kind?: TagKind }): Promise<void>;
  removeTag(arg: { clipIds: number[]; name: string }): Promise<void>;
  renameTag(arg: { id: number; name: string }): Promise<TagInfo>;
  mergeTags(arg: { ids: number[]; into: string }): Promise<TagInfo>;
  deleteTag(arg: { id: number }): Promise<void>;
  setTagColor(arg: { id: number; color: string | null }): Promise<void>;
  listTagRules(arg: Record<string, never>): Promise<TagRule[]>;
  saveTagRule(arg: Omit<TagRule, 'id'> & { id?: number }): Promise<TagRule>;
  deleteTagRule(arg: { id: number }): Promise<void>;
  applyTagRules(arg: Record<string, never>): Promise<{ tagged: number }>;

  // speakers and quotes
  listSpeakers(arg: { query?: string }): Promise<SpeakerInfo[]>;
  /** quotes of one or more speakers, oldest first */
  speakerTimeline(arg: { speakers: string[] }): Promise<TimelineQuote[]>;
  mergeSpeakers(arg: { names: string[]; into: string }): Promise<SpeakerInfo>;
  /** undoes a merge: the alias becomes its own speaker again */
  splitSpeaker(arg: { alias: string }): Promise<void>;

  // export
  exportClips(arg: ExportRequest): Promise<ExportedFile>;

  // settings
  getSettings(arg: Record<string, never>): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
}

export type ApiCall = keyof CuttingsApi;
export type ApiArg<K extends ApiCall> = Parameters<CuttingsApi[K]>[0];
export type ApiResult<K extends ApiCall> = Awaited<ReturnType<CuttingsApi[K]>>;

/** A refusal the caller can show: bad arguments, an unknown clip … (never a stack trace). */
export interface ApiErrorBody {
  error: string;
  code: 'bad-request' | 'not-found' | 'forbidden' | 'internal';
}

export type { TagKind };
