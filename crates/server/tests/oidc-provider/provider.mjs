// OpenID Connect provider fixture for the Assist server's integration tests.
//
// A real OP (node-oidc-provider v9) on 127.0.0.1 with in-memory storage,
// a fixture-defined client list and account list, a non-interactive login
// (`login_hint=<email>`) and an HTML login form fallback, plus a few
// test-only control routes under /__fixture/. See README.md.
//
// stdout carries exactly one line, `READY <issuer>`, once the server listens;
// every diagnostic goes to stderr.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';

// oidc-provider prints its notices with console.info (stdout). stdout is a
// protocol channel here, so route everything except the READY line to stderr
// before the library is loaded.
console.log = (...args) => console.error(...args);
console.info = (...args) => console.error(...args);
console.debug = (...args) => console.error(...args);

// Koa's and oidc-provider's development conveniences stay off.
process.env.NODE_ENV ||= 'production';

const { Provider, interactionPolicy, errors } = await import('oidc-provider');
// There is no public API to replace the signing keys of a running Provider;
// the fixture re-runs the library's own keystore initialisation (pinned
// version, see package.json) to rotate them.
const { default: initializeKeystore } = await import(
  'oidc-provider/lib/helpers/initialize_keystore.js'
);

const log = (...args) => console.error('[oidc-fixture]', ...args);

// ---------------------------------------------------------------------------
// Fixture configuration
// ---------------------------------------------------------------------------

const DEFAULT_FIXTURE = {
  clients: [
    {
      client_id: 'assist',
      client_secret: 's3cret',
      redirect_uris: ['http://127.0.0.1:8080/api/v1/auth/oidc/callback'],
    },
  ],
  accounts: [
    {
      sub: 'u1',
      email: 'ada@contoso.com',
      email_verified: true,
      name: 'Ada Lovelace',
      job_title: 'Service Desk Lead',
      company: 'Contoso',
      picture: 'http://127.0.0.1/ada.png',
      amr: ['pwd', 'otp'],
      password: 'pw',
    },
  ],
  id_token_ttl_seconds: 3600,
};

function loadFixture() {
  if (process.env.OIDC_FIXTURE_JSON) {
    return JSON.parse(process.env.OIDC_FIXTURE_JSON);
  }
  if (process.env.OIDC_FIXTURE) {
    return JSON.parse(fs.readFileSync(process.env.OIDC_FIXTURE, 'utf8'));
  }
  log('neither OIDC_FIXTURE nor OIDC_FIXTURE_JSON is set; using the built-in sample fixture');
  return structuredClone(DEFAULT_FIXTURE);
}

function positiveInt(value, name) {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive integer (seconds), got ${JSON.stringify(value)}`);
  }
  return value;
}

function validateAccounts(accounts) {
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new TypeError('fixture "accounts" must be a non-empty array');
  }
  const subs = new Set();
  for (const account of accounts) {
    if (typeof account?.sub !== 'string' || !account.sub) {
      throw new TypeError('every fixture account needs a non-empty string "sub"');
    }
    if (subs.has(account.sub)) {
      throw new TypeError(`duplicate fixture account sub ${account.sub}`);
    }
    subs.add(account.sub);
    if (account.amr !== undefined
      && (!Array.isArray(account.amr) || !account.amr.every((v) => typeof v === 'string'))) {
      throw new TypeError(`account ${account.sub}: "amr" must be an array of strings`);
    }
  }
  return accounts.map((a) => ({ ...a }));
}

let fixture;
try {
  fixture = loadFixture();
  if (!Array.isArray(fixture.clients) || fixture.clients.length === 0) {
    throw new TypeError('fixture "clients" must be a non-empty array');
  }
} catch (err) {
  log('invalid fixture:', err.message);
  process.exit(2);
}

// Mutable runtime state, changed by POST /__fixture/config.
const state = {
  accounts: [],
  idTokenTtl: 3600,
  accessTokenTtl: 3600,
};

function applyConfig(input) {
  const next = { ...state };
  if (input.accounts !== undefined) next.accounts = validateAccounts(input.accounts);
  if (input.id_token_ttl_seconds !== undefined) {
    next.idTokenTtl = positiveInt(input.id_token_ttl_seconds, 'id_token_ttl_seconds');
  }
  if (input.access_token_ttl_seconds !== undefined) {
    next.accessTokenTtl = positiveInt(input.access_token_ttl_seconds, 'access_token_ttl_seconds');
  }
  Object.assign(state, next);
}

try {
  applyConfig({ accounts: fixture.accounts, id_token_ttl_seconds: fixture.id_token_ttl_seconds, access_token_ttl_seconds: fixture.access_token_ttl_seconds });
} catch (err) {
  log('invalid fixture:', err.message);
  process.exit(2);
}

function accountBySub(sub) {
  return state.accounts.find((a) => a.sub === sub);
}

function accountByLogin(identifier) {
  if (typeof identifier !== 'string' || !identifier) return undefined;
  const wanted = identifier.trim().toLowerCase();
  return state.accounts.find((a) => typeof a.email === 'string' && a.email.toLowerCase() === wanted)
    ?? state.accounts.find((a) => a.sub === identifier);
}

const PROFILE_CLAIMS = ['name', 'picture', 'job_title', 'company'];
const EMAIL_CLAIMS = ['email', 'email_verified'];

// ---------------------------------------------------------------------------
// Signing keys (RS256, generated at startup, rotatable)
// ---------------------------------------------------------------------------

let keySerial = 0;
function generateSigningKey() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  keySerial += 1;
  return {
    ...jwk,
    kid: `fixture-${keySerial}-${crypto.randomBytes(4).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
}

// Newest first: oidc-provider signs with the first matching key.
let signingKeys = [generateSigningKey()];

// ---------------------------------------------------------------------------
// Provider configuration
// ---------------------------------------------------------------------------

// Login is also required when login_hint names another account than the one
// already signed in at the OP (lets one cookie jar switch users).
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'login_hint_mismatch',
  'login_hint does not match the signed-in End-User',
  (ctx) => {
    const { oidc } = ctx;
    const hint = oidc.params.login_hint;
    if (!hint || !oidc.session.accountId || oidc.result?.login) {
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }
    const account = accountByLogin(hint);
    if (account && account.sub === oidc.session.accountId) {
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }
    return interactionPolicy.Check.REQUEST_PROMPT;
  },
));

function escapeHtml(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function configuration() {
  return {
    clients: fixture.clients.map((client) => ({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      ...client,
    })),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    claims: {
      // standalone claims
      acr: null,
      sid: null,
      auth_time: null,
      iss: null,
      // `amr` rides on the openid scope so that it is always in the ID token
      openid: ['sub', 'amr'],
      email: EMAIL_CLAIMS,
      profile: PROFILE_CLAIMS,
    },
    // Put the scope-requested claims into the ID token too (not only userinfo).
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true, allowedPolicy: () => true },
      rpInitiatedLogout: { enabled: true },
    },
    interactions: {
      policy,
      url: (ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    cookies: {
      keys: [crypto.randomBytes(32).toString('base64url')],
    },
    jwks: { keys: signingKeys },
    ttl: {
      AccessToken: () => state.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: () => state.idTokenTtl,
      Interaction: 10 * 60,
      Session: 24 * 60 * 60,
      Grant: 24 * 60 * 60,
      RefreshToken: 24 * 60 * 60,
    },
    clientBasedCORS: () => true,
    async findAccount(ctx, sub) {
      const account = accountBySub(sub);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        async claims() {
          const current = accountBySub(sub) ?? account;
          const claims = { sub: current.sub };
          for (const name of [...EMAIL_CLAIMS, ...PROFILE_CLAIMS]) {
            if (current[name] !== undefined) claims[name] = current[name];
          }
          return claims;
        },
      };
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>OIDC fixture error</title></head>
<body>
<h1>OIDC fixture error</h1>
${Object.entries(out).map(([key, value]) => `<pre id="${escapeHtml(key)}"><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</pre>`).join('\n')}
</body></html>`;
    },
  };
}

// ---------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------

async function readBody(ctx, limit = 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) ctx.throw(413, 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
}

function loginPage({ uid, clientId, scope, email = '', error }) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in - OIDC fixture</title></head>
<body>
<h1>Sign in</h1>
<p>Client <code id="client_id">${escapeHtml(clientId)}</code> requests <code id="scope">${escapeHtml(scope)}</code>.</p>
${error ? `<p id="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form id="login" method="post" action="/interaction/${escapeHtml(uid)}">
  <label>Email <input type="email" name="email" id="email" autocomplete="username" value="${escapeHtml(email)}" required autofocus></label>
  <label>Password <input type="password" name="password" id="password" autocomplete="current-password" required></label>
  <button type="submit" id="submit">Sign in</button>
</form>
</body></html>`;
}

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

const requestedPort = Number.parseInt(process.env.PORT ?? '0', 10);
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  log(`invalid PORT ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

let handler = (req, res) => {
  res.statusCode = 503;
  res.end('starting');
};
const server = http.createServer((req, res) => handler(req, res));

server.on('error', (err) => {
  log('server error:', err.message);
  process.exit(1);
});

server.listen(requestedPort, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  let provider;
  try {
    provider = new Provider(issuer, configuration());
  } catch (err) {
    log('cannot configure the provider:', err.stack ?? err);
    process.exit(2);
  }

  for (const event of ['server_error', 'authorization.error', 'grant.error', 'userinfo.error', 'introspection.error', 'revocation.error']) {
    provider.on(event, (ctx, err) => {
      log(`${event}: ${err?.name ?? 'Error'}: ${err?.message ?? err}${err?.error_description ? ` (${err.error_description})` : ''}`);
    });
  }

  function replaceKeys(keys) {
    initializeKeystore.call(provider, { keys });
    signingKeys = keys;
  }

  async function buildGrant(details, { reuseExisting }) {
    const { params } = details;
    const accountId = details.result?.login?.accountId ?? details.session?.accountId;
    let grant;
    if (reuseExisting && details.grantId) {
      grant = await provider.Grant.find(details.grantId);
    }
    grant ??= new provider.Grant({ accountId, clientId: params.client_id });
    if (typeof params.scope === 'string' && params.scope) grant.addOIDCScope(params.scope);
    const promptDetails = details.prompt?.details ?? {};
    if (promptDetails.missingOIDCClaims) grant.addOIDCClaims(promptDetails.missingOIDCClaims);
    if (promptDetails.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(promptDetails.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    return grant.save();
  }

  async function finishLogin(ctx, details, account) {
    // Another End-User is signed in at the OP. oidc-provider would answer the
    // resume with an auto-submitting logout form (needs JavaScript); the
    // fixture signs the previous End-User out right here instead so that a
    // plain HTTP client can switch users with one cookie jar.
    if (details.session?.accountId && details.session.accountId !== account.sub) {
      const previous = details.session.uid
        ? await provider.Session.findByUid(details.session.uid)
        : undefined;
      if (previous) await previous.destroy();
      details.session = undefined;
      await details.save(details.exp - Math.floor(Date.now() / 1000));
    }
    const withLogin = { ...details, result: { login: { accountId: account.sub } } };
    const grantId = await buildGrant(withLogin, { reuseExisting: false });
    const result = {
      login: {
        accountId: account.sub,
        remember: true,
        ...(account.amr?.length ? { amr: [...account.amr] } : {}),
      },
      consent: { grantId },
    };
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(returnTo);
  }

  async function finishConsent(ctx, details) {
    const grantId = await buildGrant(details, { reuseExisting: true });
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } });
    ctx.status = 303;
    ctx.redirect(returnTo);
  }

  async function finishWithError(ctx, error, description) {
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, {
      error,
      error_description: description,
    }, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(returnTo);
  }

  async function interaction(ctx, uid) {
    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (err) {
      if (err instanceof errors.SessionNotFound) {
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = `<!DOCTYPE html><html><body><pre id="error">invalid_request</pre><pre id="error_description">${escapeHtml(err.error_description ?? err.message)}</pre></body></html>`;
        return;
      }
      throw err;
    }
    if (details.uid !== uid) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = '<!DOCTYPE html><html><body><pre id="error">invalid_request</pre><pre id="error_description">interaction cookie does not match the URL</pre></body></html>';
      return;
    }

    const { prompt, params } = details;
    ctx.set('Cache-Control', 'no-store');

    if (prompt.name === 'consent') {
      // Consent is granted automatically for every fixture client.
      await finishConsent(ctx, details);
      return;
    }
    if (prompt.name !== 'login') {
      await finishWithError(ctx, 'interaction_required', `unsupported prompt ${prompt.name}`);
      return;
    }

    if (ctx.method === 'POST') {
      const form = new URLSearchParams(await readBody(ctx));
      const email = form.get('email') ?? '';
      const password = form.get('password') ?? '';
      const account = accountByLogin(email);
      if (!account || typeof account.password !== 'string' || account.password !== password) {
        ctx.status = 401;
        ctx.type = 'html';
        ctx.body = loginPage({
          uid, clientId: params.client_id, scope: params.scope, email, error: 'Invalid email or password.',
        });
        return;
      }
      await finishLogin(ctx, details, account);
      return;
    }

    if (typeof params.login_hint === 'string' && params.login_hint) {
      const account = accountByLogin(params.login_hint);
      if (!account) {
        await finishWithError(ctx, 'access_denied', `unknown login_hint ${params.login_hint}`);
        return;
      }
      await finishLogin(ctx, details, account);
      return;
    }

    ctx.status = 200;
    ctx.type = 'html';
    ctx.body = loginPage({ uid, clientId: params.client_id, scope: params.scope });
  }

  async function fixtureRoute(ctx) {
    const route = `${ctx.method} ${ctx.path}`;
    switch (route) {
      case 'GET /__fixture/health':
        sendJson(ctx, 200, { ok: true, issuer });
        return;
      case 'POST /__fixture/rotate-keys': {
        const key = generateSigningKey();
        replaceKeys([key, ...signingKeys]);
        log(`rotated signing keys; active kid ${key.kid}`);
        sendJson(ctx, 200, { kid: key.kid, kids: signingKeys.map((k) => k.kid) });
        return;
      }
      case 'POST /__fixture/drop-old-keys':
        replaceKeys([signingKeys[0]]);
        log(`dropped old signing keys; kept kid ${signingKeys[0].kid}`);
        sendJson(ctx, 200, { kid: signingKeys[0].kid, kids: signingKeys.map((k) => k.kid) });
        return;
      case 'GET /__fixture/config':
        sendJson(ctx, 200, {
          id_token_ttl_seconds: state.idTokenTtl,
          access_token_ttl_seconds: state.accessTokenTtl,
          kids: signingKeys.map((k) => k.kid),
        });
        return;
      case 'POST /__fixture/config': {
        let input;
        try {
          input = JSON.parse(await readBody(ctx));
          if (input === null || typeof input !== 'object' || Array.isArray(input)) {
            throw new TypeError('body must be a JSON object');
          }
          applyConfig(input);
        } catch (err) {
          sendJson(ctx, 400, { error: 'invalid_request', error_description: err.message });
          return;
        }
        log(`config updated: id_token_ttl_seconds=${state.idTokenTtl} access_token_ttl_seconds=${state.accessTokenTtl}`);
        sendJson(ctx, 200, {
          id_token_ttl_seconds: state.idTokenTtl,
          access_token_ttl_seconds: state.accessTokenTtl,
        });
        return;
      }
      default:
        sendJson(ctx, 404, { error: 'not_found', error_description: `no fixture route ${route}` });
    }
  }

  // Runs before oidc-provider's own routes.
  provider.use(async (ctx, next) => {
    if (ctx.path.startsWith('/__fixture/')) {
      await fixtureRoute(ctx);
      return;
    }
    const match = /^\/interaction\/([^/]+)\/?$/.exec(ctx.path);
    if (match && (ctx.method === 'GET' || ctx.method === 'POST')) {
      await interaction(ctx, match[1]);
      return;
    }
    await next();
  });

  handler = provider.callback();
  process.stdout.write(`READY ${issuer}\n`);
});

// ---------------------------------------------------------------------------
// Shutdown
// ---------------------------------------------------------------------------

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal} received, shutting down`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

// Optional: exit when the parent closes our stdin (so a crashed test run does
// not leave an orphaned provider behind).
if (process.env.EXIT_ON_STDIN_CLOSE === '1') {
  process.stdin.on('end', () => shutdown('stdin closed'));
  process.stdin.on('error', () => shutdown('stdin error'));
  process.stdin.resume();
}
