// When a text becomes visible on a page, timed in the page itself: a MutationObserver records
// the wall-clock time (performance.timeOrigin + performance.now(), the clock Date.now() reads
// in the test process on the same machine) of the first DOM change after which an element
// whose text matches is laid out bigger than a pixel and not hidden (display, visibility,
// opacity). Text only for screen readers (a visually hidden live region is clipped to a pixel)
// does not count. The observer runs right after the change, before the browser paints it, so
// the time is at most a frame early.
//
//   const watch = await watchText(page, /connection dropped/);   // before the event
//   const cutAt = Date.now(); ...                                 // the event
//   const shownAt = await watch.shownAt(5000);                    // ms since the epoch

let watchers = 0;

/**
 * Starts watching `page` for `pattern` to become visible.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} pattern
 * @returns {Promise<{shownAt: (timeout?: number) => Promise<number>}>}
 */
export async function watchText(page, pattern) {
  watchers += 1;
  const id = `w${watchers}`;
  await page.evaluate(({ id: key, source, flags }) => {
    window.assistWatches ??= {};
    const re = new RegExp(source, flags);
    const shown = (element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    };
    const found = () => [...document.body.querySelectorAll('*')].some((element) => (
      re.test(element.textContent)
      // The innermost element that holds the whole text.
      && ![...element.children].some((child) => re.test(child.textContent))
      && shown(element)
    ));
    const watch = { at: null, before: found() };
    window.assistWatches[key] = watch;
    const observer = new MutationObserver(() => {
      if (found()) {
        watch.at = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, {
      subtree: true, childList: true, characterData: true, attributes: true,
    });
  }, { id, source: pattern.source, flags: pattern.flags });
  return {
    async shownAt(timeout = 10000) {
      const handle = await page.waitForFunction((key) => {
        const watch = window.assistWatches[key];
        return watch.at ?? (watch.before ? 'before' : null);
      }, id, { timeout, polling: 50 });
      const at = await handle.jsonValue();
      if (at === 'before') throw new Error(`${pattern} was already visible before the watch began`);
      return at;
    },
  };
}
