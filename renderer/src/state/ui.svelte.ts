// Which view and dialog are showing, and short notices about what just happened (aria-live).

export type View = 'library' | 'timeline' | 'tags';
export type Dialog = 'settings' | 'export' | 'shortcuts' | 'switcher' | null;

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

const NOTICE_MS = 6000;

export class UiState {
  #view = $state<View>('library');
  #dialog = $state<Dialog>(null);
  #notices = $state<Notice[]>([]);
  #searchFocus = $state(0);
  #nextId = 1;

  get view() { return this.#view; }
  get dialog() { return this.#dialog; }
  get notices() { return this.#notices; }
  /** increments each time something asks for the search box (Ctrl/⌘+F, menu Find) */
  get searchFocus() { return this.#searchFocus; }

  show(view: View): void {
    this.#view = view;
  }

  open(dialog: Dialog): void {
    this.#dialog = dialog;
  }

  close(): void {
    this.#dialog = null;
  }

  focusSearch(): void {
    this.#view = 'library';
    this.#searchFocus++;
  }

  notify(text: string, kind: Notice['kind'] = 'info'): void {
    const id = this.#nextId++;
    this.#notices = [...this.#notices.slice(-3), { id, text, kind }];
    setTimeout(() => this.dismiss(id), kind === 'error' ? NOTICE_MS * 2 : NOTICE_MS);
  }

  dismiss(id: number): void {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }

  reset(): void {
    this.#view = 'library';
    this.#dialog = null;
    this.#notices = [];
    this.#searchFocus = 0;
  }
}

export const ui = new UiState();
