// Runtime validation of every API argument (zod). Used where calls cross a trust boundary:
// the IPC handlers and the loopback server. Keys must equal the calls of CuttingsApi.
import { z } from 'zod';
import type { ApiCall } from './api';

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

export const apiSchemas = {
  version: z.object({}).strict(),
  importFiles: importRequest,
  startImport: importRequest,
  importProgress: jobRef,
  cancelImport: jobRef,
  listClips: z
    .object({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      sort: z.enum(['published', 'title', 'source', 'imported']).optional(),
      descending: z.boolean().optional(),
    })
    .strict(),
  getClip: z.object({ id: z.number().int().positive() }).strict(),
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
