// Browser benchmark of the UI, for the bench owner: call measureUi({ url, browser }) with the URL printed by
// `cuttings serve` (a library already filled) and a playwright-core Browser. No assertions: numbers only.
//   first_paint_ms   navigation start → the first row of the clip list on screen
//   open_clip_ms     click on a row → its headline and first paragraph rendered in the reader
//   longest_frame_ms the longest requestAnimationFrame gap while the list scrolls (pages load on demand)

const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 700;
/** clips opened one after another; the median is reported */
const OPEN_SAMPLES = 9;
const TIMEOUT_MS = 60_000;

/**
 * @param {{ url: string, browser: import('playwright-core').Browser, viewport?: { width: number, height: number } }} options
 * @returns {Promise<{ first_paint_ms: number, open_clip_ms: number, longest_frame_ms: number }>}
 */
export async function measureUi({ url, browser, viewport = { width: 1400, height: 900 } }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // performance.now() is measured from navigation start; wait frame by frame for the first row
    const firstPaint = await page.evaluate(
      (timeout) =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            if (document.querySelector('.clip-list .row .title')) resolve(performance.now());
            else if (performance.now() - started > timeout) reject(new Error('no clip row appeared'));
            else requestAnimationFrame(check);
          };
          check();
        }),
      TIMEOUT_MS,
    );

    // the median of several opens: one cold click measures V8's first compile of the reader, not the app
    const openTimes = [];
    for (let k = 0; k < OPEN_SAMPLES; k++) {
      openTimes.push(
        await page.evaluate(
          ({ timeout, index }) =>
            new Promise((resolve, reject) => {
              const rows = document.querySelectorAll('.clip-list .row');
              const row = rows[Math.min(index, rows.length - 1)];
              const title = row.querySelector('.title')?.textContent ?? '';
              const started = performance.now();
              row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
              const check = () => {
                const headline = document.querySelector('.reader .headline')?.textContent;
                const body = document.querySelector('.reader .body p');
                if (headline === title && body) resolve(performance.now() - started);
                else if (performance.now() - started > timeout) reject(new Error('the clip did not open'));
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
          { timeout: TIMEOUT_MS, index: 1 + (k % 8) },
        ),
      );
    }
    const openClip = openTimes.sort((a, b) => a - b)[Math.floor(openTimes.length / 2)];

    const longestFrame = await page.evaluate(
      ({ frames, step }) =>
        new Promise((resolve) => {
          const viewport = document.querySelector('.clip-list .viewport');
          let last = performance.now();
          let longest = 0;
          let n = 0;
          const tick = (now) => {
            longest = Math.max(longest, now - last);
            last = now;
            if (n++ >= frames || viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight) {
              resolve(longest);
              return;
            }
            viewport.scrollTop += step;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame((now) => {
            last = now;
            requestAnimationFrame(tick);
          });
        }),
      { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
    );

    const round = (n) => Math.round(n * 10) / 10;
    return { first_paint_ms: round(firstPaint), open_clip_ms: round(openClip), longest_frame_ms: round(longestFrame) };
  } finally {
    await context.close();
  }
}
