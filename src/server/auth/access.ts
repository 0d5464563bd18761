import type { Request } from 'express';
import { DEV_JWT_SECRET, type AuthSettings } from '../../config';
import type { Viewer } from '../../graphql/auth/viewer';
import { AuthenticationError, createAuthenticator, type Authenticator } from './tokens';
import { TrustedDocumentError, TrustedDocuments, type GraphQLParams } from './trusted-documents';

/*
 * Who may send what, decided at the HTTP edge before anything is parsed: the bearer token (401 when it
 * is bad, never anonymous), anonymous callers turned away when anonymous access is off, and anonymous
 * callers held to the trusted documents when so configured. Rights on data are not decided here but
 * in the subgraphs (graphql/auth/rules.ts), from the viewer this puts in the request's scope.
 */

export class AccessRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * What would let a refused caller in, from how this server verifies tokens: every 401 ends with it.
 * The keys are named, never shown.
 */
export function signInHint(auth: AuthSettings): string {
  if (auth.anonymousOnly)
    return 'This server was started anonymous-only (AUTH_ANONYMOUS_ONLY=on): it accepts no tokens.';
  if (!auth.secret && !auth.jwksFile && !auth.jwksUrl) {
    return (
      'This server was started without token keys, so it accepts no tokens. A server started with `npm run dev` ' +
      'accepts development tokens from `npm run token -- --role <role>`; in production, start it with ' +
      'AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL.'
    );
  }
  const ways: string[] = [];
  if (auth.secret === DEV_JWT_SECRET) {
    ways.push(
      'development tokens: `npm run -s token -- --role <role>` (in this checkout, without AUTH_JWT_SECRET) mints one',
    );
  } else if (auth.secret) {
    ways.push(
      'HS256 tokens signed with its AUTH_JWT_SECRET: `npm run -s token -- --role <role>` with the same AUTH_JWT_SECRET mints one',
    );
  }
  if (auth.jwksFile || auth.jwksUrl) ways.push('RS256/ES256 tokens of its identity provider (its JWKS)');
  return `This server accepts ${ways.join(', and ')}; each with issuer "${auth.issuer}" and audience "${auth.audience}".`;
}

export interface Admitted {
  viewer: Viewer;
  /** The bearer token as sent (passed on to subgraph services in distributed mode). */
  token: string | null;
  /** Whether the operation is a trusted document named by its hash. */
  trusted: boolean;
}

export interface Access {
  /** Checks the caller and, for a hash, puts the trusted text in the request (body or query string). */
  admit(req: Request): Promise<Admitted & { search: string }>;
  /**
   * The same for a POST's parameters, read without Express (the fast lane): a hash in `params` is
   * replaced by its trusted text in place.
   */
  admitPost(authorization: string | undefined, params: GraphQLParams): Promise<Admitted>;
}

/**
 * `clientFacing`: the server clients call (the gateway), where trusted documents apply. A subgraph
 * service verifies the same tokens (the gateway passes the client's on) but serves the gateway's
 * generated operations, which are in no manifest.
 */
export function createAccess(auth: AuthSettings, clientFacing: boolean): Access {
  const authenticator: Authenticator = createAuthenticator(auth);
  const documents = clientFacing ? TrustedDocuments.load(auth.trustedDocumentsFile) : undefined;
  const hint = signInHint(auth);

  /** The caller, and the request's document resolved by `resolve` (whether it is a trusted one). */
  const admitWith = async (authorization: string | undefined, resolve: (documents: TrustedDocuments) => boolean) => {
    let who;
    try {
      who = await authenticator.authenticate(authorization);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      throw new AccessRefused(
        401,
        'UNAUTHENTICATED',
        `The bearer token was refused: ${error.message}. ${hint}`,
        { reason: error.reason },
        { 'www-authenticate': `Bearer error="invalid_token"` },
      );
    }
    const anonymous = who.viewer.role === 'anonymous';
    if (anonymous && !auth.anonymous) {
      throw new AccessRefused(
        401,
        'UNAUTHENTICATED',
        `This API needs a bearer token (Authorization: Bearer <JWT>). ${hint}`,
        {},
        {
          'www-authenticate': 'Bearer',
        },
      );
    }
    let trusted = false;
    if (documents) {
      try {
        trusted = resolve(documents);
      } catch (error) {
        if (!(error instanceof TrustedDocumentError)) throw error;
        throw new AccessRefused(error.code === 'BAD_REQUEST' ? 400 : 200, error.code, error.message);
      }
    }
    if (anonymous && !trusted && documents && auth.trustedDocuments === 'anonymous') {
      throw new AccessRefused(
        403,
        'TRUSTED_DOCUMENT_REQUIRED',
        'Callers without a token may only run trusted documents: send `documentId` (the sha256 of a document of ' +
          'the manifest) instead of `query`, or authenticate.',
      );
    }
    return { ...who, trusted };
  };

  return {
    async admit(req) {
      // Parsed only when there is a query string (a GET's parameters): most requests are plain POSTs.
      const url = req.originalUrl.includes('?') ? new URL(req.originalUrl, 'http://localhost') : undefined;
      const admitted = await admitWith(req.headers.authorization, (trusted) => resolveDocument(trusted, req, url));
      return { ...admitted, search: url?.search ?? '' };
    },
    admitPost(authorization, params) {
      return admitWith(authorization, (trusted) => trusted.resolve(params));
    },
  };
}

/** Trusted documents in a POST body, or in a GET's query string (`documentId`, `extensions`). */
function resolveDocument(documents: TrustedDocuments, req: Request, url: URL | undefined): boolean {
  if (req.method !== 'GET' || !url) {
    const body = req.body as GraphQLParams | undefined;
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? documents.resolve(body) : false;
  }
  const params: GraphQLParams = { query: url.searchParams.get('query') ?? undefined };
  if (url.searchParams.has('documentId')) params.documentId = url.searchParams.get('documentId');
  const extensions = url.searchParams.get('extensions');
  if (extensions) {
    try {
      params.extensions = JSON.parse(extensions) as unknown;
    } catch {
      return false; // Apollo Server answers the malformed parameter
    }
  }
  const trusted = documents.resolve(params);
  if (typeof params.query === 'string') url.searchParams.set('query', params.query);
  url.searchParams.delete('documentId');
  if (params.extensions !== undefined) url.searchParams.set('extensions', JSON.stringify(params.extensions));
  return trusted;
}
