import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readClipping } from '../../../electron/core/read';

const STORY = 'The mayor said: “We will rebuild the pier,” and it’s due to open in 2025 — café owners cheered.\r\nSecond line.\n';
const WESTERN = 'He called it “a fair deal” — but it’s not over, said Zoë Müller, the café’s owner.\r\nAnother line.\r\n';

const bytes = (...parts: (number[] | Buffer | Uint8Array)[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe('bytes → text', () => {
  it('reads UTF-8 without a BOM, keeping line ends as written', async () => {
    const source = await readClipping('story.txt', Buffer.from(STORY, 'utf8'));
    expect(source).toEqual({ text: STORY, format: 'text', encoding: 'utf-8', hints: {} });
  });

  it('reads plain ASCII as utf-8', async () => {
    const source = await readClipping('ascii.txt', Buffer.from('Plain words.\n', 'ascii'));
    expect(source.encoding).toBe('utf-8');
    expect(source.text).toBe('Plain words.\n');
  });

  it('strips a UTF-8 BOM', async () => {
    const source = await readClipping('bom.txt', bytes([0xef, 0xbb, 0xbf], Buffer.from(STORY, 'utf8')));
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.text).toBe(STORY);
  });

  it('reads UTF-16 LE with a BOM', async () => {
    const source = await readClipping('le.txt', bytes([0xff, 0xfe], Buffer.from(STORY, 'utf16le')));
    expect(source.encoding).toBe('utf-16le');
    expect(source.text).toBe(STORY);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const source = await readClipping('be.txt', bytes([0xfe, 0xff], iconv.encode(STORY, 'utf-16be')));
    expect(source.encoding).toBe('utf-16be');
    expect(source.text).toBe(STORY);
  });

  it('reads UTF-16 LE without a BOM from its NUL-byte pattern', async () => {
    const source = await readClipping('le-nobom.txt', Buffer.from(STORY, 'utf16le'));
    expect(source.encoding).toBe('utf-16le');
    expect(source.text).toBe(STORY);
  });

  it('reads UTF-16 BE without a BOM from its NUL-byte pattern', async () => {
    const source = await readClipping('be-nobom.txt', iconv.encode(STORY, 'utf-16be'));
    expect(source.encoding).toBe('utf-16be');
    expect(source.text).toBe(STORY);
  });

  it('reads UTF-16 without a BOM in a non-Latin alphabet (few NUL bytes)', async () => {
    const russian = 'Привет,мир!Переговоры—продолжатся.';
    const le = await readClipping('ru-le.txt', Buffer.from(russian, 'utf16le'));
    expect(le).toMatchObject({ encoding: 'utf-16le', text: russian });
    const greek = 'Καλημέρα κόσμε, η συνεδρίαση αναβλήθηκε.';
    const be = await readClipping('el-be.txt', iconv.encode(greek, 'utf-16be'));
    expect(be).toMatchObject({ encoding: 'utf-16be', text: greek });
  });

  it('does not take UTF-8 Cyrillic or spaced digits for UTF-16', async () => {
    const russian = 'Переговоры продолжатся на следующей неделе.';
    expect(await readClipping('ru.txt', Buffer.from(russian, 'utf8'))).toMatchObject({ encoding: 'utf-8', text: russian });
    expect(await readClipping('d.txt', Buffer.from('1 2 3 1 2 3 1 2 3 1 2'))).toMatchObject({ encoding: 'utf-8' });
    expect(await readClipping('t.txt', Buffer.from('a\tb\tc\td\te\tf\n'))).toMatchObject({ encoding: 'utf-8', text: 'a\tb\tc\td\te\tf\n' });
    expect(await readClipping('n.txt', Buffer.from('1\n2\n3\n4\n5\n6\n'))).toMatchObject({ encoding: 'utf-8' });
    expect(await readClipping('s.txt', Buffer.from('!!""##$$%%&&((\'\'))**++,,--..//0011'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads UTF-32 LE with a BOM', async () => {
    const source = await readClipping('wide.txt', bytes([0xff, 0xfe, 0x00, 0x00], iconv.encode(STORY, 'utf-32le')));
    expect(source.encoding).toBe('utf-32le');
    expect(source.text).toBe(STORY);
  });

  it('reads Windows-1252 curly quotes (0x93 0x94 0x92) as “ ” ’', async () => {
    const raw = bytes(Buffer.from('He said '), [0x93], Buffer.from('no'), [0x94], Buffer.from(' and it'), [0x92], Buffer.from('s final.\r\n'));
    const source = await readClipping('quotes.txt', raw);
    expect(source.encoding).toBe('windows-1252');
    expect(source.text).toBe('He said “no” and it’s final.\r\n');
  });

  it('reads a longer Windows-1252 text with accents and dashes', async () => {
    const source = await readClipping('western.txt', iconv.encode(WESTERN, 'windows-1252'));
    expect(source.encoding).toBe('windows-1252');
    expect(source.text).toBe(WESTERN);
  });

  it('reads ISO-8859-1 accents', async () => {
    const text = 'Le café de la gare a fermé ses portes après quarante années. Les habitués étaient émus.\n';
    const source = await readClipping('latin1.txt', iconv.encode(text, 'iso-8859-1'));
    expect(['iso-8859-1', 'windows-1252']).toContain(source.encoding);
    expect(source.text).toBe(text);
  });

  it('reads Cyrillic Windows-1251 when chardet is sure of it', async () => {
    const text =
      'Министр заявил журналистам, что переговоры продолжатся на следующей неделе. ' +
      'По его словам, стороны договорились о новых встречах в столице и в регионах страны.\n';
    const source = await readClipping('ru.txt', iconv.encode(text.repeat(4), 'windows-1251'));
    expect(source.encoding).toBe('windows-1251');
    expect(source.text).toBe(text.repeat(4));
  });

  it('reads mostly-UTF-8 text with a damaged byte as UTF-8 with a replacement character', async () => {
    const raw = bytes(Buffer.from('Zoë said “yes” — twice, and the café agreed. '), [0xff], Buffer.from(' Then she left.'));
    const source = await readClipping('damaged.txt', raw);
    expect(source.encoding).toBe('utf-8-lossy');
    expect(source.text).toBe('Zoë said “yes” — twice, and the café agreed. \ufffd Then she left.');
  });

  it('falls back to Windows-1252 for invalid UTF-8 that is not mostly UTF-8', async () => {
    const source = await readClipping('short.txt', bytes(Buffer.from('caf'), [0xe9], Buffer.from(' ')));
    expect(source.encoding).toBe('windows-1252');
    expect(source.text).toBe('café ');
  });

  it('honours an HTML page’s <meta charset> when the bytes are not UTF-8', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Привет, мир — это тест.</p></body></html>';
    const source = await readClipping('page.html', iconv.encode(html, 'windows-1251'));
    expect(source.encoding).toBe('windows-1251');
    expect(source.text).toBe('Привет, мир — это тест.');
  });

  it('prefers valid UTF-8 over a wrong <meta charset>', async () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Zoë’s café</p></body></html>';
    const source = await readClipping('page.htm', Buffer.from(html, 'utf8'));
    expect(source.encoding).toBe('utf-8');
    expect(source.text).toBe('Zoë’s café');
  });
});
