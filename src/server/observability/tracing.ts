import { appendFileSync } from 'node:fs';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan, Sampler, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/*
 * OpenTelemetry tracing, off unless configured. Every package below is required lazily, inside
 * startTracing, so with tracing off nothing is loaded, patched or registered: @opentelemetry/api stays
 * without a provider or a context manager and every span the libraries ask for is a no-op.
 *
 * On, the span tree of one request is
 *   HTTP server span (instrumentation-http: `POST /graphql`, W3C traceparent read from the request)
 *   └ gateway.request (@apollo/gateway's own spans: the GraphQL operation, `graphql.operation.name`)
 *     ├ gateway.validate, gateway.plan
 *     └ gateway.execute
 *       └ gateway.fetch (one per subgraph fetch, `service`)
 *         in process:  └ graphql execute span `query` (instrumentation-graphql) └ pg.query:… (`db.query.text`)
 *         distributed: └ HTTP client span `POST` (traceparent injected into the request to the subgraph)
 *                        └ [subgraph process] HTTP server span └ `query` └ pg.query:…
 * (graphql.parse and graphql.validate spans sit next to the operation, and under each in-process fetch.)
 * Only requests start traces (the sampler below): schema parsing at start, migrations and the pool's
 * own statements record nothing. /health, /ready and metrics scrapes are not traced.
 */

export interface Tracing {
  enabled: boolean;
  /** Ends tracing: flushes the spans still batched to the exporter (bounded) and unregisters. */
  shutdown(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/** Where spans go: OTLP over HTTP (the standard variables), or a JSON-lines file (tests, debugging). */
export type TraceTarget = { kind: 'otlp' } | { kind: 'file'; path: string };

/**
 * On with `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`); the exporter reads
 * them itself, with `OTEL_EXPORTER_OTLP_HEADERS` and the rest of the standard variables.
 * `OTEL_TRACES_EXPORTER=file:<path>` (not a standard value: a test and debugging aid) writes every
 * finished span as one JSON line to that file instead. `OTEL_SDK_DISABLED=true` or
 * `OTEL_TRACES_EXPORTER=none` turn it off.
 */
export function traceTarget(env: Env = process.env): TraceTarget | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter === 'none') return null;
  if (exporter?.startsWith('file:') && exporter.length > 'file:'.length) {
    return { kind: 'file', path: exporter.slice('file:'.length) };
  }
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim())
    return { kind: 'otlp' };
  return null;
}

const OFF: Tracing = { enabled: false, shutdown: async () => undefined };

/**
 * Starts tracing for this process when configured (see traceTarget); `OTEL_SERVICE_NAME` overrides
 * `serviceName`. Call it before anything loads `http`, `pg` or `graphql`: instrumentations patch
 * modules as they are required. Without configuration it returns at once and does nothing.
 */
export function startTracing(serviceName: string, env: Env = process.env): Tracing {
  const target = traceTarget(env);
  if (!target) return OFF;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { registerInstrumentations } =
    require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const {
    NodeTracerProvider,
    BatchSpanProcessor,
    SimpleSpanProcessor,
    ParentBasedSampler,
    TraceIdRatioBasedSampler,
    SamplingDecision,
  } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { resourceFromAttributes, detectResources, envDetector } =
    require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const untraced = new Set(['/health', '/ready', env.METRICS_PATH ?? '/metrics']);
  // Created first: each hooks `require` as it is constructed, before the exporter loads anything.
  const instrumentations: Instrumentation[] = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => untraced.has((request.url ?? '').split('?')[0]),
      // Outgoing requests outside any request (none today) would each start a trace of their own.
      requireParentforOutgoingSpans: true,
      // A request id the caller chose (then the log's reqId) stays findable in its trace.
      headersToSpanAttributes: { server: { requestHeaders: ['x-request-id'] } },
    }),
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
    // The execute span of each subgraph operation (parse and validate spans too); no span per resolver.
    new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
  ];

  let processor: SpanProcessor;
  if (target.kind === 'file') {
    processor = new SimpleSpanProcessor(new JsonLinesExporter(target.path));
  } else {
    const { OTLPTraceExporter } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter());
  }
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) win over the default name.
  const resource = resourceFromAttributes({ 'service.name': serviceName }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  // Only requests start traces: a span with no parent is kept only when it is a server span (an HTTP
  // request), so the schema parsing at start, migrations and the like record nothing. A traced caller's
  // decision (traceparent's sampled flag) is followed; `OTEL_TRACES_SAMPLER=parentbased_traceidratio`
  // with `OTEL_TRACES_SAMPLER_ARG` keeps that fraction of the requests that start a trace here.
  const ratio = /traceidratio$/.test(env.OTEL_TRACES_SAMPLER ?? '') ? Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1) : 1;
  const requests = new TraceIdRatioBasedSampler(Number.isFinite(ratio) ? ratio : 1);
  const root: Sampler = {
    shouldSample: (context, traceId, _name, kind) =>
      kind === SpanKind.SERVER ? requests.shouldSample(context, traceId) : { decision: SamplingDecision.NOT_RECORD },
    toString: () => `RequestsOnly{${requests.toString()}}`,
  };
  const sampler = new ParentBasedSampler({ root });
  const provider = new NodeTracerProvider({ resource, sampler, spanProcessors: [processor] });
  // The global provider, the AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations });

  let stopped: Promise<void> | undefined;
  return {
    enabled: true,
    shutdown: () =>
      (stopped ??= (async () => {
        try {
          await provider.forceFlush();
        } finally {
          unregister();
          await provider.shutdown();
        }
      })()),
  };
}

/** One JSON object per finished span, appended to a file: what the tracing test reads. */
export class JsonLinesExporter implements SpanExporter {
  constructor(private readonly path: string) {}

  export(spans: ReadableSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    try {
      appendFileSync(this.path, spans.map((span) => `${JSON.stringify(spanRecord(span))}\n`).join(''));
      done({ code: 0 });
    } catch (error) {
      done({ code: 1, error: error as Error });
    }
  }

  async shutdown(): Promise<void> {}
}

export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  /** SpanKind: 0 internal, 1 server, 2 client. */
  kind: number;
  service: string;
  scope: string;
  attributes: Record<string, unknown>;
  /** Start and duration in milliseconds. */
  start: number;
  ms: number;
  status: number;
}

function spanRecord(span: ReadableSpan): SpanRecord {
  const context = span.spanContext();
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    name: span.name,
    kind: span.kind,
    service: String(span.resource.attributes['service.name']),
    scope: span.instrumentationScope.name,
    attributes: span.attributes,
    start: span.startTime[0] * 1e3 + span.startTime[1] / 1e6,
    ms: span.duration[0] * 1e3 + span.duration[1] / 1e6,
    status: span.status.code,
  };
}
