import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { formatWalPosition, parseWalPosition } from '../db/wal-position';
import type { ScopedContext } from './protection/demand-control';
import { sendError } from './protection/http-guard';

/**
 * Read your writes across replicas: a mutation's answer carries a consistency token (the primary's
 * WAL position once its transaction has committed) in this header and in `extensions.consistency`;
 * a read that sends it back in the same header is served by a replica that has replayed that far, or
 * by the primary (src/db/replicas.ts).
 */
export const CONSISTENCY_HEADER = 'x-consistency-token';

/** Reads the token a request sends (res.locals.readAfter); one that is not a WAL position is a 400. */
export const readConsistencyToken: RequestHandler = (req, res, next) => {
  const token = req.headers[CONSISTENCY_HEADER];
  if (token === undefined) return next();
  const position = typeof token === 'string' ? parseWalPosition(token.trim()) : undefined;
  if (position === undefined) {
    sendError(res, 400, 'BAD_REQUEST', `The ${CONSISTENCY_HEADER} header is not a token this API gave.`, {
      header: CONSISTENCY_HEADER,
    });
    return;
  }
  res.locals.readAfter = position;
  next();
};

/**
 * Gives every mutation's answer the token: over a database, the primary's position asked after
 * execution, when the mutation's transaction has committed (at or past its commit record: one
 * statement per mutation, none per read); in a gateway over subgraph services, the latest position
 * the subgraphs answered with (`scope.wrote`, src/gateway/gateway.ts).
 */
export function consistencyPlugin<C extends ScopedContext>(
  writePosition?: () => Promise<string>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      // A mutation refused before execution (limits, validation) wrote nothing: no token, no statement.
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ contextValue, response }) {
          const scope = contextValue.scope;
          if (!executed || scope?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const token =
            scope.wrote !== undefined
              ? formatWalPosition(scope.wrote)
              : writePosition
                ? await writePosition()
                : undefined;
          if (token === undefined) return;
          response.http.headers.set(CONSISTENCY_HEADER, token);
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, consistency: { token } };
        },
      };
    },
  };
}
