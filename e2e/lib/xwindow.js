// The Assist app's own window on an X display, driven and photographed the way a person sees
// it: `xdotool` (Debian's xdotool) finds a window by title, focuses it and types into it;
// `xwd` (Debian's x11-apps) dumps a window's pixels, which are written here as a PNG.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';

const run = promisify(execFile);

async function tool(command, args, display) {
  try {
    const { stdout } = await run(command, args, {
      env: { ...process.env, DISPLAY: display },
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    if (error.code === 'ENOENT') {
      const pkg = command === 'xwd' ? 'x11-apps' : command;
      throw new Error(`${command} is missing (apt-get install ${pkg})`);
    }
    throw error;
  }
}

/**
 * The X window id of the visible window titled exactly `title`, waiting until there is one.
 * @returns {Promise<string>}
 */
export async function findWindow(display, title, timeout = 10000) {
  const deadline = Date.now() + timeout;
  const pattern = `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  for (;;) {
    try {
      const ids = String(await tool('xdotool', ['search', '--onlyvisible', '--name', pattern], display))
        .split('\n').filter(Boolean);
      if (ids.length) return ids[0];
    } catch (error) {
      // xdotool exits 1 when nothing matches; a missing xdotool is thrown at once.
      if (!/exited with code 1|Command failed/.test(error.message)) throw error;
    }
    if (Date.now() > deadline) throw new Error(`no window titled "${title}" on ${display} in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Gives window `id` the keyboard focus and types `text` into it, then Return (`enter`) or Tab
 * (`tab`).
 */
export async function typeInto(display, id, text, { enter = true, tab = false } = {}) {
  await tool('xdotool', ['windowfocus', '--sync', id], display);
  await tool('xdotool', ['type', '--delay', '20', '--', text], display);
  if (tab) await tool('xdotool', ['key', 'Tab'], display);
  else if (enter) await tool('xdotool', ['key', 'Return'], display);
}

/** Moves window `id` to `x`, `y` and resizes it to `width` × `height`. */
export async function placeWindow(display, id, { x, y, width, height }) {
  await tool('xdotool', ['windowmove', '--sync', id, String(x), String(y)], display);
  await tool('xdotool', ['windowsize', '--sync', id, String(width), String(height)], display);
}

/** Clicks at `x`, `y` inside window `id`. */
export async function clickAt(display, id, x, y) {
  await tool('xdotool', ['mousemove', '--window', id, '--sync', String(x), String(y), 'click', '1'], display);
}

/**
 * Writes what window `id` shows on `display` (or the whole screen, id "root") to `path` as PNG.
 * @returns {Promise<{width: number, height: number}>}
 */
export async function screenshotWindow(display, id, path) {
  const dump = await tool('xwd', ['-silent', ...(id === 'root' ? ['-root'] : ['-id', id])], display);
  const { width, height, rgb } = decodeXwd(dump);
  writeFileSync(path, encodePng(width, height, rgb));
  return { width, height };
}

/** A TrueColor ZPixmap XWD dump (what xwd gives on a 24- or 32-bit display) as RGB bytes. */
function decodeXwd(dump) {
  const field = (index) => dump.readUInt32BE(index * 4);
  const [headerSize, format, width, height, byteOrder, bitsPerPixel, bytesPerLine] = [0, 2, 4, 5, 7, 11, 12].map(field);
  const [redMask, greenMask, blueMask, colours] = [14, 15, 16, 19].map(field);
  if (format !== 2 || (bitsPerPixel !== 32 && bitsPerPixel !== 24)) {
    throw new Error(`xwd: format ${format} with ${bitsPerPixel} bits a pixel is not read here`);
  }
  const data = headerSize + colours * 12;
  const bytes = bitsPerPixel / 8;
  const channel = (pixel, mask) => {
    const shift = 31 - Math.clz32(mask & -mask);
    return (((pixel & mask) >>> shift) * 255) / (mask >>> shift);
  };
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = data + y * bytesPerLine + x * bytes;
      const pixel = bytes === 4
        ? (byteOrder === 0 ? dump.readUInt32LE(at) : dump.readUInt32BE(at))
        : (byteOrder === 0 ? dump.readUIntLE(at, 3) : dump.readUIntBE(at, 3));
      const out = (y * width + x) * 3;
      rgb[out] = channel(pixel, redMask);
      rgb[out + 1] = channel(pixel, greenMask);
      rgb[out + 2] = channel(pixel, blueMask);
    }
  }
  return { width, height, rgb };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit RGB PNG, every row unfiltered. */
function encodePng(width, height, rgb) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y += 1) {
    rgb.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
