// Content hashes, kept apart from the database code so the import worker can use them alone.
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Same article text = same clip, whatever the spacing, case or Unicode form. */
export function bodyHash(body: string): string {
  return sha256(body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}
