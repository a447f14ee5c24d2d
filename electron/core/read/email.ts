// E-mail (.eml): newsletters and news alerts. mailparser decodes the MIME structure and charsets; the
// plain-text part is used unless it is a stub next to a fuller HTML part, which then goes through readHtml.

import { simpleParser } from 'mailparser';
import { type ClippingHints, compactHints, tidyName } from './hints';
import { readHtml } from './html';

export interface EmailReading {
  text: string;
  /** the body's declared charset, lower case ('utf-8' when none is declared) */
  encoding: string;
  hints: ClippingHints;
}

/**
 * A plain-text part shorter than this share of the HTML part's text is a stub ("view this e-mail in your
 * browser") and the HTML is read instead.
 */
const MIN_PLAIN_TO_HTML_RATIO = 0.5;

const CHARSET_PARAM = /charset\s*=\s*"?([A-Za-z0-9_:.+-]+)/i;
const HEADER_SCAN_CHARS = 64 * 1024;

export async function readEmail(bytes: Uint8Array): Promise<EmailReading> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mail = await simpleParser(buffer, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });

  const plain = mail.text ?? '';
  const htmlText = typeof mail.html === 'string' ? readHtml(mail.html, { withMetadata: false }).text : '';
  const usePlain = /\S/.test(plain) && (htmlText === '' || plain.trim().length >= htmlText.length * MIN_PLAIN_TO_HTML_RATIO);
  const text = usePlain ? plain : htmlText;

  const from = mail.from?.value.find((address) => tidyName(address.name));
  const captured = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null;
  const charset = CHARSET_PARAM.exec(buffer.toString('latin1', 0, HEADER_SCAN_CHARS))?.[1]?.toLowerCase();

  return {
    text,
    encoding: charset ?? 'utf-8',
    hints: compactHints({ captured, source: tidyName(from?.name) }),
  };
}
