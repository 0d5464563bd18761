import { existsSync, readFileSync } from 'node:fs';

/*
 * Trusted documents: the operations of this project (schema/operations, test/operations), which
 * `npm run codegen` (graphql-codegen's client preset, `persistedDocuments` with sha256) writes to a
 * manifest of hash → document text. A client names one by its hash, as `documentId` (the GraphQL over
 * HTTP persisted-documents proposal; `sha256:<hex>` or `<hex>`) or as Apollo's
 * `extensions.persistedQuery.sha256Hash`. This replaces Apollo Server's own automatic persisted queries
 * (turned off): there, any client may register any text under its hash, which would trust everything.
 */

export class TrustedDocumentError extends Error {
  constructor(
    readonly code: 'PERSISTED_QUERY_NOT_FOUND' | 'TRUSTED_DOCUMENT_REQUIRED' | 'BAD_REQUEST',
    message: string,
  ) {
    super(message);
  }
}

/** A request's GraphQL parameters, from the JSON body (POST) or the query string (GET). */
export interface GraphQLParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

export class TrustedDocuments {
  constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** The manifest file, or none when it does not exist (every hash is then unknown). */
  static load(file: string): TrustedDocuments {
    if (!existsSync(file)) return new TrustedDocuments(new Map());
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    // The client preset writes `sha256:<hex>` keys; clients may send either form.
    return new TrustedDocuments(
      new Map(Object.entries(manifest).map(([key, text]) => [key.replace(/^sha256:/, ''), text])),
    );
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * Puts the trusted text in place of a hash (the parameters are changed in place) and says whether
   * the request runs a trusted document. A hash this server does not know is refused; text sent
   * without a hash is not trusted.
   */
  resolve(params: GraphQLParams): boolean {
    const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
    const named = params.documentId ?? persisted?.sha256Hash;
    if (named === undefined) return false;
    const hash = typeof named === 'string' ? HASH.exec(named)?.[1] : undefined;
    if (!hash) throw new TrustedDocumentError('BAD_REQUEST', 'A document id must be a sha256 hash (64 hex digits).');
    const text = this.byHash.get(hash);
    // Apollo Client's APQ sends the text with the hash when the hash alone was not found: that text
    // runs, untrusted (so only for callers allowed to send any operation).
    if (text === undefined && typeof params.query !== 'string') {
      throw new TrustedDocumentError('PERSISTED_QUERY_NOT_FOUND', `No trusted document has the hash ${hash}.`);
    }
    if (text !== undefined) params.query = text;
    delete params.documentId;
    if (persisted) {
      const rest = { ...(params.extensions as Record<string, unknown>) };
      delete rest.persistedQuery;
      params.extensions = rest;
    }
    return text !== undefined;
  }
}
