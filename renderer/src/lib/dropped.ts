// What a drag carries, and the files inside dropped folders (browser mode walks them itself).

export interface DragSummary {
  files: number;
  folders: number;
}

/** During dragover only kinds are visible, not names: count what we can. */
export function summarizeDrag(transfer: DataTransfer | null): DragSummary {
  const summary = { files: 0, folders: 0 };
  for (const item of Array.from(transfer?.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry?.isDirectory) summary.folders++;
    else summary.files++;
  }
  return summary;
}

export function describeDrag({ files, folders }: DragSummary): string {
  const parts = [];
  if (files) parts.push(`${files} file${files === 1 ? '' : 's'}`);
  if (folders) parts.push(`${folders} folder${folders === 1 ? '' : 's'}`);
  return parts.length ? `Drop to import ${parts.join(' and ')}` : 'Drop files or folders to import';
}

/** Files of a drop, with folders expanded (hidden files skipped). Entries must be taken synchronously. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  const plain = Array.from(transfer.files);
  if (entries.every((e) => e === null || e.isFile)) return plain;
  const files: File[] = [];
  for (const entry of entries) if (entry) await collect(entry, files);
  return files;
}

async function collect(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await collect(child, out);
  }
}
