import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Limits } from '../../config';
import type { Viewer } from '../../graphql/auth/viewer';
import { currentRecord } from '../observability/request-record';
import { CostBudget } from './cost-budget';
import { estimateCost, type CostModel } from './cost';
import { InputGuard } from './input-guard';
import { DocumentMemo, variablesKey } from '../../graphql/document-memo';
import { LimitError, refusalExtensions } from './limit-error';
import type { CallerBudget } from './shared-budget';

/** What the HTTP layer knows of a request, for every context it builds. */
export interface RequestScope {
  /** Who is calling, for the cost budget: the token's subject, else the client address. */
  caller: string;
  /** The verified caller (anonymous without a token). */
  viewer: Viewer;
  /** The bearer token as sent, passed on to subgraph services in distributed mode. */
  token: string | null;
  /** The request's id (logs, the audit trail of writes), passed on to subgraph services as `x-request-id`. */
  requestId?: string;
  /** Aborted when the deadline passes or the client goes away: no new SQL starts after that. */
  signal: AbortSignal;
  /** A read must see the write at this WAL position (the request's consistency token, src/server/consistency.ts). */
  readAfter?: bigint;
  /** In a gateway over subgraph services: the latest WAL position a subgraph's mutation answered with. */
  wrote?: bigint;
  /** The kind of operation, once resolved (before execution): read-only queries may use replicas. */
  operation?: 'query' | 'mutation' | 'subscription';
  /** The cost was taken from the caller's budget already (by the fast lane, before it handed the request on). */
  prepaid?: boolean;
}

export interface ScopedContext extends BaseContext {
  scope?: RequestScope;
}

/**
 * The checks and prices of operations, shared by Apollo Server's plugin (below) and the fast lane
 * (src/server/fast-lane.ts), so that an operation priced on one path is known to the other and a
 * caller's budget is one budget.
 */
export class Demand {
  // The same operation with the same variables costs the same and passes the input guard the same:
  // checked and priced once.
  private readonly costs = new DocumentMemo<number>({ maxBytes: 4_000_000 });
  private readonly inputs: InputGuard;
  readonly budget: CallerBudget | undefined;

  constructor(
    private readonly model: CostModel,
    readonly limits: Limits,
    // Shared by the processes over one database (shared-budget.ts); else one in this process.
    shared?: CallerBudget,
  ) {
    this.inputs = new InputGuard(limits);
    this.budget =
      limits.costBudget > 0 ? (shared ?? new CostBudget(limits.costBudget, limits.costBudgetWindowSeconds)) : undefined;
  }

  /** The operation's estimated cost; throws when an input is over its caps (checked on every new set of variables). */
  price(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number {
    // The input guard reads only the declared variables, which key the memo: an operation priced
    // with these values passed it. Variables the key cannot be made of (nested too deep to
    // serialise) meet the guard, which refuses them.
    let key: string | undefined;
    try {
      key = variablesKey(document, operationName, variables);
    } catch {
      this.inputs.check(schema, document, operation, variables);
    }
    return this.costs.get(
      document,
      operationName,
      variables,
      () => {
        this.inputs.check(schema, document, operation, variables);
        return estimateCost(schema, this.model, document, operationName, variables);
      },
      '',
      key,
    );
  }

  /** The refusal of a cost over the limit per operation, if it is. */
  overLimit(estimated: number): LimitError | undefined {
    const { maxCost } = this.limits;
    if (estimated <= maxCost) return undefined;
    return new LimitError(
      'COST_LIMIT_EXCEEDED',
      `The operation's estimated cost is ${estimated}; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
      { cost: estimated, limit: maxCost },
    );
  }

  /** Takes the cost from the caller's budget; the refusal (429, Retry-After) when it is spent. Nothing is taken then. */
  async take(caller: string, estimated: number): Promise<LimitError | undefined> {
    const budget = this.budget;
    if (!budget) return undefined;
    const taken = await budget.take(caller, estimated);
    if (taken.ok) return undefined;
    return new LimitError(
      'RATE_LIMITED',
      `This caller has spent its budget of ${budget.budget} cost points per ${budget.windowSeconds} s; retry in ${taken.retryAfterSeconds} s.`,
      { cost: estimated, budget: budget.budget, windowSeconds: budget.windowSeconds },
      { status: 429, headers: new Map([['retry-after', String(taken.retryAfterSeconds)]]) },
    );
  }
}

/**
 * Prices each operation after it is parsed and validated and before it is planned or executed
 * (didResolveOperation runs before the gateway's query planner and before any resolver): over
 * `maxCost` it is refused; otherwise its cost is taken from the caller's budget (429 with
 * Retry-After when spent) and reported to the client in `extensions.cost`.
 */
export function demandControlPlugin<C extends ScopedContext>(demand: Demand): ApolloServerPlugin<C> {
  const { maxCost } = demand.limits;
  return {
    async requestDidStart() {
      let estimated: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          if (!operation) {
            // The gateway would fail on it as an internal error; it is the client's.
            throw new GraphQLError(
              request.operationName
                ? `The document has no operation named "${request.operationName}".`
                : 'The document has several operations: say which one with operationName.',
              { extensions: refusalExtensions('OPERATION_RESOLUTION_FAILURE') },
            );
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are served over WebSocket (graphql-ws) or Server-Sent Events (Accept: text/event-stream) on /graphql.',
              { extensions: refusalExtensions('BAD_REQUEST') },
            );
          }
          if (contextValue.scope) contextValue.scope.operation = operation.operation;
          estimated = demand.price(schema, document, operation, operationName, request.variables);
          const record = currentRecord();
          if (record) record.cost = estimated;
          const over = demand.overLimit(estimated);
          if (over) throw over;
          // The fast lane took it already for this request before it handed the request on.
          if (contextValue.scope?.prepaid) return;
          const refused = await demand.take(contextValue.scope?.caller ?? 'unknown', estimated);
          if (refused) throw refused;
        },
        async willSendResponse({ response }) {
          if (estimated === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated, limit: maxCost } };
        },
      };
    },
  };
}
