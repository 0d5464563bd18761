import express, { type Router } from 'express';
import path from 'node:path';
import { dashboardRouter } from './dashboard';

/** Serves one file of an installed npm package, so the page needs no other host. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
  // The Explorer plugin's UMD build reads React and GraphiQL's own React and GraphQL from the globals above.
  'explorer.js': packageFile('@graphiql/plugin-explorer', 'dist/index.umd.js'),
  'explorer.css': packageFile('@graphiql/plugin-explorer', 'dist/style.css'),
  // Voyager's standalone build carries its own React and draws the graph in a worker made from a blob.
  'voyager.js': packageFile('graphql-voyager', 'dist/voyager.standalone.js'),
  'voyager.css': packageFile('graphql-voyager', 'dist/voyager.css'),
};

/** The query GraphiQL opens with (the tests check that the default limits admit it). */
export const STARTING_QUERY = `# The federated graph of the ministry's university–county assistance.
# Open the Docs panel (top left) for every type and field.
query Trusteeship {
  program(code: "COUNTY-HIGH-SCHOOL-TRUSTEESHIP") {
    nameEn
    partnerships(first: 10, orderBy: [{ field: UNIVERSITY_NAME_EN }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        university { nameEn }
        county { nameZh nameEn province { nameEn } }
      }
    }
  }
}
`;

function page(endpoint: string, headers: Record<string, string> | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Assistance graph API · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <link rel="stylesheet" href="/graphiql/explorer.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/explorer.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = ${JSON.stringify(STARTING_QUERY)};
    // The Explorer (click fields to build a query) opens with the page.
    const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery,
        defaultHeaders: ${JSON.stringify(headers ? JSON.stringify(headers, null, 2) : undefined)},
        defaultEditorToolsVisibility: true,
        plugins: [explorer],
        visiblePlugin: explorer,
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * GraphQL Voyager: the types of the schema this server answers for (the client-facing supergraph, or
 * a subgraph's) and how they relate, from its introspection over POST (as any client would send it).
 */
function voyagerPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Assistance graph API · Voyager</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/voyager.css">
  <style>html, body { height: 100%; margin: 0; overflow: hidden; } #voyager { height: 100vh; }</style>
</head>
<body>
  <main id="voyager">Loading the schema…</main>
  <script src="/graphiql/voyager.js"></script>
  <script>
    const introspection = fetch(${JSON.stringify(endpoint)}, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: GraphQLVoyager.voyagerIntrospectionQuery }),
    }).then((response) => response.json());
    GraphQLVoyager.renderVoyager(document.getElementById('voyager'), {
      introspection,
      displayOptions: { skipRelay: true, showLeafFields: true },
    });
  </script>
</body>
</html>`;
}

/**
 * The browser pages, from local npm assets only: GraphiQL with the Explorer (GET /graphql from a
 * browser; everything else goes to the API), GraphQL Voyager at /voyager and the example dashboard
 * at /dashboard.
 */
export function graphiqlRouter(
  endpoint: string,
  trustedDocumentsFile: string,
  /** Headers GraphiQL opens with (development: a token, src/server/auth/development.ts). */
  headers: () => Promise<Record<string, string> | undefined> = async () => undefined,
): Router {
  const router = express.Router();
  router.use(dashboardRouter(endpoint, trustedDocumentsFile));
  router.get('/graphiql/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  // No icon: answered here so a browser's automatic request is not a 404 on every page.
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  router.get('/voyager', (_req, res) => {
    res.type('html').send(voyagerPage(endpoint));
  });
  router.get(endpoint, async (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || req.query.query) return next();
    res.type('html').send(page(endpoint, await headers()));
  });
  return router;
}
