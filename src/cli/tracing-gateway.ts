import { startTracing } from '../server/observability/tracing';

/*
 * Imported first by src/cli/start.ts, before anything loads `http`, `pg` or `graphql`, so that the
 * instrumentations (when tracing is configured) patch them as they load. Nothing happens otherwise.
 */
export const tracing = startTracing('assistance-graph-gateway');
