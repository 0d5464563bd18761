import express, { type Router } from 'express';
import { parse } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SCHEMA_DIR } from '../config';

/*
 * The example dashboard at /dashboard: a static page (web/dashboard/) that POSTs the example
 * operations of schema/operations to the public API, as any client would, and draws them with
 * ECharts. Everything it loads comes from this server.
 */

const WEB_DIR = path.join(PROJECT_ROOT, 'web', 'dashboard');

const ASSETS: Record<string, string> = {
  'dashboard.js': path.join(WEB_DIR, 'dashboard.js'),
  'dashboard.css': path.join(WEB_DIR, 'dashboard.css'),
  'echarts.js': path.join(path.dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js'),
  // The live panels follow the change feed over Server-Sent Events (graphql-sse's browser build).
  'graphql-sse.js': path.join(path.dirname(require.resolve('graphql-sse/package.json')), 'umd', 'graphql-sse.min.js'),
};

/** The operation documents the dashboard sends, by operation name: the files' own text. */
const OPERATION_FILES: Record<string, string> = {
  ProgramReach: 'coverage-by-province.graphql',
  CoverageByProvince: 'coverage-by-province.graphql',
  CoverageByCounty: 'coverage-by-province.graphql',
  ActivitiesPerMonth: 'activities-per-month.graphql',
  PeopleTrainedByRegion: 'people-trained-by-region.graphql',
  CountySchools: 'county-schools.graphql',
  TrackingBoard: 'tracking.graphql',
  TrackingRollup: 'tracking.graphql',
};

/** An operation the dashboard sends: its text, and its trusted-document id when the manifest has it. */
interface DashboardOperation {
  query: string;
  documentId?: string;
}

let operations: Record<string, DashboardOperation> | undefined;
/**
 * The dashboard names each operation by its trusted-document id when the manifest holds it (found by
 * the operation's name), so that it also works where anonymous callers may only run trusted documents.
 */
function operationDocuments(manifestFile: string): Record<string, DashboardOperation> {
  operations ??= (() => {
    const manifest = existsSync(manifestFile)
      ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>)
      : {};
    const idByName = new Map<string, string>();
    for (const [id, text] of Object.entries(manifest)) {
      for (const definition of parse(text).definitions) {
        if (definition.kind === 'OperationDefinition' && definition.name) idByName.set(definition.name.value, id);
      }
    }
    return Object.fromEntries(
      Object.entries(OPERATION_FILES).map(([name, file]) => {
        const query = readFileSync(path.join(SCHEMA_DIR, 'operations', file), 'utf8');
        const documentId = idByName.get(name);
        return [name, documentId ? { query, documentId } : { query }];
      }),
    );
  })();
  return operations;
}

/** The page; `authorization` (development servers only) lets its live panels follow changes at once. */
function page(endpoint: string, authorization: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Assistance graph API · Dashboard</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/dashboard/dashboard.css">
</head>
<body data-endpoint="${endpoint}"${authorization ? ` data-authorization="${escapeAttribute(authorization)}"` : ''}>
  <header>
    <h1>Rural assistance programmes</h1>
    <p class="lead">An example dashboard built only on the public API (<a href="/graphql">GraphiQL</a>,
      <a href="/voyager">Voyager</a>) and the operations in <code>schema/operations/</code>.</p>
    <form id="filters">
      <label>Programme <select name="program"></select></label>
      <label>Region <select name="region">
        <option value="">all regions</option>
        <option value="EAST">East</option>
        <option value="CENTRAL">Central</option>
        <option value="WEST">West</option>
        <option value="NORTHEAST">Northeast</option>
      </select></label>
      <label>Years <select name="fromYear"></select></label>
      <label>to <select name="toYear"></select></label>
      <label>Tracking as of <input type="date" name="asOf" value="2025-10-31"></label>
    </form>
    <form id="live">
      <label>Live updates of activities and tracking: bearer token
        <input type="password" name="token" autocomplete="off" placeholder="a token of any role that follows changes"></label>
      <button type="submit">Follow</button>
      <output class="live-status" data-state="off">off</output>
    </form>
  </header>
  <main>
    <section id="reach" class="panel wide">
      <h2>What each programme reaches</h2>
      <div class="status"></div>
      <div class="cards"></div>
    </section>
    <section id="coverage" class="panel wide">
      <h2>Coverage by province</h2>
      <p class="note">Counties reached and schools covered by the programme (not dated: years do not apply).
        Click a province for its counties.</p>
      <div class="status"></div>
      <div class="chart"></div>
      <details><summary>Figures</summary><table></table></details>
    </section>
    <section id="drill" class="panel wide" hidden>
      <h2></h2>
      <div class="status"></div>
      <div class="counties"></div>
      <div class="schools"></div>
    </section>
    <section id="activities" class="panel">
      <h2>Activities per month, by university</h2>
      <div class="status"></div>
      <div class="chart"></div>
      <details><summary>Figures</summary><table></table></details>
    </section>
    <section id="trained" class="panel">
      <h2>People trained by region</h2>
      <p class="note">Distinct people in the TRAINEE role, by region of the activity's county.</p>
      <div class="status"></div>
      <div class="chart"></div>
      <details><summary>Figures</summary><table></table></details>
    </section>
    <section id="tracking" class="panel wide">
      <h2>Tracking: partnerships behind or quiet</h2>
      <p class="note">The programme's partnerships by province and status as of the date (the status rules
        are in the schema's descriptions of <code>TrackingStatus</code>), then those behind or quiet, furthest
        behind on the teaching force first, with the problems still open. The seed's activities stop in
        mid-2025: the date starts at 2025-10-31, when some partnerships have gone quiet; by 2026 all have.</p>
      <div class="status"></div>
      <div class="chart"></div>
      <table></table>
    </section>
  </main>
  <script src="/dashboard/echarts.js"></script>
  <script src="/dashboard/graphql-sse.js"></script>
  <script type="module" src="/dashboard/dashboard.js"></script>
</body>
</html>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** GET /dashboard (the page), /dashboard/<asset> and /dashboard/operations.json. */
export function dashboardRouter(
  endpoint: string,
  manifestFile: string,
  /** Headers a development server presets (src/server/auth/development.ts); none in production. */
  headers: () => Promise<Record<string, string> | undefined> = async () => undefined,
): Router {
  const router = express.Router();
  router.get('/dashboard', async (_req, res) => {
    res.type('html').send(page(endpoint, (await headers())?.Authorization));
  });
  router.get('/dashboard/operations.json', (_req, res) => {
    res.json(operationDocuments(manifestFile));
  });
  router.get('/dashboard/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1h' });
  });
  return router;
}
