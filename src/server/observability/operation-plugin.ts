import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { metrics } from './metrics';
import { currentRecord } from './request-record';

/** Counts operations and notes each one's name in the request's record. */
export function operationPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      metrics.graphqlRequests.inc();
      return {
        async didResolveOperation({ operationName }) {
          const record = currentRecord();
          if (record) record.operationName = operationName ?? null;
        },
      };
    },
  };
}

/** Counts one SQL statement, for the process and for the request it belongs to. */
export function countStatement(): void {
  metrics.sqlStatements.inc();
  const record = currentRecord();
  if (record) record.sql++;
}
