// Content hashes, kept apart from the database code so the import worker can use them alone.
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A run of white space that is not one plain space: replaced by a space, it gives what replacing every run
 * (/\s+/g) gives, but single spaces between words, most of a text's runs, are not matched (a quarter of the time).
 */
const SPACING = /[^\S ]\s*| \s+/g;

/** Same article text = same clip, whatever the spacing, case or Unicode form. */
export function bodyHash(body: string): string {
  return sha256(body.normalize('NFKC').toLowerCase().replace(SPACING, ' ').trim());
}
