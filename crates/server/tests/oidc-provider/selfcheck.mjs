// Self-check for provider.mjs: starts the fixture, drives the authorization
// code + PKCE flow with plain fetch (manual redirects, hand-rolled cookie
// jar) exactly like the Rust tests do, and checks ID tokens, key rotation,
// TTL changes and the error paths. Exits 0 on success.
//
//   cd crates/server/tests/oidc-provider && npm ci && node selfcheck.mjs

import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import * as jose from 'jose';

const here = path.dirname(fileURLToPath(import.meta.url));
const REDIRECT_URI = 'http://127.0.0.1:8080/api/v1/auth/oidc/callback';
const CLIENT_ID = 'assist';
const CLIENT_SECRET = 's3cret';

const fixture = {
  clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URI] }],
  accounts: [
    {
      sub: 'u1',
      email: 'ada@contoso.com',
      email_verified: true,
      name: 'Ada Lovelace',
      job_title: 'Service Desk Lead',
      company: 'Contoso',
      picture: 'http://127.0.0.1:8080/pictures/ada.png',
      amr: ['pwd', 'otp'],
      password: 'pw',
    },
    {
      sub: 'u2',
      email: 'grace@contoso.com',
      email_verified: false,
      name: 'Grace Hopper',
      job_title: 'Technician',
      company: 'Contoso',
      amr: ['pwd'],
      password: 'pw2',
    },
  ],
  id_token_ttl_seconds: 3600,
};

let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log(`ok   ${message}`);
  } else {
    failures += 1;
    console.log(`FAIL ${message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

// --- provider process -------------------------------------------------------

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oidc-fixture-'));
const fixturePath = path.join(tmp, 'fixture.json');
fs.writeFileSync(fixturePath, JSON.stringify(fixture, null, 2));

const child = spawn(process.execPath, [path.join(here, 'provider.mjs')], {
  env: { ...process.env, PORT: '0', OIDC_FIXTURE: fixturePath },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const stderrLines = [];
createInterface({ input: child.stderr }).on('line', (line) => stderrLines.push(line));
const stdoutLines = [];

const issuer = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('provider did not print READY within 20s')), 20_000);
  child.once('exit', (code) => reject(new Error(`provider exited early with ${code}:\n${stderrLines.join('\n')}`)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdoutLines.push(line);
    const m = /^READY (\S+)$/.exec(line);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
});
child.removeAllListeners('exit');
console.log(`provider ready: ${issuer}`);

// --- tiny cookie jar ----------------------------------------------------------

class CookieJar {
  #cookies = new Map(); // `${name}\0${path}` -> { name, value, path }

  store(response, requestUrl) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attrs] = header.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let cookiePath = '/';
      let expired = value === '';
      for (const attr of attrs) {
        const [k, v = ''] = attr.split('=');
        const key = k.toLowerCase();
        if (key === 'path') cookiePath = v || '/';
        if (key === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (key === 'max-age' && Number(v) <= 0) expired = true;
      }
      void requestUrl;
      const id = `${name}\0${cookiePath}`;
      if (expired) this.#cookies.delete(id);
      else this.#cookies.set(id, { name, value, path: cookiePath });
    }
  }

  header(url) {
    const { pathname } = new URL(url);
    const matching = [...this.#cookies.values()].filter((c) => pathname === c.path
      || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`));
    return matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

// Follows redirects by hand until one points at the client's redirect_uri.
async function follow(jar, url, init = {}) {
  let current = url;
  let request = init;
  const hops = [];
  for (let i = 0; i < 15; i += 1) {
    const headers = { ...(request.headers ?? {}) };
    const cookie = jar.header(current);
    if (cookie) headers.cookie = cookie;
    const res = await fetch(current, { ...request, headers, redirect: 'manual' });
    jar.store(res, current);
    hops.push(`${request.method ?? 'GET'} ${new URL(current).pathname} -> ${res.status}`);
    if (res.status >= 300 && res.status < 400) {
      const location = new URL(res.headers.get('location'), current).href;
      await res.arrayBuffer();
      if (location.startsWith(REDIRECT_URI)) {
        return { callback: new URL(location), hops };
      }
      current = location;
      request = {};
      continue;
    }
    return { response: res, body: await res.text(), url: current, hops };
  }
  throw new Error(`too many redirects: ${hops.join(', ')}`);
}

function pkce() {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

function authorizeUrl({ challenge, state, nonce, loginHint, omitPkce = false, scope = 'openid email profile' }) {
  const url = new URL('/auth', issuer);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', CLIENT_ID);
  url.searchParams.set('redirect_uri', REDIRECT_URI);
  url.searchParams.set('scope', scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  if (!omitPkce) {
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  if (loginHint) url.searchParams.set('login_hint', loginHint);
  return url.href;
}

async function tokenRequest({ code, verifier, auth = 'basic' }) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (auth === 'basic') {
    headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64')}`;
  } else {
    body.set('client_id', CLIENT_ID);
    body.set('client_secret', CLIENT_SECRET);
  }
  const res = await fetch(new URL('/token', issuer), { method: 'POST', headers, body });
  return { status: res.status, json: await res.json() };
}

async function jwks() {
  const res = await fetch(new URL('/jwks', issuer));
  assert(res.ok, 'GET /jwks');
  return res.json();
}

async function verifyIdToken(idToken, nonce, options = {}) {
  const { payload, protectedHeader } = await jose.jwtVerify(idToken, jose.createLocalJWKSet(await jwks()), {
    issuer,
    audience: CLIENT_ID,
    algorithms: ['RS256'],
    ...options,
  });
  if (nonce !== undefined) assert(payload.nonce === nonce, 'nonce round-trips');
  return { payload, protectedHeader };
}

// Full login_hint flow, returns the token response and the verified ID token.
async function loginHintFlow(label, { email = 'ada@contoso.com', auth = 'basic', jar = new CookieJar() } = {}) {
  const { verifier, challenge } = pkce();
  const state = crypto.randomBytes(16).toString('base64url');
  const nonce = crypto.randomBytes(16).toString('base64url');
  const { callback, hops, response, body } = await follow(jar, authorizeUrl({ challenge, state, nonce, loginHint: email }));
  if (!callback) throw new Error(`${label}: flow stopped at ${response.status}: ${body.slice(0, 500)}`);
  console.log(`${label}: ${hops.join(' | ')}`);
  assert(!callback.searchParams.get('error'), `${label}: no error (${callback.searchParams.get('error')}: ${callback.searchParams.get('error_description')})`);
  assert(callback.searchParams.get('state') === state, `${label}: state round-trips`);
  assert(callback.searchParams.get('iss') === issuer, `${label}: iss parameter in the authorization response`);
  const code = callback.searchParams.get('code');
  assert(code, `${label}: code`);
  const token = await tokenRequest({ code, verifier, auth });
  assert(token.status === 200, `${label}: token endpoint 200 (got ${token.status} ${JSON.stringify(token.json)})`);
  const verified = await verifyIdToken(token.json.id_token, nonce);
  return { token: token.json, ...verified, jar };
}

function printClaims(label, header, payload) {
  console.log(`${label} header: ${JSON.stringify(header)}`);
  console.log(`${label} claims: ${JSON.stringify(payload)}`);
}

try {
  // 1. discovery
  const discovery = await (await fetch(new URL('/.well-known/openid-configuration', issuer))).json();
  check(discovery.issuer === issuer, 'discovery issuer equals the READY issuer');
  check(JSON.stringify(discovery.code_challenge_methods_supported) === '["S256"]', 'only S256 PKCE');
  check(['client_secret_basic', 'client_secret_post'].every((m) => discovery.token_endpoint_auth_methods_supported.includes(m)), 'client_secret_basic and client_secret_post advertised');
  check(['job_title', 'company', 'amr', 'email', 'name', 'picture', 'email_verified'].every((c) => discovery.claims_supported.includes(c)), 'custom claims advertised');
  check((await fetch(new URL('/__fixture/health', issuer))).status === 200, 'GET /__fixture/health -> 200');

  // 2. login_hint flow, client_secret_basic
  const first = await loginHintFlow('flow 1 (client_secret_basic)');
  printClaims('flow 1 id_token', first.protectedHeader, first.payload);
  const p = first.payload;
  check(p.sub === 'u1', 'sub');
  check(p.email === 'ada@contoso.com' && p.email_verified === true, 'email + email_verified in the ID token');
  check(p.name === 'Ada Lovelace' && p.picture === fixture.accounts[0].picture, 'name + picture in the ID token');
  check(p.job_title === 'Service Desk Lead' && p.company === 'Contoso', 'job_title + company in the ID token');
  check(JSON.stringify(p.amr) === '["pwd","otp"]', 'amr from the account');
  check(p.exp - p.iat === 3600, 'ID token lifetime 3600s from the fixture');
  const firstKid = first.protectedHeader.kid;

  const sso = await loginHintFlow('flow 1b (same jar, OP session exists)', { jar: first.jar });
  check(sso.payload.sub === 'u1' && JSON.stringify(sso.payload.amr) === '["pwd","otp"]', 'existing OP session: code issued without an interaction, same claims');

  const userinfo = await (await fetch(new URL('/me', issuer), { headers: { authorization: `Bearer ${first.token.access_token}` } })).json();
  check(userinfo.sub === 'u1' && userinfo.job_title === 'Service Desk Lead', 'userinfo works with the access token');

  // 3. rotate keys: new kid first, old one still published
  const rotated = await (await fetch(new URL('/__fixture/rotate-keys', issuer), { method: 'POST' })).json();
  console.log(`rotate-keys: ${JSON.stringify(rotated)}`);
  const afterRotate = await jwks();
  check(afterRotate.keys.length === 2 && afterRotate.keys[0].kid === rotated.kid && afterRotate.keys[1].kid === firstKid, 'JWKS lists [new, old]');
  check(afterRotate.keys.every((k) => k.d === undefined), 'JWKS exposes no private parts');
  const second = await loginHintFlow('flow 2 (client_secret_post, after rotate)', { auth: 'client_secret_post' });
  printClaims('flow 2 id_token', second.protectedHeader, second.payload);
  check(second.protectedHeader.kid === rotated.kid && rotated.kid !== firstKid, 'new ID tokens carry the new kid');
  await verifyIdToken(first.token.id_token);
  check(true, 'a token signed with the old key still verifies while both keys are published');

  // 4. drop old keys: tokens signed with the old kid no longer verify
  await fetch(new URL('/__fixture/drop-old-keys', issuer), { method: 'POST' });
  const afterDrop = await jwks();
  check(afterDrop.keys.length === 1 && afterDrop.keys[0].kid === rotated.kid, 'JWKS lists only the newest key');
  let oldRejected = false;
  try {
    await verifyIdToken(first.token.id_token);
  } catch (err) {
    oldRejected = err.code === 'ERR_JWKS_NO_MATCHING_KEY';
  }
  check(oldRejected, 'old-kid ID token has no matching key after drop-old-keys');

  // 5. TTL 1s
  const cfg = await fetch(new URL('/__fixture/config', issuer), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id_token_ttl_seconds: 1 }),
  });
  check(cfg.status === 200, 'POST /__fixture/config -> 200');
  const third = await loginHintFlow('flow 3 (ttl 1s)');
  printClaims('flow 3 id_token', third.protectedHeader, third.payload);
  check(third.payload.exp - third.payload.iat === 1, 'exp - iat == 1 after id_token_ttl_seconds=1');
  await new Promise((r) => { setTimeout(r, 2000); });
  let expired = false;
  try {
    await verifyIdToken(third.token.id_token, undefined, { clockTolerance: 0 });
  } catch (err) {
    expired = err.code === 'ERR_JWT_EXPIRED';
  }
  check(expired, 'the 1s ID token is expired 2s later');
  const badCfg = await fetch(new URL('/__fixture/config', issuer), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id_token_ttl_seconds: -5 }),
  });
  check(badCfg.status === 400, 'invalid /__fixture/config body -> 400');
  await fetch(new URL('/__fixture/config', issuer), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id_token_ttl_seconds: 3600 }),
  });

  // 6. second user through the same cookie jar (login_hint switches account)
  const grace = await loginHintFlow('flow 4 (other user, same jar)', { email: 'grace@contoso.com', jar: third.jar });
  check(grace.payload.sub === 'u2' && grace.payload.email_verified === false && JSON.stringify(grace.payload.amr) === '["pwd"]', 'login_hint switches to another account in the same session');

  // 7. error paths
  {
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const { callback } = await follow(jar, authorizeUrl({ challenge, state: 's1', nonce: 'n1', loginHint: 'nobody@contoso.com' }));
    console.log(`unknown login_hint -> ${callback}`);
    check(callback?.searchParams.get('error') === 'access_denied' && callback.searchParams.get('state') === 's1', 'unknown login_hint -> error=access_denied at the redirect_uri');
    void verifier;
  }
  {
    const jar = new CookieJar();
    const { callback } = await follow(jar, authorizeUrl({ state: 's2', nonce: 'n2', loginHint: 'ada@contoso.com', omitPkce: true }));
    console.log(`missing PKCE -> ${callback}`);
    check(callback?.searchParams.get('error') === 'invalid_request', 'missing code_challenge -> error=invalid_request at the redirect_uri');
  }
  {
    const jar = new CookieJar();
    const { challenge } = pkce();
    const { callback } = await follow(jar, authorizeUrl({ challenge, state: 's3', nonce: 'n3', loginHint: 'ada@contoso.com' }));
    const token = await tokenRequest({ code: callback.searchParams.get('code'), verifier: pkce().verifier });
    console.log(`wrong code_verifier -> ${token.status} ${JSON.stringify(token.json)}`);
    check(token.status === 400 && token.json.error === 'invalid_grant', 'wrong code_verifier -> 400 invalid_grant');
  }

  // 8. HTML form fallback (no login_hint)
  {
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const start = await follow(jar, authorizeUrl({ challenge, state: 's4', nonce: 'n4' }));
    check(start.response?.status === 200 && /name="email"/.test(start.body) && /name="password"/.test(start.body), 'no login_hint -> HTML login form');
    const form = (pw) => follow(jar, start.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'ada@contoso.com', password: pw }).toString(),
    });
    const wrong = await form('nope');
    check(wrong.response?.status === 401 && /id="error"/.test(wrong.body), 'wrong password -> 401 with the form again');
    const right = await form('pw');
    check(right.callback?.searchParams.get('code') && right.callback.searchParams.get('state') === 's4', 'right password -> code at the redirect_uri');
    const token = await tokenRequest({ code: right.callback.searchParams.get('code'), verifier });
    const { payload } = await verifyIdToken(token.json.id_token, 'n4');
    check(payload.sub === 'u1' && payload.job_title === 'Service Desk Lead', 'form login ID token has the custom claims');
  }

  check(stdoutLines.length === 1, 'provider printed exactly one stdout line');
} catch (err) {
  failures += 1;
  console.log(`FAIL ${err.stack ?? err}`);
}

// --- shutdown -----------------------------------------------------------------
const exitCode = await new Promise((resolve) => {
  child.once('exit', (code, signal) => resolve(code ?? signal));
  child.kill('SIGTERM');
});
check(exitCode === 0, `provider exits 0 on SIGTERM (got ${exitCode})`);
fs.rmSync(tmp, { recursive: true, force: true });

if (failures) {
  console.log(`\nprovider stderr:\n${stderrLines.join('\n')}`);
  console.log(`selfcheck FAILED (${failures} failure(s))`);
  process.exit(1);
}
console.log('selfcheck passed');
