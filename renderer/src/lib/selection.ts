// Multi-select over list positions, as file managers do: click, Ctrl/⌘+click toggles, Shift+click extends.

export interface SelectionModel {
  /** selected row ids */
  ids: Set<number>;
  /** the row position a Shift range starts from */
  anchor: number | null;
}

export type ClickMode = 'replace' | 'toggle' | 'range';

export function clickMode(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): ClickMode {
  if (event.shiftKey) return 'range';
  if (event.ctrlKey || event.metaKey) return 'toggle';
  return 'replace';
}

/**
 * The selection after a click on position `index` (row id `id`); `idAt` gives the id at a position when it is
 * loaded (unloaded rows of a long range are skipped).
 */
export function applyClick(
  model: SelectionModel,
  index: number,
  id: number,
  mode: ClickMode,
  idAt: (index: number) => number | undefined,
): SelectionModel {
  if (mode === 'toggle') {
    const ids = new Set(model.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: index };
  }
  if (mode === 'range' && model.anchor !== null) {
    const ids = new Set<number>();
    const [from, to] = model.anchor <= index ? [model.anchor, index] : [index, model.anchor];
    for (let i = from; i <= to; i++) {
      const rowId = idAt(i);
      if (rowId !== undefined) ids.add(rowId);
    }
    return { ids, anchor: model.anchor };
  }
  return { ids: new Set([id]), anchor: index };
}
