// Checks that a <video> shows a live stream: frames keep arriving and have a size. Works with a
// Playwright page and a Puppeteer page alike (both take page.evaluate(fn, arg)).
//
// Facts found on this machine: requestVideoFrameCallback fires for a remote WebRTC stream in
// headless Chromium 156 and in headless Firefox ESR 153 (under Xvfb), so it is the frame
// counter; getVideoPlaybackQuality() is the fallback where it is missing.

/**
 * Waits until the first <video> matching `selector` has presented `frames` new frames with a
 * nonzero size.
 * @param {object} page a Playwright or Puppeteer page
 * @param {string} [selector]
 * @param {{frames?: number, timeout?: number}} [options]
 * @returns {Promise<{width: number, height: number, frames: number, firstFrameMs: number,
 *   elapsedMs: number}>} firstFrameMs: from the call to the first frame with a size
 */
export async function waitForVideoFrames(page, selector = 'video', { frames = 10, timeout = 20000 } = {}) {
  const result = await page.evaluate(async ({ selector: css, frames: wanted, timeout: limit }) => {
    const start = performance.now();
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const late = () => performance.now() - start > limit;
    let video = document.querySelector(css);
    while (!video) {
      if (late()) return { error: `no element matches ${css}` };
      await sleep(50);
      video = document.querySelector(css);
    }
    let seen = 0;
    let firstFrameMs;
    if (typeof video.requestVideoFrameCallback === 'function') {
      const onFrame = () => {
        if (video.videoWidth > 0) {
          firstFrameMs ??= performance.now() - start;
          seen += 1;
        }
        if (seen < wanted) video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    }
    let base;
    while (seen < wanted) {
      if (typeof video.requestVideoFrameCallback !== 'function' && video.videoWidth > 0) {
        const total = video.getVideoPlaybackQuality().totalVideoFrames;
        base ??= total;
        firstFrameMs ??= performance.now() - start;
        seen = total - base;
      }
      if (late()) {
        return {
          error: `${seen} of ${wanted} frames in ${limit} ms (videoWidth ${video.videoWidth}, `
            + `readyState ${video.readyState}, paused ${video.paused})`,
        };
      }
      await sleep(20);
    }
    return {
      width: video.videoWidth,
      height: video.videoHeight,
      frames: seen,
      firstFrameMs: Math.round(firstFrameMs),
      elapsedMs: Math.round(performance.now() - start),
    };
  }, { selector, frames, timeout });
  if (result.error) throw new Error(`video ${selector}: ${result.error}`);
  return result;
}
