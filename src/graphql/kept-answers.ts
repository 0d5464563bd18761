import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { trace } from '@opentelemetry/api';
import { Kind } from 'graphql';
import { answersKept, keptAnswersOf, READ_CACHE_NOTE } from '../db/read-cache';
import type { Context } from './context';
import { RawJson } from './sql/shape-text';

/*
 * Whole answers of dashboard operations kept as JSON text (issue 24.3; the mechanism is KeptAnswers in
 * src/db/read-cache.ts): a query whose every root field is declared here is answered from its finished
 * text while nothing its statements read has been written, so a repeated dashboard costs one small
 * statement and a socket write instead of its statements, its resolvers and its serialisation.
 */

const KEPT = new Set<string>();

/**
 * Declares a root query field whose operations' answers may be kept whole; returns the words on freshness
 * its description must carry (so no field is kept without saying so).
 */
export function keptRootField(name: string): string {
  KEPT.add(name);
  return READ_CACHE_NOTE;
}

/**
 * What the answer depends on besides the data: the document and its variables, and the caller's rights
 * (role, organisation, scopes: what rights are decided from, auth/viewer.ts), and the execution path
 * (answers are the same bytes either way; kept apart so each path is measured as itself).
 * Undefined when the operation is not one of kept root fields only.
 */
function keyOf(request: GatewayGraphQLRequestContext, context: Context): string | undefined {
  const { operation } = request;
  if (operation.operation !== 'query' || typeof request.source !== 'string') return undefined;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !KEPT.has(selection.name.value)) return undefined;
  }
  const { viewer } = context;
  return JSON.stringify([
    viewer.role,
    viewer.org,
    [...viewer.scopes].sort(),
    context.compile,
    request.operationName ?? null,
    request.source,
    request.request.variables ?? null,
  ]);
}

/** `run`'s answer, or the kept text of an earlier one while still exact (see above). */
export async function keepingAnswers(
  request: GatewayGraphQLRequestContext,
  context: Context,
  run: () => Promise<GatewayExecutionResult>,
): Promise<GatewayExecutionResult> {
  const key = answersKept() ? keyOf(request, context) : undefined;
  if (key === undefined) return run();
  let database: Context['database'];
  try {
    database = context.database;
  } catch {
    // Abandoned already: the operation reports it as it does anywhere.
    return run();
  }
  let ran = false;
  let answer: { text: string } | { value: GatewayExecutionResult };
  try {
    answer = await keptAnswersOf(database).answer(database, key, async () => {
      ran = true;
      const result = await run();
      const keepable = !result.errors?.length && result.data && !result.extensions;
      const text = !keepable
        ? undefined
        : result.data instanceof RawJson
          ? result.data.text
          : JSON.stringify(result.data);
      return { value: result, text };
    });
  } catch (error) {
    // The counters could not be read (the database is down, the request abandoned): the operation
    // runs as if nothing were kept, and reports its own failure as it does anywhere (a masked error
    // in the answer, not a failed HTTP request).
    if (ran) throw error;
    return run();
  }
  if ('value' in answer) return answer.value;
  trace.getActiveSpan()?.setAttribute('api.execution', 'kept answer');
  return { data: new RawJson(answer.text) as unknown as Record<string, unknown> };
}
