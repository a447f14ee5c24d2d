// Types of node-flags.js (plain JavaScript: bin/ runs before any build).
export declare const IMPORT_NODE_FLAGS: readonly string[];
export declare const RELAUNCHED: string;
export declare function relaunchFlags(args: readonly string[], execArgv: readonly string[], env: Record<string, string | undefined>): string[];
