// Runtime validation of every API argument (zod). Used where calls cross a trust boundary:
// the IPC handlers and the loopback server. Keys must equal the calls of CuttingsApi.
import { z } from 'zod';
import type { ApiCall, ExportFormat } from './api';

/** Every export format, in the order menus and `--help` list them. */
export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'json', 'csv', 'quotes-csv'] as const satisfies readonly ExportFormat[];

const MAX_PATHS = 100_000;
const MAX_FILES = 10_000;

const importRequest = z
  .object({
    paths: z.array(z.string().min(1).max(4096)).max(MAX_PATHS).optional(),
    files: z
      .array(z.object({ name: z.string().min(1).max(1024), dataBase64: z.string() }).strict())
      .max(MAX_FILES)
      .optional(),
  })
  .strict();

const jobRef = z.object({ jobId: z.string().min(1).max(100) }).strict();

const empty = z.object({}).strict();
const id = z.number().int().positive();
const ids = z.array(id).min(1).max(100_000);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date as YYYY-MM-DD');
const name = z.string().trim().min(1).max(200);
/** a tag colour as the app stores it (the renderer's colour picker gives #rrggbb) */
export const TAG_COLOR = /^#[0-9a-fA-F]{6}$/;
const tagKind = z.enum(['person', 'organization', 'place', 'topic']);
const clipSort = z.enum(['published', 'title', 'source', 'imported']);
const editableField = z.enum(['title', 'subtitle', 'published', 'captured', 'byline', 'source', 'dateline', 'body']);

const listRequest = z
  .object({
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    sort: clipSort.optional(),
    descending: z.boolean().optional(),
  })
  .strict();

const filters = {
  tag: z.string().max(200).optional(),
  speaker: z.string().max(200).optional(),
  source: z.string().max(200).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
};

export const apiSchemas = {
  version: empty,
  stats: empty,

  importFiles: importRequest,
  startImport: importRequest,
  importProgress: jobRef,
  cancelImport: jobRef,
  listImports: empty,
  undoImport: z.object({ importId: id }).strict(),

  listClips: listRequest,
  getClip: z.object({ id }).strict(),
  editClip: z
    .object({ id, fields: z.partialRecord(editableField, z.string().max(10_000_000).nullable()) })
    .strict()
    .refine((edit) => edit.fields.body !== null, { message: 'the body cannot be empty' }),
  revertField: z.object({ id, field: editableField }).strict(),
  trashClips: z.object({ ids }).strict(),
  restoreClips: z.object({ ids }).strict(),
  listTrash: listRequest,
  emptyTrash: empty,
  listSources: empty,

  search: z
    .object({
      query: z.string().max(2000),
      ...filters,
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      sort: z.union([clipSort, z.literal('relevance')]).optional(),
    })
    .strict(),
  listSavedSearches: empty,
  saveSearch: z.object({ name, query: z.string().max(2000) }).strict(),
  deleteSavedSearch: z.object({ id }).strict(),

  listTags: empty,
  addTag: z.object({ clipIds: ids, name, kind: tagKind.optional() }).strict(),
  removeTag: z.object({ clipIds: ids, name }).strict(),
  renameTag: z.object({ id, name }).strict(),
  mergeTags: z.object({ ids, into: name }).strict(),
  deleteTag: z.object({ id }).strict(),
  setTagColor: z.object({ id, color: z.string().regex(TAG_COLOR, 'a colour as #rrggbb').nullable() }).strict(),
  listTagRules: empty,
  saveTagRule: z
    .object({ id: id.optional(), field: z.enum(['source', 'title', 'text', 'byline']), contains: name, tag: name })
    .strict(),
  deleteTagRule: z.object({ id }).strict(),
  applyTagRules: empty,

  listSpeakers: z.object({ query: z.string().max(200).optional() }).strict(),
  speakerTimeline: z.object({ speakers: z.array(name).min(1).max(20) }).strict(),
  mergeSpeakers: z.object({ names: z.array(name).min(1).max(100), into: name }).strict(),
  splitSpeaker: z.object({ alias: name }).strict(),

  exportClips: z
    .object({
      format: z.enum(EXPORT_FORMATS),
      selection: z.object({ ids: z.array(id).max(100_000).optional(), query: z.string().max(2000).optional(), ...filters }).strict(),
      report: z
        .object({
          title: z.string().max(300).optional(),
          logo: z.string().regex(/^data:image\/(png|jpeg|svg\+xml);base64,/, 'a data: URL of a PNG, JPEG or SVG').max(2_000_000).optional(),
          accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb').optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),

  getSettings: empty,
  updateSettings: z
    .object({ theme: z.enum(['system', 'light', 'dark']).optional(), dateOrder: z.enum(['dmy', 'mdy']).optional() })
    .strict(),
} satisfies Record<ApiCall, z.ZodType>;

export const API_CALLS = Object.keys(apiSchemas) as ApiCall[];

export function isApiCall(name: string): name is ApiCall {
  return Object.hasOwn(apiSchemas, name);
}

/** Parses an argument for `call`; throws ApiArgumentError with a readable message. */
export function parseApiArg(call: ApiCall, arg: unknown): unknown {
  const result = apiSchemas[call].safeParse(arg ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
    throw new ApiArgumentError(`${call}: ${where}${issue?.message ?? 'invalid argument'}`);
  }
  return result.data;
}

export class ApiArgumentError extends Error {
  override name = 'ApiArgumentError';
}
