// `cuttings export --format F --out PATH [--force] [--split] [filters] [--title T]`: the selected clips
// as one file (or, for Markdown with --split, one file per clip in the folder PATH). Never overwrites a
// file unless --force is given; the refusal names the file.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFormat, ExportRequest, ReportOptions } from '../../shared/api';
import { exportClips, exportMarkdownSplit } from '../../core/export';
import type { Library } from '../../core/library';
import { EXPORT_FORMATS } from '../../shared/api-schema';
import type { CommandResult } from '../output';


export interface ExportOptions {
  format: ExportFormat;
  out: string;
  force?: boolean;
  split?: boolean;
  query?: string;
  ids?: string;
  tag?: string;
  speaker?: string;
  source?: string;
  from?: string;
  to?: string;
  title?: string;
  logo?: string;
  accent?: string;
}

/** A refusal shown as one line on stderr (no stack). */
export class ExportRefusedError extends Error {}

const LOGO_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

function logoDataUrl(file: string): string {
  const type = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new ExportRefusedError(`${file}: a logo must be a .png, .jpg or .svg file`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ExportRefusedError(`${file}: cannot read the logo (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function parseIds(ids: string): number[] {
  const parsed = ids.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (parsed.some((n) => !Number.isInteger(n) || n <= 0)) throw new ExportRefusedError(`--ids: expects clip ids like 3,14,15, not "${ids}"`);
  return parsed;
}

export function requestOf(options: ExportOptions): ExportRequest {
  const report: ReportOptions = {};
  if (options.title !== undefined) report.title = options.title;
  if (options.logo !== undefined) report.logo = logoDataUrl(options.logo);
  if (options.accent !== undefined) report.accent = options.accent;
  const selection: ExportRequest['selection'] = {};
  for (const key of ['query', 'tag', 'speaker', 'source', 'from', 'to'] as const) if (options[key] !== undefined) selection[key] = options[key];
  if (options.ids !== undefined) selection.ids = parseIds(options.ids);
  return { format: options.format, selection, report };
}

function refuseExisting(files: string[]): void {
  const existing = files.filter((f) => fs.existsSync(f));
  if (existing.length === 0) return;
  const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
  throw new ExportRefusedError(`${existing[0]}: already exists${more}; nothing was written (use --force to overwrite)`);
}

/** Writes next to the target and renames, so a reader never sees half a file and a failure leaves the old one. */
function writeFile(target: string, data: Uint8Array | string, force: boolean): void {
  if (!force) {
    try {
      fs.writeFileSync(target, data, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuseExisting([target]);
      throw error;
    }
    return;
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const plural = (n: number) => `${n} clip${n === 1 ? '' : 's'}`;

export async function exportCommand(library: Library, options: ExportOptions): Promise<CommandResult> {
  try {
    return await runExport(library, options);
  } catch (error) {
    if (!(error instanceof ExportRefusedError)) throw error;
    process.stderr.write(`cuttings export: ${error.message}\n`);
    return { exitCode: 1 };
  }
}

async function runExport(library: Library, options: ExportOptions): Promise<CommandResult> {
  if (!EXPORT_FORMATS.includes(options.format)) throw new ExportRefusedError(`--format: one of ${EXPORT_FORMATS.join(', ')}, not "${options.format}"`);
  if (options.split && options.format !== 'md') throw new ExportRefusedError('--split: only Markdown (--format md) is written one file per clip');
  const request = requestOf(options);
  const force = Boolean(options.force);

  if (options.split) {
    if (fs.existsSync(options.out) && !isDirectory(options.out)) throw new ExportRefusedError(`${options.out}: is a file; --split writes into a folder`);
    const files = await exportMarkdownSplit(library, request);
    const targets = files.map((f) => path.join(options.out, f.fileName));
    if (!force) refuseExisting(targets);
    fs.mkdirSync(options.out, { recursive: true });
    files.forEach((f, i) => writeFile(targets[i]!, f.content, force));
    if (files.length === 0) process.stderr.write('cuttings export: no clips matched the selection\n');
    process.stdout.write(`Exported ${plural(files.length)} to ${options.out}${path.sep} (one Markdown file per clip)\n`);
    return { exitCode: 0 };
  }

  // Refuse before the (possibly slow) rendering when the named file is already there.
  const outIsDir = isDirectory(options.out);
  if (!outIsDir && !force) refuseExisting([options.out]);
  const file = await exportClips(library, request);
  const target = outIsDir ? path.join(options.out, file.fileName) : options.out;
  if (!force) refuseExisting([target]);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFile(target, Buffer.from(file.dataBase64, 'base64'), force);
  if (file.clips === 0) process.stderr.write('cuttings export: no clips matched the selection\n');
  process.stdout.write(`Exported ${plural(file.clips)} to ${target}\n`);
  return { exitCode: 0 };
}
