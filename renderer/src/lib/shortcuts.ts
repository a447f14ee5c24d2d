// The keyboard shortcuts, in one table: the sheet (?) lists them, the window's key handler maps them.

export type ShortcutAction = 'find' | 'switcher' | 'undo' | 'trash' | 'shortcuts' | 'import' | 'export' | 'settings';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

interface Shortcut {
  action: ShortcutAction;
  keys: string;
  what: string;
  /** with Ctrl (⌘ on a Mac) */
  mod: boolean;
  key: string;
  /** also works while typing in a text field */
  inFields: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'find', keys: 'Ctrl/⌘ F', what: 'Search the library', mod: true, key: 'f', inFields: true },
  { action: 'switcher', keys: 'Ctrl/⌘ P', what: 'Quick switcher: titles, speakers, tags', mod: true, key: 'p', inFields: true },
  { action: 'undo', keys: 'Ctrl/⌘ Z', what: 'Undo the last trash or import', mod: true, key: 'z', inFields: false },
  { action: 'trash', keys: 'Delete', what: 'Move the selected clips to the trash', mod: false, key: 'Delete', inFields: false },
  { action: 'import', keys: 'Ctrl/⌘ O', what: 'Import files…', mod: true, key: 'o', inFields: true },
  { action: 'export', keys: 'Ctrl/⌘ E', what: 'Export…', mod: true, key: 'e', inFields: true },
  { action: 'settings', keys: 'Ctrl/⌘ ,', what: 'Settings', mod: true, key: ',', inFields: true },
  { action: 'shortcuts', keys: '?', what: 'This list of shortcuts', mod: false, key: '?', inFields: false },
];

/** Keys that move around inside a list or the reader, listed on the sheet too. */
export const NAVIGATION_KEYS: readonly { keys: string; what: string }[] = [
  { keys: '↑ ↓ Home End', what: 'Move through the clip list (opens the clip)' },
  { keys: 'Shift ↑ ↓', what: 'Extend the selection' },
  { keys: 'Space', what: 'Add or remove the current clip from the selection' },
  { keys: 'Ctrl/⌘ A', what: 'Select every loaded clip' },
  { keys: 'Shift/Ctrl click', what: 'Select a range / several clips' },
  { keys: 'Tab', what: 'Move between sidebar, toolbar, list and reader' },
  { keys: 'Escape', what: 'Close a dialog' },
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const inField = typing(event.target);
  for (const s of SHORTCUTS) {
    if (s.mod !== mod) continue;
    if (event.altKey) continue;
    const key = s.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key !== s.key) continue;
    if (s.action === 'undo' && event.shiftKey) continue;
    if (inField && !s.inFields) continue;
    return s.action;
  }
  return null;
}
