// V8's heap while an import runs, for issue 8's bound of 300 MB RSS during a 100k import. The main thread and
// the workers of an import keep a modest live heap (~40 and ~50–70 MB) but make garbage steadily, and V8 lets an
// old generation grow to a multiple of its live data before it collects it.
import v8 from 'node:v8';

/**
 * Growth of an old generation past its live data before the next full collection, while an import runs
 * (V8's flag; 0 lets V8 choose, between 1.1× and 4× by its own measure of GC speed). Chosen by V8, the main
 * thread's old generation in a 30,000-clip CLI import swung between 30 and 73 MB over ~30 MB live (the RSS peaked
 * at 305 MB there), and reached 88 MB in a 100k import; at 1.5× it stayed at 34–39 MB, at the same speed. A
 * worker's heap is held by its own bound (WORKER_LIMITS in pool.ts) and did not change. The flag is the
 * process's and is read at each collection: it takes effect at once, in every thread, in Node and in Electron's main.
 */
export const IMPORT_HEAP_GROWING_PERCENT = 50;
const GROWING_FLAG = '--heap-growing-percent';

/** imports running in this process */
let running = 0;

/**
 * Tightens the heap's growth until the returned function is called (when the last import running ends, V8 chooses
 * again). A growth given at launch (`node --heap-growing-percent=N`) is left as it is.
 */
export function tightenHeapForImport(execArgv: readonly string[] = process.execArgv): () => void {
  if (execArgv.some((arg) => arg.startsWith(GROWING_FLAG) || arg.startsWith('--heap_growing_percent'))) return () => {};
  if (running++ === 0) v8.setFlagsFromString(`${GROWING_FLAG}=${IMPORT_HEAP_GROWING_PERCENT}`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--running === 0) v8.setFlagsFromString(`${GROWING_FLAG}=0`);
  };
}
