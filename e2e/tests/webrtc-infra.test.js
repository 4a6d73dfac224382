// The test infrastructure itself: two browsers on this machine connect peer to peer with no
// STUN or TURN server (iceServers: []) and a screen captured with getDisplayMedia plays at the
// other end. A tiny page served by this test, not the product; signaling goes through the test
// (page.evaluate), with complete SDP (no trickle). Chromium runs through playwright-core,
// Firefox ESR through puppeteer-core; each browser is launched once for the file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

import { launchChromium } from '../lib/browser.js';
import { closeIsolatedPage, newIsolatedPage } from '../lib/driver.js';
import { launchFirefox } from '../lib/firefox.js';
import { waitForVideoFrames } from '../lib/media.js';
import { assertPeerNetwork } from '../lib/network.js';

const PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>WebRTC infrastructure</title>
<video id="remote" autoplay muted playsinline></video>
<script src="/peer.js"></script></html>`;

// Runs in the page: the sender captures the screen and offers it; the receiver answers and
// plays it in #remote.
const PEER_SCRIPT = `
const config = { iceServers: [] };
function gathered(pc) {
  return new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') resolve();
    });
  });
}
window.peer = {
  async send() {
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
    this.pc = new RTCPeerConnection(config);
    for (const track of stream.getTracks()) this.pc.addTrack(track, stream);
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await gathered(this.pc);
    const { width, height } = stream.getVideoTracks()[0].getSettings();
    return { description: { type: 'offer', sdp: this.pc.localDescription.sdp }, width, height };
  },
  async receive(offer) {
    this.pc = new RTCPeerConnection(config);
    const video = document.getElementById('remote');
    this.pc.addEventListener('track', (event) => {
      video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      video.play().catch(() => {});
    });
    await this.pc.setRemoteDescription(offer);
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    await gathered(this.pc);
    return { type: 'answer', sdp: this.pc.localDescription.sdp };
  },
  async accept(answer) {
    await this.pc.setRemoteDescription(answer);
  },
  // The candidate pair in use, as "local address -> remote address".
  async pair() {
    const stats = [...(await this.pc.getStats()).values()];
    const byId = new Map(stats.map((s) => [s.id, s]));
    const transport = stats.find((s) => s.type === 'transport' && s.selectedCandidatePairId);
    const pair = transport ? byId.get(transport.selectedCandidatePairId)
      : stats.find((s) => s.type === 'candidate-pair' && s.state === 'succeeded' && (s.selected || s.nominated));
    if (!pair) return undefined;
    const end = (id) => { const c = byId.get(id); return c && (c.address ?? c.ip) + ':' + c.port + ' ' + c.candidateType; };
    return end(pair.localCandidateId) + ' -> ' + end(pair.remoteCandidateId);
  },
  close() { this.pc?.close(); },
};
`;

let site;
let origin;
let chromium;
let firefox;

before(async () => {
  const network = assertPeerNetwork();
  console.log(`peers meet on ${network.address}${network.namespace ? ` in namespace ${network.namespace}` : ' (host network)'}`);
  site = createServer((request, response) => {
    const script = request.url === '/peer.js';
    response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(script ? PEER_SCRIPT : PAGE);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${site.address().port}`;
  let started = Date.now();
  chromium = await launchChromium({ media: true });
  console.log(`Chromium ${chromium.version()} launched in ${Date.now() - started} ms`);
  started = Date.now();
  firefox = await launchFirefox();
  console.log(`Firefox ${await firefox.version()} launched in ${Date.now() - started} ms`);
});

after(async () => {
  await chromium?.close();
  await firefox?.close();
  site?.close();
});

/** Connects a sender page to a receiver page and checks that the video plays. */
async function stream(senderBrowser, receiverBrowser) {
  const sender = await newIsolatedPage(senderBrowser);
  const receiver = await newIsolatedPage(receiverBrowser);
  try {
    await sender.goto(`${origin}/`);
    await receiver.goto(`${origin}/`);
    const started = Date.now();
    const offer = await sender.evaluate(() => window.peer.send());
    assert.ok(offer.width > 0 && offer.height > 0, 'the capture has a size');
    const answer = await receiver.evaluate((description) => window.peer.receive(description), offer.description);
    await sender.evaluate((description) => window.peer.accept(description), answer);
    const signaled = Date.now() - started;
    const video = await waitForVideoFrames(receiver, '#remote', { frames: 10 });
    const pair = await receiver.evaluate(() => window.peer.pair());
    console.log(`capture ${offer.width}x${offer.height}; signaling ${signaled} ms; first frame `
      + `${video.firstFrameMs} ms after the answer was applied; ${video.frames} frames of `
      + `${video.width}x${video.height} in ${video.elapsedMs} ms; pair ${pair}`);
    assert.ok(video.width > 0 && video.height > 0);
    await sender.evaluate(() => window.peer.close());
    await receiver.evaluate(() => window.peer.close());
    return { ...video, pair };
  } finally {
    await closeIsolatedPage(sender);
    await closeIsolatedPage(receiver);
  }
}

test('Chromium to Chromium (two contexts of one browser)', async () => {
  await stream(chromium, chromium);
});

test('Chromium to Firefox', async () => {
  await stream(chromium, firefox);
});

test('Firefox to Chromium', async () => {
  await stream(firefox, chromium);
});

test('Firefox to Firefox (two contexts of one browser)', async () => {
  await stream(firefox, firefox);
});
