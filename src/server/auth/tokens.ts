import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthSettings } from '../../config';
import { ANONYMOUS, isRole, ORGANISATION_ROLES, type Role, type Viewer } from '../../graphql/auth/viewer';

/*
 * Bearer tokens (JWT), verified with jose: HS256 with a shared secret (development, tests, or a
 * deployment that mints its own), RS256/ES256 with the public keys of a JWKS file or URL (an identity
 * provider). Every token must name its issuer and audience, say when it was issued and when it
 * expires (at most `maxTokenLifetimeSeconds` apart, issued no later than now), and carry a subject
 * and a role: a leaked token, or one minted with a century of validity, stops working within that age.
 */

/** Why a token was refused; `reason` is stable, for clients and tests. */
export class AuthenticationError extends Error {
  constructor(
    readonly reason:
      | 'malformed'
      | 'expired'
      | 'not_yet_valid'
      | 'issued_in_future'
      | 'too_old'
      | 'lifetime'
      | 'audience'
      | 'issuer'
      | 'signature'
      | 'algorithm'
      | 'claims'
      | 'no_keys',
    message: string,
  ) {
    super(message);
  }
}

export interface Authenticated {
  viewer: Viewer;
  /** The token as sent, to pass on to subgraph services (distributed mode); null when anonymous. */
  token: string | null;
  /** When the token expires (ms since epoch); undefined when anonymous. */
  expiresAt?: number;
}

export interface Authenticator {
  /** Anonymous without an Authorization header; the verified viewer with a good token; throws otherwise. */
  authenticate(authorization: string | undefined): Promise<Authenticated>;
}

const ASYMMETRIC = ['RS256', 'ES256'];
/** Clocks of the issuer and this server may differ a little. */
const CLOCK_TOLERANCE_S = 30;
/**
 * A verified token is remembered this long (and never past its expiry), so a client's repeated
 * requests are not verified again each time; a key removed from the JWKS stops being trusted within it.
 */
const VERIFIED_TTL_MS = 60_000;
const MAX_VERIFIED = 10_000;
/** Bytes of token text the memory of verified tokens may hold (tokens are up to the header limit each). */
const MAX_VERIFIED_BYTES = 8_000_000;
/** Longest subject accepted: it keys the caller's budget. */
const MAX_SUBJECT_LENGTH = 256;

export function createAuthenticator(auth: AuthSettings): Authenticator {
  const secret = auth.secret ? new TextEncoder().encode(auth.secret) : undefined;
  let jwks: JWTVerifyGetKey | undefined;
  if (auth.jwksFile) jwks = createLocalJWKSet(JSON.parse(readFileSync(auth.jwksFile, 'utf8')) as JSONWebKeySet);
  else if (auth.jwksUrl) jwks = createRemoteJWKSet(new URL(auth.jwksUrl));
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ASYMMETRIC : [])];
  // The key follows the header's algorithm, among the allowed ones only: a token signed with the HS256
  // secret cannot pass for an RS256 one or the other way round.
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks && ASYMMETRIC.includes(header.alg)) return jwks(header, token);
    throw new AuthenticationError('algorithm', `tokens signed with ${header.alg} are not accepted`);
  };

  // Bounded in entries and in bytes: the key is the token's text, whose length the caller chooses.
  const verified = new LRUCache<string, { viewer: Viewer; expiresAt: number }>({
    max: MAX_VERIFIED,
    maxSize: MAX_VERIFIED_BYTES,
    sizeCalculation: (_value, token) => token.length + 200,
  });

  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization === '') return { viewer: ANONYMOUS, token: null };
      const match = /^Bearer +([\w-]+\.[\w-]+\.[\w-]*)\s*$/i.exec(authorization);
      if (!match) throw new AuthenticationError('malformed', 'the Authorization header must be "Bearer <JWT>"');
      const token = match[1]!;
      const known = verified.get(token);
      // The memory's TTL runs on a monotonic clock; the token's expiry is on the wall clock, which can
      // jump: an expired token is verified again (and refused) however recently it was remembered.
      if (known && Date.now() < known.expiresAt + CLOCK_TOLERANCE_S * 1000) {
        return { viewer: known.viewer, token, expiresAt: known.expiresAt };
      }
      if (!algorithms.length)
        throw new AuthenticationError('no_keys', 'this server accepts no tokens (anonymous only)');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key, {
          algorithms,
          issuer: auth.issuer,
          audience: auth.audience,
          requiredClaims: ['exp', 'sub', 'iat'],
          clockTolerance: CLOCK_TOLERANCE_S,
          // Also refuses an `iat` in the future (beyond the tolerance): the age would start later.
          maxTokenAge: auth.maxTokenLifetimeSeconds,
        }));
      } catch (error) {
        throw refusal(error);
      }
      if ((payload.exp ?? 0) - (payload.iat ?? 0) > auth.maxTokenLifetimeSeconds) {
        throw new AuthenticationError(
          'lifetime',
          `the token is valid for longer than ${auth.maxTokenLifetimeSeconds} s from its "iat"`,
        );
      }
      const viewer = viewerOf(payload);
      const expires = (payload.exp ?? 0) * 1000 + CLOCK_TOLERANCE_S * 1000;
      // A stream opened with it ends at its `exp` (no tolerance: the issuer said until when).
      const expiresAt = (payload.exp ?? 0) * 1000;
      verified.set(token, { viewer, expiresAt }, { ttl: Math.max(1, Math.min(VERIFIED_TTL_MS, expires - Date.now())) });
      return { viewer, token, expiresAt };
    },
  };
}

function refusal(error: unknown): Error {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired && error.claim === 'iat') {
    return new AuthenticationError('too_old', 'the token was issued longer ago than the maximum token age');
  }
  if (error instanceof errors.JWTExpired) return new AuthenticationError('expired', 'the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iat' && error.reason === 'check_failed') {
      return new AuthenticationError('issued_in_future', 'the token says it was issued in the future');
    }
    if (error.claim === 'nbf') return new AuthenticationError('not_yet_valid', 'the token is not valid yet');
    if (error.claim === 'aud') return new AuthenticationError('audience', 'the token is for another audience');
    if (error.claim === 'iss') return new AuthenticationError('issuer', 'the token is from another issuer');
    return new AuthenticationError('claims', `the token's "${error.claim}" claim is missing or invalid`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new AuthenticationError('signature', 'the token is not signed by a trusted key');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new AuthenticationError('algorithm', "the token's algorithm is not accepted");
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new AuthenticationError('malformed', 'the token is not a well-formed JWT');
  }
  // A JWKS URL that does not answer is the server's trouble, not the caller's: an internal error.
  return error instanceof Error ? error : new Error(String(error));
}

/** The viewer a verified token describes; a role or organisation this API does not know is refused. */
function viewerOf(payload: JWTPayload): Viewer {
  const { sub, role, org } = payload;
  if (typeof sub !== 'string' || sub === '') throw new AuthenticationError('claims', 'the token has no subject');
  if (sub.length > MAX_SUBJECT_LENGTH) {
    throw new AuthenticationError('claims', `the token's subject is longer than ${MAX_SUBJECT_LENGTH} characters`);
  }
  if (!isRole(role)) throw new AuthenticationError('claims', `the token's role is not one of this API's roles`);
  if (org !== undefined && (typeof org !== 'string' || org.length > 64)) {
    throw new AuthenticationError('claims', "the token's org must be an organisation code");
  }
  const needs = ORGANISATION_ROLES[role];
  if (needs && !(typeof org === 'string' && needs.code.test(org))) {
    throw new AuthenticationError('claims', `the ${role} role acts for one organisation: org must be ${needs.what}`);
  }
  const scopeClaim = payload.scope;
  const scopes = typeof scopeClaim === 'string' ? scopeClaim.split(' ').filter(Boolean) : [];
  return { role, subject: sub, org: typeof org === 'string' ? org : null, scopes: new Set(scopes) };
}

export interface TokenRequest {
  role: Role;
  org?: string;
  scopes?: string[];
  subject?: string;
  /** How long it is valid, as jose reads it: `30m`, `8h`, `7d`. */
  ttl?: string;
}

/** A development token signed with the HS256 secret (`npm run token`, tests). */
export function mintToken(request: TokenRequest, auth: Pick<AuthSettings, 'secret' | 'issuer' | 'audience'>) {
  if (!auth.secret) throw new Error('no HS256 secret to sign with (AUTH_JWT_SECRET)');
  const claims: JWTPayload = { role: request.role };
  if (request.org) claims.org = request.org;
  if (request.scopes?.length) claims.scope = request.scopes.join(' ');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `dev:${request.role}${request.org ? `:${request.org}` : ''}`)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(request.ttl ?? '8h')
    .sign(new TextEncoder().encode(auth.secret));
}
