// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { assertEnumType, assertInputObjectType, assertObjectType, buildSchema, isNonNullType, parse } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptsDevelopmentTokens,
  developmentAuthNotice,
  productionAuthWarning,
  ConfigError,
  DEV_JWT_SECRET,
  loadSettings,
  PROJECT_ROOT,
  type Settings,
} from '../src/config';
import { guardSchema } from '../src/graphql/auth/rules';
import { people, POLICY } from '../src/subgraphs';
import { startInProcessApi, startSubgraphServer } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { developmentHeaders } from '../src/server/auth/development';
import { mintToken } from '../src/server/auth/tokens';
import { startTestApi, type TestApi } from './support/api';

/*
 * Tokens, anonymous access, subgraphs reached directly, trusted documents and the per-caller budget,
 * through real HTTP servers over the real database.
 */

const SECRET = 'access-test-secret-of-at-least-32-bytes-0000';
const ISSUER = 'https://id.example.org';
const AUDIENCE = 'assistance-graph-test';

let api: TestApi;
let dir: string;
let base: Record<string, string>;
const servers: RunningServer[] = [];
let hs: Settings; // HS256 secret
let rsaKeys: Awaited<ReturnType<typeof generateKeyPair>>;
let ecKeys: Awaited<ReturnType<typeof generateKeyPair>>;
let strangerKeys: Awaited<ReturnType<typeof generateKeyPair>>;
let url: {
  hs: string;
  jwks: string;
  closed: string;
  trusted: string;
  budget: string;
  subgraph: string;
};
let principalSchoolId: string;

async function start(env: Record<string, string>): Promise<{ url: string; settings: Settings }> {
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, COST_BUDGET: '0', ...env });
  const server = await startInProcessApi(settings, api.orm, silentLogger, 0);
  servers.push(server);
  return { url: server.url, settings };
}

beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-auth-'));
  rsaKeys = await generateKeyPair('RS256');
  ecKeys = await generateKeyPair('ES256');
  strangerKeys = await generateKeyPair('RS256');
  const jwksFile = path.join(dir, 'jwks.json');
  const keys = [
    { ...(await exportJWK(rsaKeys.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ecKeys.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  await writeFile(jwksFile, JSON.stringify({ keys }));
  base = { AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
  const hsServer = await start({ AUTH_JWT_SECRET: SECRET, ...base });
  hs = hsServer.settings;
  const [row] = await api.sql<{ school_id: string }>(
    `select a.school_id from people.appointment a join people.person p on p.id = a.person_id
      where a.role = 'PRINCIPAL' and p.provenance = 'SYNTHETIC' order by a.id limit 1`,
  );
  principalSchoolId = row!.school_id;
  const subgraph = await startSubgraphServer('people', hs, api.orm, silentLogger, 0);
  servers.push(subgraph);
  url = {
    hs: hsServer.url,
    jwks: (await start({ AUTH_JWKS_FILE: jwksFile, ...base })).url,
    closed: (await start({ AUTH_JWT_SECRET: SECRET, ...base, AUTH_ANONYMOUS: 'off' })).url,
    trusted: (await start({ AUTH_JWT_SECRET: SECRET, ...base, TRUSTED_DOCUMENTS: 'anonymous' })).url,
    budget: (await start({ AUTH_JWT_SECRET: SECRET, ...base, COST_BUDGET: '35', COST_BUDGET_WINDOW_S: '3600' })).url,
    subgraph: subgraph.url,
  };
});

afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

async function post(target: string, body: unknown, authorization?: string): Promise<Answer> {
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const PRINCIPAL_NAME = `query ($id: ID!) { school(id: $id) { principal { person { nameZh } } } }`;
const principalName = (answer: Answer) =>
  (answer.body.data?.school as { principal: { person: { nameZh: string | null } } } | null)?.principal.person.nameZh;

/** A token signed as the test says, with good claims unless overridden. */
function sign(
  key: Parameters<SignJWT['sign']>[0],
  alg: string,
  claims: JWTPayload = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'analyst', ...claims })
    .setProtectedHeader({ alg, typ: 'JWT', ...header })
    .setSubject(String(claims.sub ?? 'test:analyst'))
    .setIssuer(String(claims.iss ?? ISSUER))
    .setAudience((claims.aud as string) ?? AUDIENCE)
    .setIssuedAt((claims.iat as number) ?? now)
    .setExpirationTime((claims.exp as number) ?? now + 600)
    .sign(key);
}

const secret = (text: string) => new TextEncoder().encode(text);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('tokens', () => {
  it('a good HS256 token is the role it says (a principal’s name is readable)', async () => {
    const token = await mintToken({ role: 'analyst' }, hs.auth);
    const answer = await post(
      url.hs,
      { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } },
      `Bearer ${token}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(principalName(answer)).toBeTypeOf('string');
  });

  it('no token is anonymous (the same name is null with FORBIDDEN)', async () => {
    const answer = await post(url.hs, { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } });
    expect(answer.status).toBe(200);
    expect(principalName(answer)).toBeNull();
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const bad: [string, () => Promise<string>, string][] = [
    ['expired', () => sign(secret(SECRET), 'HS256', { exp: now() - 3600 }), 'expired'],
    ['not yet valid', () => sign(secret(SECRET), 'HS256', { nbf: now() + 3600 }), 'not_yet_valid'],
    ['for another audience', () => sign(secret(SECRET), 'HS256', { aud: 'someone-else' }), 'audience'],
    ['from another issuer', () => sign(secret(SECRET), 'HS256', { iss: 'https://evil.example' }), 'issuer'],
    ['signed with another secret', () => sign(secret(`${SECRET}-not`), 'HS256'), 'signature'],
    ['signed with the public development secret', () => sign(secret(DEV_JWT_SECRET), 'HS256'), 'signature'],
    ['RS256 where only HS256 is configured', () => sign(rsaKeys.privateKey, 'RS256'), 'algorithm'],
    [
      'alg none',
      async () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'ministry_admin', iss: ISSUER, aud: AUDIENCE, exp: now() + 600 })}.`,
      'algorithm',
    ],
    [
      'with tampered claims (role raised, signature kept)',
      async () => {
        const [head, , signature] = (await sign(secret(SECRET), 'HS256', { role: 'analyst' })).split('.');
        const raised = {
          sub: 'test:analyst',
          role: 'ministry_admin',
          scope: 'personal:read',
          iss: ISSUER,
          aud: AUDIENCE,
          exp: now() + 600,
        };
        return `${head}.${b64(raised)}.${signature}`;
      },
      'signature',
    ],
    ['without a role this API knows', () => sign(secret(SECRET), 'HS256', { role: 'root' }), 'claims'],
    ['university without an institution code', () => sign(secret(SECRET), 'HS256', { role: 'university' }), 'claims'],
    [
      'without expiry',
      async () =>
        new SignJWT({ role: 'analyst' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .sign(secret(SECRET)),
      'claims',
    ],
    [
      'without iat (its age cannot be bounded)',
      async () =>
        new SignJWT({ role: 'analyst' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime(now() + 600)
          .sign(secret(SECRET)),
      'claims',
    ],
    [
      'issued a year ahead and valid for a century',
      () => sign(secret(SECRET), 'HS256', { iat: now() + 365 * 86400, exp: now() + 100 * 365 * 86400 }),
      'issued_in_future',
    ],
    [
      'issued a minute ahead (beyond the 30 s clock tolerance)',
      () => sign(secret(SECRET), 'HS256', { iat: now() + 90 }),
      'issued_in_future',
    ],
    [
      'valid for 8 days from its iat (the maximum is 7)',
      () => sign(secret(SECRET), 'HS256', { exp: now() + 8 * 86400 }),
      'lifetime',
    ],
    [
      'issued 8 days ago, still unexpired',
      () => sign(secret(SECRET), 'HS256', { iat: now() - 8 * 86400, exp: now() + 600 }),
      'too_old',
    ],
    ['with a subject of 10,000 characters', () => sign(secret(SECRET), 'HS256', { sub: 'x'.repeat(10_000) }), 'claims'],
    ['not a JWT', async () => 'not-a-token', 'malformed'],
  ];

  it('a token issued within the clock tolerance ahead, valid for the maximum lifetime, is accepted', async () => {
    const token = await sign(secret(SECRET), 'HS256', { iat: now() + 10, exp: now() + 10 + 7 * 86400 });
    const answer = await post(url.hs, { query: '{ __typename }' }, `Bearer ${token}`);
    expect(answer.status).toBe(200);
  });

  it('the maximum lifetime comes from AUTH_MAX_TOKEN_LIFETIME_S', () => {
    expect(loadSettings({ NODE_ENV: 'test', AUTH_MAX_TOKEN_LIFETIME_S: '3600' }).auth.maxTokenLifetimeSeconds).toBe(
      3600,
    );
  });

  it.each(bad)('a token %s is 401 UNAUTHENTICATED, never anonymous', async (_label, make, reason) => {
    const token = await make();
    const answer = await post(url.hs, { query: '{ __typename }' }, `Bearer ${token}`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
  });

  it('another scheme than Bearer is 401', async () => {
    const answer = await post(url.hs, { query: '{ __typename }' }, 'Basic dXNlcjpwYXNz');
    expect(answer.status).toBe(401);
    expect(answer.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('with a JWKS (RS256 and ES256)', () => {
    it.each([
      ['RS256', () => sign(rsaKeys.privateKey, 'RS256', {}, { kid: 'rsa-1' })],
      ['ES256', () => sign(ecKeys.privateKey, 'ES256', {}, { kid: 'ec-1' })],
    ])('accepts %s tokens signed by its keys', async (_alg, make) => {
      const answer = await post(
        url.jwks,
        { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } },
        `Bearer ${await make()}`,
      );
      expect(answer.status).toBe(200);
      expect(principalName(answer)).toBeTypeOf('string');
    });

    it.each([
      [
        'a key not in the set (same kid)',
        () => sign(strangerKeys.privateKey, 'RS256', {}, { kid: 'rsa-1' }),
        'signature',
      ],
      [
        'a key not in the set (unknown kid)',
        () => sign(strangerKeys.privateKey, 'RS256', {}, { kid: 'other' }),
        'signature',
      ],
      ['HS256 (no secret configured)', () => sign(secret(SECRET), 'HS256'), 'algorithm'],
      ['the wrong audience', () => sign(rsaKeys.privateKey, 'RS256', { aud: 'x' }, { kid: 'rsa-1' }), 'audience'],
      ['the wrong issuer', () => sign(rsaKeys.privateKey, 'RS256', { iss: 'x' }, { kid: 'rsa-1' }), 'issuer'],
    ])('refuses %s with 401', async (_label, make, reason) => {
      const answer = await post(url.jwks, { query: '{ __typename }' }, `Bearer ${await make()}`);
      expect(answer.status).toBe(401);
      expect(answer.body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    });
  });
});

describe('anonymous access', () => {
  it('turned off: no token is 401, a good token is served', async () => {
    const none = await post(url.closed, { query: '{ provinces(first: 1) { nodes { code } } }' });
    expect(none.status).toBe(401);
    expect(none.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await mintToken({ role: 'analyst' }, hs.auth);
    const ok = await post(url.closed, { query: '{ provinces(first: 1) { nodes { code } } }' }, `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });

  it('a subgraph service reached directly without a token serves the anonymous rights only', async () => {
    const [person] = await api.sql<{ id: string }>(
      `select person_id as id from people.appointment where school_id = $1 and role = 'PRINCIPAL'`,
      [principalSchoolId],
    );
    const query = { query: `query ($id: ID!) { person(id: $id) { nameZh gender } }`, variables: { id: person!.id } };
    const anonymous = await post(url.subgraph, query);
    expect(anonymous.body.data?.person).toEqual({ nameZh: null, gender: null });
    expect(anonymous.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const forged = await post(
      url.subgraph,
      query,
      `Bearer ${await sign(secret('guessed-secret-of-at-least-32-bytes-0000'), 'HS256')}`,
    );
    expect(forged.status).toBe(401);
    const token = await mintToken({ role: 'analyst', scopes: ['personal:read'] }, hs.auth);
    const signed = await post(url.subgraph, query, `Bearer ${token}`);
    expect(signed.body.errors).toBeUndefined();
    expect(signed.body.data?.person).toMatchObject({ nameZh: expect.any(String), gender: expect.any(String) });
  });
});

describe('trusted documents', () => {
  let manifest: Record<string, string>;
  let hash: string;
  let text: string;

  beforeAll(async () => {
    manifest = JSON.parse(
      await readFile(path.join(PROJECT_ROOT, 'schema/trusted-documents/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    [hash, text] = Object.entries(manifest).find(([, document]) => /^query CountySchools\b/.test(document))!;
  });

  it('the manifest holds every operation of schema/operations and test/operations, by the sha256 of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(20);
    for (const [key, document] of Object.entries(manifest)) {
      expect(key).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
      expect(() => parse(document)).not.toThrow();
    }
  });

  it('anonymous callers may not send text', async () => {
    const answer = await post(url.trusted, { query: text, variables: { code: '640402' } });
    expect(answer.status).toBe(403);
    expect(answer.body.errors![0]!.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it.each([
    ['documentId', (h: string) => ({ documentId: h })],
    ['documentId without its prefix', (h: string) => ({ documentId: h.replace('sha256:', '') })],
    [
      'extensions.persistedQuery',
      (h: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: h.replace('sha256:', '') } } }),
    ],
  ])('anonymous callers may run a trusted document by %s', async (_how, by) => {
    const answer = await post(url.trusted, { ...by(hash), variables: { code: '640402' } });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.county).toMatchObject({ code: '640402' });
  });

  it('by GET too', async () => {
    const search = new URLSearchParams({ documentId: hash, variables: JSON.stringify({ code: '640402' }) });
    const response = await fetch(`${url.trusted}?${search}`, { headers: { 'apollo-require-preflight': '1' } });
    const body = (await response.json()) as Answer['body'];
    expect(response.status).toBe(200);
    expect(body.data?.county).toMatchObject({ code: '640402' });
  });

  it('the example dashboard names its operations by their ids, so it works for anonymous callers here', async () => {
    const response = await fetch(url.trusted.replace(/\/graphql$/, '/dashboard/operations.json'));
    const operations = (await response.json()) as Record<string, { query: string; documentId?: string }>;
    expect(Object.keys(operations).length).toBeGreaterThan(0);
    for (const [operationName, operation] of Object.entries(operations)) {
      expect(manifest[operation.documentId ?? '']).toBeDefined();
      // As dashboard.js sends it; the required variables are a county's and a province's codes.
      const answer = await post(url.trusted, {
        documentId: operation.documentId,
        operationName,
        variables: { code: '640402', provinceCodes: ['64'] },
      });
      expect(answer.status, operationName).toBe(200);
      expect(answer.body.errors ?? [], operationName).toEqual([]);
    }
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, a malformed one BAD_REQUEST', async () => {
    const unknown = await post(url.trusted, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.body.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors![0]!.message).toContain('0'.repeat(64));
    const malformed = await post(url.trusted, { documentId: 'abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0]!.extensions?.code).toBe('BAD_REQUEST');
  });

  it('authenticated callers may send any operation', async () => {
    const token = await mintToken({ role: 'county', org: '640402' }, hs.auth);
    const answer = await post(url.trusted, { query: '{ provinces(first: 1) { nodes { code } } }' }, `Bearer ${token}`);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('without the setting, anonymous callers may send text (the default)', async () => {
    const answer = await post(url.hs, { query: text, variables: { code: '640402' } });
    expect(answer.status).toBe(200);
  });
});

describe('the cost budget', () => {
  it('is kept per token subject, not per address', async () => {
    const query = { query: '{ provinces(first: 10) { nodes { code } } }' }; // cost 11 of a budget of 35
    const one = `Bearer ${await mintToken({ role: 'analyst', subject: 'budget:one' }, hs.auth)}`;
    const two = `Bearer ${await mintToken({ role: 'analyst', subject: 'budget:two' }, hs.auth)}`;
    for (let i = 0; i < 3; i++) expect((await post(url.budget, query, one)).status).toBe(200);
    const spent = await post(url.budget, query, one);
    expect(spent.status).toBe(429);
    expect(spent.body.errors![0]!.extensions?.code).toBe('RATE_LIMITED');
    // Same address, another subject: a budget of its own; and anonymous callers one per address.
    expect((await post(url.budget, query, two)).status).toBe(200);
    expect((await post(url.budget, query)).status).toBe(200);
  });
});

describe('settings', () => {
  it('production refuses the development secret, and without keys serves anonymous callers only, saying so', () => {
    expect(() => loadSettings({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEV_JWT_SECRET })).toThrow(ConfigError);
    const keyless = loadSettings({ NODE_ENV: 'production' });
    expect(keyless.auth.secret).toBeUndefined();
    expect(productionAuthWarning(keyless)).toMatch(/anonymous callers only/);
    expect(productionAuthWarning(loadSettings({ NODE_ENV: 'production', AUTH_ANONYMOUS_ONLY: 'on' }))).toBeUndefined();
    expect(productionAuthWarning(loadSettings({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET }))).toBeUndefined();
    expect(() => loadSettings({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example.org/jwks' })).toThrow(
      /AUTH_ISSUER/,
    );
    expect(() => loadSettings({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short' })).toThrow(/32 bytes/);
    expect(loadSettings({ NODE_ENV: 'development' }).auth.secret).toBe(DEV_JWT_SECRET);
    expect(loadSettings({ NODE_ENV: 'production' }).auth.secret).toBeUndefined();
  });
});

describe('the rules table', () => {
  const apiSchema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema/api.graphql'), 'utf8'));

  it('names fields that exist, are nullable (null with an error) and say who may read them', () => {
    for (const key of Object.keys(POLICY.fields)) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = assertObjectType(apiSchema.getType(typeName));
      const field = type.getFields()[fieldName];
      expect(field, key).toBeDefined();
      expect(isNonNullType(field!.type), key).toBe(false);
      expect(field!.description, key).toContain('Rights:');
    }
  });

  it('guards a schema once, however often it is applied (a schema merged from the subgraphs may apply it again)', async () => {
    const { schema } = await people.build();
    const resolve = assertObjectType(schema.getType('Person')).getFields().gender!.resolve;
    expect(resolve).toBeTypeOf('function');
    guardSchema(schema);
    expect(assertObjectType(schema.getType('Person')).getFields().gender!.resolve).toBe(resolve);
  });

  it('statistics have no dimension or filter over a guarded attribute (no inference through aggregates)', () => {
    const guarded = Object.keys(POLICY.fields).map((key) => key.split('.')[1]!.toLowerCase());
    const words = (name: string) => name.toLowerCase().replace(/_/g, '');
    const dimensions = assertEnumType(apiSchema.getType('StatisticsDimension')).getValues();
    const filter = Object.keys(assertInputObjectType(apiSchema.getType('StatisticsFilter')).getFields());
    for (const name of [...dimensions.map((value) => value.name), ...filter]) {
      for (const attribute of guarded) expect(words(name)).not.toContain(attribute.toLowerCase());
      expect(words(name)).not.toMatch(/gender|birth|age/);
    }
  });
});

describe('signing in: development mode, and what each refusal says would let the caller in', () => {
  let dev: string;
  let keyless: string;
  let devToken: string;
  const WRITE = `mutation { createActivity(input: { programId: "${'0'.repeat(8)}-0000-7000-8000-000000000000", kind: TEACHER_VISIT, title: "x", startDate: "2024-03-04" }) { replayed } }`;

  beforeAll(async () => {
    const devSettings = loadSettings({ NODE_ENV: 'development', DATABASE_URL: api.databaseUrl, COST_BUDGET: '0' });
    const devServer = await startInProcessApi(devSettings, api.orm, silentLogger, 0);
    servers.push(devServer);
    dev = devServer.url;
    keyless = (await start({})).url;
    // `npm run token` as a newcomer runs it: no AUTH_JWT_SECRET, no NODE_ENV.
    const env = { ...process.env };
    delete env.AUTH_JWT_SECRET;
    delete env.NODE_ENV;
    const minted = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/token.ts', '--role', 'analyst'], {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
    });
    expect(minted.status).toBe(0);
    expect(minted.stderr).toMatch(/a development token: accepted by a server started with `npm run dev`/);
    devToken = minted.stdout.trim();
  });

  it('a development server accepts `npm run token` tokens: names are shown', async () => {
    const answer = await post(
      dev,
      { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } },
      `Bearer ${devToken}`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(principalName(answer)).toEqual(expect.any(String));
  });

  it('production never accepts the development key, and its 401 says what would', async () => {
    const noKeys = await post(keyless, { query: '{ provinces(first: 1) { nodes { code } } }' }, `Bearer ${devToken}`);
    expect(noKeys.status).toBe(401);
    expect(noKeys.body.errors![0]!.message).toMatch(
      /this server accepts no tokens .* started with `npm run dev` accepts development tokens from `npm run token -- --role <role>`; in production, start it with AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL/,
    );
    const ownSecret = await post(url.hs, { query: '{ provinces(first: 1) { nodes { code } } }' }, `Bearer ${devToken}`);
    expect(ownSecret.status).toBe(401);
    expect(ownSecret.body.errors![0]!.extensions?.reason).toBe('signature');
    expect(ownSecret.body.errors![0]!.message).toMatch(
      /This server accepts HS256 tokens signed with its AUTH_JWT_SECRET: `npm run -s token -- --role <role>` with the same AUTH_JWT_SECRET mints one/,
    );
    expect(ownSecret.body.errors![0]!.message).not.toContain(SECRET);
    const closed = await post(url.closed, { query: '{ provinces(first: 1) { nodes { code } } }' });
    expect(closed.body.errors![0]!.message).toMatch(/needs a bearer token .* This server accepts HS256 tokens/);
    // However production is configured, the development secret is not among its keys.
    for (const env of [{}, { AUTH_JWT_SECRET: SECRET }, { AUTH_ANONYMOUS_ONLY: 'on' }]) {
      const production = loadSettings({ NODE_ENV: 'production', ...env });
      expect(acceptsDevelopmentTokens(production)).toBe(false);
      expect(production.auth.secret).not.toBe(DEV_JWT_SECRET);
      expect(await developmentHeaders(production)).toBeUndefined();
    }
  });

  it('says so at start, and GraphiQL opens with a token in its headers in development only', async () => {
    expect(developmentAuthNotice(loadSettings({ NODE_ENV: 'development' }))).toMatch(
      /development mode: accepting development tokens[\s\S]*npm run -s token -- --role ministry_admin[\s\S]*Authorization: Bearer <token>/,
    );
    expect(developmentAuthNotice(loadSettings({ NODE_ENV: 'production' }))).toBeUndefined();
    expect(developmentAuthNotice(loadSettings({ NODE_ENV: 'development', AUTH_JWT_SECRET: SECRET }))).toBeUndefined();
    const page = async (target: string) => (await fetch(target, { headers: { accept: 'text/html' } })).text();
    const preset = /defaultHeaders: "(.*)",/.exec(await page(dev));
    expect(preset).not.toBeNull();
    const headers = JSON.parse(JSON.parse(`"${preset![1]}"`) as string) as { Authorization: string };
    const admin = await post(
      dev,
      { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } },
      headers.Authorization,
    );
    expect(principalName(admin)).toEqual(expect.any(String));
    expect(await page(keyless)).toMatch(/defaultHeaders: undefined,/);
    // The dashboard's live panels start with the same kind of token there, and with none elsewhere.
    const dashboard = (target: string) => page(target.replace(/\/graphql$/, '/dashboard'));
    const bearer = /data-authorization="Bearer ([^"]+)"/.exec(await dashboard(dev));
    expect(bearer).not.toBeNull();
    const viaDashboard = await post(
      dev,
      { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } },
      `Bearer ${bearer![1]}`,
    );
    expect(principalName(viaDashboard)).toEqual(expect.any(String));
    expect(await dashboard(keyless)).not.toMatch(/data-authorization/);
  });

  it('an anonymous caller is told how to sign in, on a read and on a write', async () => {
    const read = await post(dev, { query: PRINCIPAL_NAME, variables: { id: principalSchoolId } });
    expect(read.body.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(read.body.errors![0]!.message).toMatch(/any signed-in role\. No bearer token was sent: sign in/);
    const write = await post(dev, { query: WRITE });
    expect(write.body.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(write.body.errors![0]!.message).toMatch(
      /^The role anonymous may not write: send a bearer token with the role ministry_admin, or university, county or committee with its organisation \(org\); in development `npm run -s token -- --role university --org <institution code>` mints one/,
    );
  });
});
