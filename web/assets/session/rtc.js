// WebRTC between the helper's browser and the sharer (this web app, or the Assist app). The
// sharer offers, because it owns the media and knows when consent was given; the helper
// answers. Offer, answer and ICE candidates travel over the session WebSocket; the video goes
// peer to peer and never through the server.

/** Screen content stays legible: spend bits on sharpness, drop frames before resolution. */
const SCREEN_BITRATE_BPS = 4_000_000;
const SCREEN_MAX_FRAME_RATE = 30;

/** The constraints for `getDisplayMedia`: the whole screen preferred, with the cursor drawn. */
export const DISPLAY_MEDIA_OPTIONS = {
  video: {
    cursor: 'always',
    displaySurface: 'monitor',
    frameRate: { ideal: 15, max: SCREEN_MAX_FRAME_RATE },
  },
  audio: false,
  selfBrowserSurface: 'exclude',
  surfaceSwitching: 'include',
  monitorTypeSurfaces: 'include',
};

/**
 * The ICE servers (STUN, and TURN with short-lived credentials bound to this session) from
 * the server; TURN only while `sessionId` is live and this person takes part in it.
 */
export async function fetchIceServers(api, sessionId) {
  try {
    const answer = await api.get(`/api/v1/ice-servers?session=${encodeURIComponent(sessionId)}`);
    return Array.isArray(answer?.ice_servers) ? answer.ice_servers : [];
  } catch {
    return []; // Direct paths may still work; the session goes on without STUN/TURN.
  }
}

/** The bitrate the encoder starts at, in kbit/s, instead of a cautious 300. */
const START_BITRATE_KBPS = 1500;

/**
 * The helper's answer with Chrome's `x-google-start-bitrate` on every video codec: without it
 * the encoder starts as if on a slow link and the first frames of a screen wait for the
 * bandwidth estimate to grow. Other browsers ignore the parameter.
 */
export function withStartBitrate(sdp) {
  const lines = sdp.split('\r\n');
  let video = false;
  const payloads = new Set();
  for (const line of lines) {
    if (line.startsWith('m=')) video = line.startsWith('m=video');
    const rtpmap = video && /^a=rtpmap:(\d+) (VP8|VP9|H264|AV1)\//i.exec(line);
    if (rtpmap) payloads.add(rtpmap[1]);
  }
  const withFmtp = new Set();
  const out = lines.map((line) => {
    const fmtp = /^a=fmtp:(\d+) (.*)$/.exec(line);
    if (!fmtp || !payloads.has(fmtp[1]) || fmtp[2].includes('x-google-start-bitrate')) return line;
    withFmtp.add(fmtp[1]);
    return `${line};x-google-start-bitrate=${START_BITRATE_KBPS}`;
  });
  // Codecs without an fmtp line get one after their rtpmap.
  return out.flatMap((line) => {
    const rtpmap = /^a=rtpmap:(\d+) /.exec(line);
    if (rtpmap && payloads.has(rtpmap[1]) && !withFmtp.has(rtpmap[1])) {
      return [line, `a=fmtp:${rtpmap[1]} x-google-start-bitrate=${START_BITRATE_KBPS}`];
    }
    return [line];
  }).join('\r\n');
}

class Peer {
  constructor({ iceServers, send, onConnection }) {
    this.pc = new RTCPeerConnection({ iceServers, bundlePolicy: 'max-bundle' });
    this.send = send;
    this.pendingCandidates = [];
    this.pc.addEventListener('icecandidate', (event) => {
      if (event.candidate && event.candidate.candidate) {
        const { candidate, sdpMid, sdpMLineIndex, usernameFragment } = event.candidate.toJSON();
        this.send({ type: 'ice', candidate: { candidate, sdpMid, sdpMLineIndex, usernameFragment } });
      }
    });
    this.pc.addEventListener('connectionstatechange', () => {
      // Marks for the consent-to-first-frame measurement (docs/PERFORMANCE.md).
      performance.mark(`assist-rtc-${this.pc.connectionState}`);
      onConnection?.(this.pc.connectionState);
    });
  }

  async addCandidate(candidate) {
    if (!this.pc.remoteDescription) {
      this.pendingCandidates.push(candidate);
      return;
    }
    try {
      await this.pc.addIceCandidate(candidate);
    } catch (err) {
      console.warn('rtc: ICE candidate refused', err);
    }
  }

  async flushCandidates() {
    for (const candidate of this.pendingCandidates.splice(0)) await this.addCandidate(candidate);
  }

  close() {
    this.pc.close();
  }
}

/** The sharer's side: sends one screen track and offers. */
export class SharerPeer extends Peer {
  /** Adds `stream`'s video tuned for screen content, then sends the offer. */
  async share(stream) {
    const [track] = stream.getVideoTracks();
    if ('contentHint' in track) track.contentHint = 'detail';
    const sender = this.pc.addTrack(track, stream);
    await this.tuneSender(sender);
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    this.send({ type: 'offer', sdp: this.pc.localDescription.sdp });
    performance.mark('assist-offer-sent');
  }

  async tuneSender(sender) {
    try {
      const parameters = sender.getParameters();
      if (!parameters.encodings || parameters.encodings.length === 0) parameters.encodings = [{}];
      for (const encoding of parameters.encodings) {
        encoding.maxBitrate = SCREEN_BITRATE_BPS;
        encoding.maxFramerate = SCREEN_MAX_FRAME_RATE;
      }
      // Text must stay sharp: under congestion, lower the frame rate, not the resolution.
      parameters.degradationPreference = 'maintain-resolution';
      await sender.setParameters(parameters);
    } catch (err) {
      // Some browsers refuse some of these before negotiation; the defaults still work.
      console.warn('rtc: encoder parameters not applied', err);
    }
  }

  /** Handles the helper's `answer` and `ice` messages. */
  async handle(message) {
    if (message.type === 'answer') {
      await this.pc.setRemoteDescription({ type: 'answer', sdp: withStartBitrate(message.sdp) });
      await this.flushCandidates();
    } else if (message.type === 'ice') {
      await this.addCandidate(message.candidate);
    }
  }
}

/** The helper's side: answers, receives the screen and the Assist app's data channels. */
export class HelperPeer extends Peer {
  constructor({ iceServers, send, onConnection, onTrack, onChannel }) {
    super({ iceServers, send, onConnection });
    this.pc.addEventListener('track', (event) => {
      const [stream] = event.streams;
      onTrack(stream ?? new MediaStream([event.track]));
    });
    this.pc.addEventListener('datachannel', (event) => onChannel?.(event.channel));
  }

  /** Handles the sharer's `offer` and `ice` messages. */
  async handle(message) {
    if (message.type === 'offer') {
      await this.pc.setRemoteDescription({ type: 'offer', sdp: message.sdp });
      await this.flushCandidates();
      const answer = await this.pc.createAnswer();
      await this.pc.setLocalDescription(answer);
      this.send({ type: 'answer', sdp: this.pc.localDescription.sdp });
      performance.mark('assist-answer-sent');
    } else if (message.type === 'ice') {
      await this.addCandidate(message.candidate);
    }
  }
}
