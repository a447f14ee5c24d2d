// bytes → decoded text → text engine → articles. The same path for `cuttings clean` and every import.
import path from 'node:path';
import type { Article, CleanOptions, TraceLine } from '../../shared/article';
import { processText } from '../../text';
import { readClipping, readClippingFile, type ClippingSource } from '../read';

export interface ProcessedFile {
  source: ClippingSource;
  articles: Article[];
  trace: TraceLine[];
}

export class NoArticleError extends Error {}

export function processSource(file: string, source: ClippingSource, options: CleanOptions = {}): ProcessedFile {
  const { articles, trace } = processText(source.text, { ...source.hints, ...options, fileName: path.basename(file) });
  const withText = articles.filter((a) => a.body.trim().length > 0);
  if (withText.length === 0) throw new NoArticleError(`${file}: no article text was found in it`);
  return { source, articles: withText, trace };
}

export async function processFile(file: string, options: CleanOptions = {}): Promise<ProcessedFile> {
  return processSource(file, await readClippingFile(file), options);
}

export async function processBytes(name: string, bytes: Uint8Array, options: CleanOptions = {}): Promise<ProcessedFile> {
  return processSource(name, await readClipping(name, bytes), options);
}
