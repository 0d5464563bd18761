import express, { type Router } from 'express';
import path from 'node:path';

/** Serves one file of an installed npm package, so the page needs no other host. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
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

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Assistance graph API · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = ${JSON.stringify(STARTING_QUERY)};
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}

/** GraphiQL from local npm assets: GET /graphql from a browser gets the page, everything else goes to the API. */
export function graphiqlRouter(endpoint = '/graphql'): Router {
  const router = express.Router();
  router.get('/graphiql/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get(endpoint, (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || req.query.query) return next();
    res.type('html').send(page(endpoint));
  });
  return router;
}
