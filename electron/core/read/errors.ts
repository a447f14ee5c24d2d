// The one error this module throws: a file that cannot become clipping text, with a reason a person can read.

export class ClipReadError extends Error {
  constructor(
    /** the file name or path as given */
    public file: string,
    /** why it was refused, e.g. "the file is empty", "looks like a PNG image, not text" */
    public reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ClipReadError';
  }
}

/** Readable reasons for the file-system errors users meet, by error code. */
const FILE_ERROR_REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
};

/** The reason for a file-system error, or the error's own message for codes not in the table. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FILE_ERROR_REASONS[code]) return FILE_ERROR_REASONS[code];
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}
