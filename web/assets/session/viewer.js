// The helper's view of the remote screen: fit to window, actual size or full screen; the
// sharer's cursor; and, while control is granted, the helper's mouse, wheel and keyboard sent
// to the Assist app over the data channels (`InputEvent` in crates/protocol/src/input.rs).
import { t } from '../i18n.js';

const BUTTONS = ['left', 'middle', 'right', 'back', 'forward'];
const LINE_PIXELS = 16;
const MAX_WHEEL = 10000;

const clampFraction = (v) => Math.min(1, Math.max(0, v));
const clampWheel = (v) => Math.max(-MAX_WHEEL, Math.min(MAX_WHEEL, v));

export class Viewer {
  /**
   * @param {HTMLElement} root holds `video`, `.remote-cursor` and the toolbar buttons
   * `[data-view=fit|actual]`, `[data-action=fullscreen]`.
   * @param {{ onFirstFrame: () => void, onResize: (w: number, h: number) => void }} handlers
   */
  constructor(root, { onFirstFrame, onResize }) {
    this.root = root;
    this.stage = root.querySelector('.viewer-stage');
    this.video = root.querySelector('video');
    this.cursor = root.querySelector('.remote-cursor');
    this.keys = root.querySelector('.viewer-input');
    this.monitorSelect = root.querySelector('.monitor-select');
    this.controlling = false;
    this.input = null;
    this.pointer = null;
    this.screen = null;
    this.moveSeq = 0;
    this.pendingMove = null;
    this.moveScheduled = false;
    this.pressedKeys = new Set();
    this.pressedButtons = new Set();
    this.onFirstFrame = onFirstFrame;
    this.onResize = onResize;

    for (const button of root.querySelectorAll('[data-view]')) {
      button.addEventListener('click', () => this.setView(button.dataset.view));
    }
    root.querySelector('[data-action=fullscreen]').addEventListener('click', () => this.toggleFullscreen());
    document.addEventListener('fullscreenchange', () => {
      const full = document.fullscreenElement === this.root;
      root.querySelector('[data-action=fullscreen]').setAttribute('aria-pressed', String(full));
    });
    this.video.addEventListener('resize', () => this.onResize?.(this.video.videoWidth, this.video.videoHeight));
    this.monitorSelect?.addEventListener('change', () => {
      this.sendScreen({ type: 'select_monitor', id: Number(this.monitorSelect.value) });
    });
    this.bindInput();
    this.setView('fit');
  }

  /** Shows `stream`, and reports its first decoded frame once. */
  show(stream) {
    this.video.srcObject = stream;
    this.root.hidden = false;
    // Marks for the consent-to-first-frame breakdown (docs/PERFORMANCE.md).
    performance.mark('assist-track');
    for (const track of stream.getVideoTracks()) {
      if (track.muted) track.addEventListener('unmute', () => performance.mark('assist-track-unmuted'), { once: true });
    }

    let reported = false;
    const first = () => {
      if (reported) return;
      reported = true;
      this.onFirstFrame?.();
    };
    if ('requestVideoFrameCallback' in this.video) {
      this.video.requestVideoFrameCallback(first);
    } else {
      this.video.addEventListener('playing', first, { once: true });
    }
    this.video.play().catch(() => {
      // Autoplay of a muted video is allowed everywhere; a refusal leaves the controls to start it.
    });
  }

  clear() {
    this.setControl(false);
    this.video.srcObject = null;
    this.root.hidden = true;
  }

  setView(mode) {
    this.stage.classList.toggle('viewer-fit', mode === 'fit');
    this.stage.classList.toggle('viewer-actual', mode === 'actual');
    for (const button of this.root.querySelectorAll('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === mode));
    }
  }

  toggleFullscreen() {
    if (document.fullscreenElement) {
      navigator.keyboard?.unlock?.();
      document.exitFullscreen?.();
    } else {
      // In full screen, Chrome and Edge can hand the browser's own shortcuts (Ctrl+W, Ctrl+T,
      // Alt+Tab...) to the page, and so to the remote computer (Keyboard Lock API).
      this.root.requestFullscreen?.()
        .then(() => navigator.keyboard?.lock?.())
        .catch(() => {});
    }
  }

  /** The Assist app's data channels: input (reliable), pointer (unreliable), screen facts. */
  attachChannel(channel) {
    if (channel.label === 'input') this.input = channel;
    else if (channel.label === 'pointer') this.pointer = channel;
    else if (channel.label === 'screen') {
      this.screen = channel;
      channel.addEventListener('message', (event) => this.onScreenEvent(event.data));
    }
  }

  onScreenEvent(data) {
    let event;
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    if (event?.type === 'cursor' && Number.isFinite(event.x) && Number.isFinite(event.y)) {
      this.cursor.hidden = !event.visible;
      this.cursorAt = { x: clampFraction(event.x), y: clampFraction(event.y) };
      this.placeCursor();
    } else if (event?.type === 'monitors' && Array.isArray(event.monitors) && this.monitorSelect) {
      const options = event.monitors.map((monitor) => {
        const option = document.createElement('option');
        option.value = String(monitor.id);
        option.textContent = t('viewer-monitor-option', {
          name: String(monitor.name ?? monitor.id), width: String(monitor.width), height: String(monitor.height),
        });
        option.selected = monitor.id === event.selected;
        return option;
      });
      this.monitorSelect.replaceChildren(...options);
      this.monitorSelect.closest('.monitor-picker').hidden = options.length < 2;
    }
  }

  /** Where the video's picture is inside the element (object-fit: contain letterboxes it). */
  pictureBox() {
    const box = this.video.getBoundingClientRect();
    const { videoWidth: w, videoHeight: h } = this.video;
    if (!w || !h) return box;
    const scale = Math.min(box.width / w, box.height / h);
    const width = w * scale;
    const height = h * scale;
    return { left: box.left + (box.width - width) / 2, top: box.top + (box.height - height) / 2, width, height };
  }

  placeCursor() {
    if (!this.cursorAt) return;
    const box = this.pictureBox();
    const stage = this.stage.getBoundingClientRect();
    this.cursor.style.transform = `translate(${box.left - stage.left + this.stage.scrollLeft + this.cursorAt.x * box.width}px, `
      + `${box.top - stage.top + this.stage.scrollTop + this.cursorAt.y * box.height}px)`;
  }

  /** Turns forwarding of the helper's input on or off; off releases everything held. */
  setControl(on) {
    if (this.controlling && !on) this.releaseAll();
    this.controlling = on;
    this.stage.classList.toggle('viewer-controlling', on);
    this.keys.setAttribute('aria-roledescription', t(on ? 'viewer-role-control' : 'viewer-role-view'));
  }

  sendInput(event) {
    if (!this.controlling || this.input?.readyState !== 'open') return;
    this.input.send(JSON.stringify(event));
  }

  sendScreen(event) {
    if (this.screen?.readyState === 'open') this.screen.send(JSON.stringify(event));
  }

  releaseAll() {
    if (this.pressedKeys.size || this.pressedButtons.size) {
      this.sendInput({ type: 'release_all' });
    }
    this.pressedKeys.clear();
    this.pressedButtons.clear();
  }

  position(event) {
    const box = this.pictureBox();
    return {
      x: clampFraction((event.clientX - box.left) / box.width),
      y: clampFraction((event.clientY - box.top) / box.height),
    };
  }

  bindInput() {
    const stage = this.stage;
    stage.addEventListener('pointermove', (event) => {
      if (!this.controlling) return;
      this.pendingMove = this.position(event);
      if (this.moveScheduled) return;
      this.moveScheduled = true;
      requestAnimationFrame(() => {
        this.moveScheduled = false;
        if (!this.pendingMove || this.pointer?.readyState !== 'open') return;
        this.moveSeq = (this.moveSeq + 1) >>> 0;
        this.pointer.send(JSON.stringify({ type: 'pointer_move', ...this.pendingMove, seq: this.moveSeq }));
        this.pendingMove = null;
      });
    });
    const button = (down) => (event) => {
      if (!this.controlling) return;
      const name = BUTTONS[event.button];
      if (!name) return;
      event.preventDefault();
      this.keys.focus({ preventScroll: true });
      if (down) {
        stage.setPointerCapture?.(event.pointerId);
        this.pressedButtons.add(name);
      } else {
        this.pressedButtons.delete(name);
      }
      this.sendInput({ type: 'pointer_button', button: name, down, ...this.position(event) });
    };
    stage.addEventListener('pointerdown', button(true));
    stage.addEventListener('pointerup', button(false));
    stage.addEventListener('contextmenu', (event) => { if (this.controlling) event.preventDefault(); });
    stage.addEventListener('wheel', (event) => {
      if (!this.controlling) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? stage.clientHeight : 1;
      this.sendInput({ type: 'wheel', dx: clampWheel(event.deltaX * unit), dy: clampWheel(event.deltaY * unit) });
    }, { passive: false });

    // Keys: what the helper types travels as text, taken from the text area's input (so any
    // layout, dead key or input method types what the helper sees); everything else, shortcuts
    // included, travels as physical keys. Ctrl+Alt+Home gives the focus back to the toolbar
    // (as in Remote Desktop), so the page stays usable by keyboard alone.
    const keys = this.keys;
    keys.addEventListener('keydown', (event) => {
      if (event.ctrlKey && event.altKey && event.code === 'Home') {
        event.preventDefault();
        this.releaseAll();
        this.root.querySelector('.viewer-toolbar button')?.focus();
        return;
      }
      if (!this.controlling || event.isComposing) return;
      const printable = [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (printable || event.key === 'Dead' || event.key === 'Process') return; // Comes as input.
      event.preventDefault();
      if (!/^[A-Z][A-Za-z0-9]{0,31}$/.test(event.code)) return;
      this.pressedKeys.add(event.code);
      this.sendInput({ type: 'key', code: event.code, down: true });
    });
    keys.addEventListener('keyup', (event) => {
      if (!this.controlling || !this.pressedKeys.delete(event.code)) return;
      event.preventDefault();
      this.sendInput({ type: 'key', code: event.code, down: false });
    });
    const takeText = () => {
      const text = keys.value;
      keys.value = '';
      if (!this.controlling) return;
      const chars = [...text.replace(/[\u0000-\u001f\u007f]/g, '')];
      for (let i = 0; i < chars.length; i += 256) {
        this.sendInput({ type: 'text', text: chars.slice(i, i + 256).join('') });
      }
    };
    keys.addEventListener('input', (event) => { if (!event.isComposing) takeText(); });
    keys.addEventListener('compositionend', takeText);
    keys.addEventListener('blur', () => this.releaseAll());
    window.addEventListener('resize', () => this.placeCursor());
  }
}
