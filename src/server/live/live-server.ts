import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/express';
import { useServer } from 'graphql-ws/use/ws';
import type { Server as HttpServer } from 'node:http';
import { WebSocketServer } from 'ws';
import type { AuthSettings, Limits, LiveSettings } from '../../config';
import { ORGANISATION_ROLES, type OrganisationRole, type Viewer } from '../../graphql/auth/viewer';
import { createContext, type Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { organisationReach } from '../../graphql/feed/feed';
import { inReach, matches, type Reach } from '../../graphql/feed/filter';
import type { LiveFeed } from '../../graphql/feed/types';
import { AuthenticationError, createAuthenticator, type Authenticated } from '../auth/tokens';
import type { Logger } from '../observability/logger';
import { estimateCost, type CostModel } from '../protection/cost';
import { InputGuard } from '../protection/input-guard';
import { LimitError } from '../protection/limit-error';
import { shapeRules } from '../protection/shape-rules';
import { FeedHub } from './hub';
import { ChangeStream, StreamClosed } from './stream';

/*
 * Subscriptions on /graphql in the in-process API: graphql-ws over WebSocket and graphql-sse over
 * Server-Sent Events (distinct connections: `Accept: text/event-stream`), both through one path:
 *   - the token is verified when the connection opens (a bad one is refused; none: refused too, a
 *     stream needs someone whose rights and expiry it follows), and every stream ends at its `exp`;
 *   - each operation is parsed with the token limit, validated with the query limits (depth,
 *     aliases, root fields, directives), priced like a query (maxCost), and counted against a cap per
 *     caller and per process (SUBSCRIPTION_LIMIT_EXCEEDED);
 *   - events are the feed's entries in the subscriber's reach and filter; each one is executed with a
 *     fresh context (its own EntityManager fork and loaders, the subscriber's viewer), so the fields
 *     it selects obey the same rules as a query;
 *   - a heartbeat (WebSocket ping, SSE comment); a subscriber whose connection stops draining (send
 *     buffer over maxBufferedBytes) or whose queue passes maxQueue is cut with SLOW_CONSUMER.
 */

/**
 * Distributed mode: a subscription admitted, validated, priced and counted here runs at a gateway over
 * the subgraph that serves it (src/gateway/hive.ts), with the caller's token; its results come back.
 */
export type RemoteSubscribe = (request: {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
  authorization: string;
}) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;

export interface LiveServerOptions {
  /** Events are executed on it, as requests are (absent with `remote`). */
  orm?: MikroORM;
  /**
   * The feed's own (small) pool: the hub, catch-ups and reach, background reads that neither take a
   * request's connection nor count among its statements (absent with `remote`).
   */
  feedOrm?: MikroORM;
  /** Instead of the feed of this process: subscriptions run through a gateway (distributed mode). */
  remote?: RemoteSubscribe;
  /** The in-process executable schema (the one queries run on), or the client-facing schema with `remote`. */
  schema: GraphQLSchema;
  costModel: CostModel;
  limits: Limits;
  live: LiveSettings;
  auth: AuthSettings;
  logger: Logger;
  production: boolean;
  /** Formats errors for clients as queries' are (masking internal ones in production). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** Who holds a connection: the verified caller and until when. */
interface Caller {
  viewer: Viewer;
  expiresAt: number | undefined;
  /** The verified `Bearer …` header, passed on with `remote`. */
  authorization: string;
  /** Bytes waiting in the connection's send buffer. */
  buffered: () => number;
}

const NATIONWIDE = new Set<Viewer['role']>(['analyst', 'ministry_admin']);

export class LiveServer {
  /** The feed's hub (undefined with `remote`: the subgraph serving the subscriptions has it). */
  readonly hub: FeedHub | undefined;
  private readonly perCaller = new Map<string, number>();
  private active = 0;
  private readonly streams = new Set<ChangeStream>();
  private wss: WebSocketServer | undefined;
  private disposeWs: (() => void | Promise<void>) | undefined;
  private readonly authenticator;
  private readonly rules;
  /** Every string and list of the subscription's arguments capped, as for queries (input-guard.ts). */
  private readonly inputs: InputGuard;

  constructor(private readonly options: LiveServerOptions) {
    this.hub = options.remote
      ? undefined
      : new FeedHub(this.feedOrm, { pollMs: options.live.pollMs, logger: options.logger });
    this.authenticator = createAuthenticator(options.auth);
    this.rules = [...specifiedRules, ...shapeRules(options.limits)];
    this.inputs = new InputGuard(options.limits);
  }

  get subscriptions(): number {
    return this.active;
  }

  private get orm(): MikroORM {
    if (!this.options.orm) throw new Error('the live server has no database (remote subscriptions)');
    return this.options.orm;
  }

  private get feedOrm(): MikroORM {
    if (!this.options.feedOrm) throw new Error('the live server has no feed database (remote subscriptions)');
    return this.options.feedOrm;
  }

  async start(httpServer: HttpServer): Promise<void> {
    await this.hub?.start();
    this.wss = new WebSocketServer({
      server: httpServer,
      path: '/graphql',
      maxPayload: this.options.limits.maxBodyBytes,
    });
    const server = useServer<Record<string, unknown>, { caller?: Caller }>(
      {
        onConnect: async (ctx) => {
          const header = ctx.extra.request.headers.authorization;
          const param = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
          const refusal = await this.admit(typeof param === 'string' ? param : header);
          if ('refused' in refusal) {
            ctx.extra.socket.close(4401, refusal.refused.slice(0, 120));
            return false;
          }
          const socket = ctx.extra.socket;
          ctx.extra.caller = { ...refusal, buffered: () => socket.bufferedAmount };
          return true;
        },
        onSubscribe: (ctx, _id, payload) => {
          const caller = ctx.extra.caller!;
          const prepared = this.prepare(caller, payload.query, payload.variables ?? undefined, payload.operationName);
          return prepared;
        },
        subscribe: (args) => this.subscribe(args),
      },
      this.wss,
      this.options.live.keepAliveMs,
    );
    this.disposeWs = () => server.dispose();
  }

  /** The SSE handler (distinct connections mode): requests that accept text/event-stream. */
  sseHandler(): RequestHandler {
    const handler = createSseHandler<{ caller: Caller }>({
      onSubscribe: (req, params) => {
        const caller = (req.context.res as Response).locals.liveCaller as Caller;
        const prepared = this.prepare(caller, params.query, params.variables, params.operationName);
        if (Array.isArray(prepared)) {
          return [
            JSON.stringify({ errors: prepared.map((error) => this.format(error)) }),
            { status: 400, statusText: 'Bad Request' },
          ];
        }
        return prepared as ExecutionArgs & { contextValue: { caller: Caller } };
      },
      subscribe: (args) => this.subscribe(args as ExecutionArgs),
    });
    return async (req: Request, res: Response, next) => {
      if (!String(req.headers.accept ?? '').includes('text/event-stream')) return next();
      const admitted = await this.admit(req.headers.authorization);
      if ('refused' in admitted) {
        res.status(401).json({ errors: [{ message: admitted.refused, extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      res.locals.liveCaller = { ...admitted, buffered: () => res.writableLength } satisfies Caller;
      await handler(req, res);
    };
  }

  /** Verifies the token a connection opens with. */
  private async admit(authorization: string | undefined): Promise<Omit<Caller, 'buffered'> | { refused: string }> {
    let who: Authenticated;
    try {
      who = await this.authenticator.authenticate(authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) return { refused: `The bearer token was refused: ${error.message}.` };
      throw error;
    }
    if (who.viewer.role === 'anonymous') return { refused: 'Subscriptions need a bearer token.' };
    return { viewer: who.viewer, expiresAt: who.expiresAt, authorization: authorization! };
  }

  /** Parses, validates and prices one operation; the execution arguments, or the errors to answer. */
  private prepare(
    caller: Caller,
    query: string | undefined,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
  ): ExecutionArgs | GraphQLError[] {
    const { limits, live } = this.options;
    if (typeof query !== 'string')
      return [new GraphQLError('Send the subscription as `query`.', { extensions: { code: 'BAD_REQUEST' } })];
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      return [
        new GraphQLError(error instanceof Error ? error.message : 'The document does not parse.', {
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ];
    }
    const errors = validate(this.options.schema, document, this.rules);
    if (errors.length) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === 'OperationDefinition' && (!operationName || definition.name?.value === operationName),
    );
    if (!operation || operation.operation !== 'subscription') {
      return [
        new GraphQLError('Only subscriptions are served here; send queries and mutations as POST /graphql.', {
          extensions: { code: 'BAD_REQUEST' },
        }),
      ];
    }
    try {
      this.inputs.check(this.options.schema, document, operation, variables);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const cost = estimateCost(this.options.schema, this.options.costModel, document, operationName, variables);
    if (cost > limits.maxCost) {
      return [
        new LimitError(
          'COST_LIMIT_EXCEEDED',
          `The subscription's estimated cost per event is ${cost}; the limit is ${limits.maxCost}.`,
          {
            cost,
            limit: limits.maxCost,
          },
        ),
      ];
    }
    const who = caller.viewer.subject ?? 'unknown';
    if (this.active >= live.maxPerProcess) {
      return [
        new LimitError(
          'SUBSCRIPTION_LIMIT_EXCEEDED',
          `This server holds its limit of ${live.maxPerProcess} subscriptions.`,
          {
            limit: live.maxPerProcess,
          },
        ),
      ];
    }
    if ((this.perCaller.get(who) ?? 0) >= live.maxPerCaller) {
      return [
        new LimitError(
          'SUBSCRIPTION_LIMIT_EXCEEDED',
          `This caller holds its limit of ${live.maxPerCaller} subscriptions.`,
          {
            limit: live.maxPerCaller,
          },
        ),
      ];
    }
    if (this.options.remote) {
      const remote = { query, variables, operationName, authorization: caller.authorization };
      return {
        schema: this.options.schema,
        document,
        variableValues: variables,
        operationName,
        contextValue: { caller, remote },
      };
    }
    const context: Context & { caller: Caller } = Object.assign(createContext(this.orm, { viewer: caller.viewer }), {
      live: this.feedFor(caller),
      caller,
      // Subscribers with the same operation and the same rights get the same result for an event.
      shareKey: [
        query,
        operationName ?? '',
        JSON.stringify(variables ?? {}),
        caller.viewer.role,
        caller.viewer.org ?? '',
        [...caller.viewer.scopes].sort().join(' '),
      ].join('\u0000'),
    });
    return { schema: this.options.schema, document, variableValues: variables, operationName, contextValue: context };
  }

  /** The feed as one caller's subscriptions see it: its reach, its queue bound, its token's expiry. */
  private feedFor(caller: Caller): LiveFeed {
    return {
      open: async (_viewer, filter, after) => {
        const reach = await this.reachOf(caller.viewer);
        const orm = this.feedOrm;
        const stream = new ChangeStream(
          this.hub!,
          { connection: orm.em.getConnection(), logger: orm.config.getLogger() },
          {
            after,
            accept: (entry) => inReach(entry, reach) && matches(entry, filter),
            maxQueue: this.options.live.maxQueue,
            expiresAt: caller.expiresAt,
          },
        );
        this.streams.add(stream);
        return stream;
      },
    };
  }

  private async reachOf(viewer: Viewer): Promise<Reach> {
    if (NATIONWIDE.has(viewer.role)) return 'all';
    if (viewer.role in ORGANISATION_ROLES && viewer.org) {
      return organisationReach(this.feedOrm.em.fork(), viewer.role as OrganisationRole, viewer.org);
    }
    throw forbidden(`The role ${viewer.role} follows no changes.`);
  }

  /** Runs a subscription: its source stream, each entry executed with a fresh context. */
  private async subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as Context & { caller: Caller; shareKey: string };
    const { caller } = context;
    const who = caller.viewer.subject ?? 'unknown';
    this.active++;
    this.perCaller.set(who, (this.perCaller.get(who) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.active--;
      const left = (this.perCaller.get(who) ?? 1) - 1;
      if (left > 0) this.perCaller.set(who, left);
      else this.perCaller.delete(who);
    };
    const remote = (args.contextValue as { remote?: Parameters<RemoteSubscribe>[0] }).remote;
    let source: AsyncIterable<unknown> | ExecutionResult;
    try {
      source = remote ? await this.options.remote!(remote) : await createSourceEventStream(args);
    } catch (error) {
      release();
      throw error;
    }
    if (!(Symbol.asyncIterator in source)) {
      release();
      return { errors: (source.errors ?? []).map((error) => asError(this.format(error))) };
    }
    const entries = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const stream = entries instanceof ChangeStream ? entries : undefined;
    let finished = false;
    // A remote stream ends at the token's expiry here too (the subgraph, holding the same token, also ends it).
    let expiry: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      if (!remote || caller.expiresAt === undefined) return;
      expiry = setTimeout(
        () => reject(new StreamClosed('TOKEN_EXPIRED', 'The token has expired.')),
        Math.max(0, caller.expiresAt - Date.now()),
      );
    });
    expired.catch(() => undefined);
    const end = async (): Promise<IteratorResult<ExecutionResult>> => {
      finished = true;
      clearTimeout(expiry);
      release();
      if (stream) this.streams.delete(stream);
      await entries.return?.();
      return { done: true, value: undefined };
    };
    const { maxBufferedBytes } = this.options.live;
    const results: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        if (finished) return { done: true, value: undefined };
        try {
          if (caller.buffered() > maxBufferedBytes) {
            throw new StreamClosed(
              'SLOW_CONSUMER',
              `The connection's send buffer passed ${maxBufferedBytes} bytes; resume after the last position received.`,
            );
          }
          const next = remote ? await Promise.race([entries.next(), expired]) : await entries.next();
          if (next.done) return end();
          if (remote) return { done: false, value: this.formatResult(next.value as ExecutionResult) };
          return { done: false, value: await this.resultOf(next.value as object, args, context) };
        } catch (error) {
          if (!(error instanceof StreamClosed)) throw error;
          await end();
          // The reason, as the stream's last event; resuming `after` the last position loses nothing.
          finished = true;
          return {
            done: false,
            value: { errors: [new GraphQLError(error.message, { extensions: { code: error.code } })] },
          };
        }
      },
      return: () => end(),
      // graphql-sse (and graphql-ws) end only what looks like an async generator when a client goes.
      throw: async (error: unknown) => {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return results;
  }

  /**
   * One event's result for one subscriber, executed once for every subscriber with the same operation
   * and the same rights (the hub hands every stream the same entry object): a fresh context (its own
   * EntityManager fork and loaders, the subscriber's viewer) per event, not per subscriber.
   */
  private resultOf(entry: object, args: ExecutionArgs, context: Context & { caller: Caller; shareKey: string }) {
    let shared = this.sharedResults.get(entry);
    if (!shared) this.sharedResults.set(entry, (shared = new Map()));
    let result = shared.get(context.shareKey);
    if (!result) {
      const perEvent = Object.assign(createContext(this.orm, { viewer: context.caller.viewer }), {
        caller: context.caller,
      });
      result = Promise.resolve(execute({ ...args, rootValue: entry, contextValue: perEvent })).then((executed) =>
        this.formatResult(executed),
      );
      shared.set(context.shareKey, result);
    }
    return result;
  }

  /** Results per event and shareKey, dropped with the event. */
  private readonly sharedResults = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  private format(error: GraphQLError): GraphQLFormattedError {
    return this.options.formatError(error.toJSON(), error);
  }

  /**
   * Errors as clients may see them (masked in production like queries'), as GraphQLErrors again:
   * graphql-ws serialises each result's errors with their toJSON.
   */
  private formatResult(result: ExecutionResult): ExecutionResult {
    if (!result.errors?.length) return { data: result.data };
    return { data: result.data, errors: result.errors.map((error) => asError(this.format(error))) };
  }

  async stop(): Promise<void> {
    for (const stream of this.streams)
      stream.close(
        new StreamClosed(
          'SHUTTING_DOWN',
          'The server is shutting down; resume elsewhere after the last position received.',
        ),
      );
    // graphql-ws sends each WebSocket a close frame and waits until every peer has answered it; a peer
    // that never does (gone mid-handshake, or hostile) would hold the stop for ws's 30 s close timeout.
    // A moment for the polite ones, then the rest are cut.
    const clients = [...(this.wss?.clients ?? [])];
    const disposed = this.disposeWs?.();
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([disposed, new Promise((resolve) => (grace = setTimeout(resolve, CLOSE_GRACE_MS)))]);
    clearTimeout(grace);
    for (const client of clients) client.terminate();
    await disposed;
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await this.hub?.stop();
  }
}

/** How long a stop waits for WebSocket peers to answer the close frame before cutting them. */
const CLOSE_GRACE_MS = 1000;

function asError(formatted: GraphQLFormattedError): GraphQLError {
  return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}
