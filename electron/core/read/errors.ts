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
