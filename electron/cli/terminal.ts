// Text from clippings reaches the terminal: a title may carry ESC sequences (recolour, retitle, hide
// text) or bidi overrides that reorder what a reader sees. Such characters are shown as visible escapes.

/** C0/C1 controls except tab and newline, DEL, and the invisible bidi and direction marks. */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of a report: newlines in the value (a file name may hold one) become a visible ⏎. */
export function oneLine(text: string): string {
  return terminalSafe(text.replace(/\r\n|\r|\n/g, '⏎'));
}

/**
 * Everything the CLI prints on stdout goes through terminalSafe. JSON stays valid JSON with the same
 * values: JSON.stringify already escapes controls, and a bidi mark becomes its \uXXXX escape.
 */
export function guardStdout(stream: NodeJS.WriteStream = process.stdout): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest)) as typeof stream.write;
}
