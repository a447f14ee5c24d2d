import { afterEach, describe, expect, it } from 'vitest';
import { csvField, neutraliseCell } from '../../../electron/core/export/csv';
import { decode, fixtureLibrary, HEADLINES, type TestLibrary } from './library';

let t: TestLibrary;
afterEach(() => t?.library.close());

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+CMD', "'+CMD"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers and harmless text alone', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(neutraliseCell('a=b')).toBe('a=b');
  });
});

describe('CSV export', () => {
  it('writes one row per clip: UTF-8 with BOM, CRLF rows, formula cells neutralised', async () => {
    t = await fixtureLibrary();
    const file = await t.api.exportClips({ format: 'csv', selection: {} });
    expect(file.mimeType).toMatch(/^text\/csv/);
    expect(file.fileName).toMatch(/^cuttings-clips-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = decode(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]!.slice(0, 3)).toEqual(['Clip id', 'Title', 'Subtitle']);
    expect(rows).toHaveLength(4); // header + 3 live clips
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const hostile = rows.find((r) => r[1] === HEADLINES.hostile)!;
    const body = hostile[rows[0]!.indexOf('Body')]!;
    expect(body).toContain('=HYPERLINK('); // kept as text inside the cell, which starts with a letter
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes one row per quote with speaker, quote, date, source, clip title and clip id; no formula survives', async () => {
    t = await fixtureLibrary();
    t.library.db.prepare('UPDATE quotes SET text = ? WHERE clip_id = ? AND ord = 0').run("=2+5+cmd|' /C calc'!A0", t.ids.hostile);
    t.library.db.prepare("UPDATE quotes SET speaker = '@evil' WHERE clip_id = ? AND ord = 1").run(t.ids.hostile);
    const clips = await t.clips();
    const file = await t.api.exportClips({ format: 'quotes-csv', selection: {} });
    expect(file.fileName).toMatch(/^cuttings-quotes-/);
    const rows = parseCsv(decode(file).toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Speaker', 'Quote', 'Date', 'Source', 'Clip title', 'Clip id']);
    expect(rows.length - 1).toBe(clips.reduce((n, c) => n + c.quotes.length, 0));
    expect(rows).toContainEqual(['Ruth Okafor', 'a sticking plaster, not a cure', '2024-04-04', 'The Northern Courier', HEADLINES.budget, String(t.ids.budget)]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => r[1])).toContain("'=2+5+cmd|' /C calc'!A0");
    expect(rows.map((r) => r[0])).toContain("'@evil");
  });
});
