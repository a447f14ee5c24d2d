// The one API contract. Every call takes one plain serialisable argument and returns plain data.
// The same implementation (electron/core/api) is served over Electron IPC, over loopback HTTP
// (`cuttings serve`) and called directly by the CLI. The renderer imports these types only.
import type { Article, AutoTag, TagKind } from './article';

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
  error?: string;
}

export type ImportSummary = Omit<ImportProgress, 'jobId' | 'state' | 'current' | 'error'>;

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

/** The calls. Add a call here, in the schemas (api-schema.ts) and in the preload; tests check all three agree. */
export interface CuttingsApi {
  version(arg: Record<string, never>): Promise<ApiVersion>;
  importFiles(arg: ImportRequest): Promise<ImportSummary>;
  startImport(arg: ImportRequest): Promise<{ jobId: string }>;
  importProgress(arg: { jobId: string }): Promise<ImportProgress>;
  cancelImport(arg: { jobId: string }): Promise<void>;
  listClips(arg: ListClipsRequest): Promise<ClipPage>;
  getClip(arg: { id: number }): Promise<Clip | null>;
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
