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

/**
 * The query GraphiQL opens with (the tests check that the default limits admit it). No comments: the
 * Explorer reprints the query from its syntax tree on every click, which drops them (the guidance is
 * in the page's header instead). `orderBy` takes one object, not a list literal: GraphQL coerces a
 * single value to a list, and the Explorer can show and edit an object but not a list of them.
 */
export const STARTING_QUERY = `query Trusteeship {
  program(code: "COUNTY-HIGH-SCHOOL-TRUSTEESHIP") {
    nameEn
    partnerships(first: 10, orderBy: { field: UNIVERSITY_NAME_EN }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        university {
          nameEn
        }
        county {
          nameZh
          nameEn
          province {
            nameEn
          }
        }
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
  <style>
    html, body, #graphiql { height: 100%; margin: 0; }
    .agapi-guide { font-size: 14px; font-weight: normal; }
  </style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/explorer.js"></script>
  <script>
    // Subscriptions go over WebSocket (graphql-ws) to the same path; the Headers tab (Authorization)
    // is sent as the connection's parameters, where the server reads the token.
    const subscriptionUrl = new URL(${JSON.stringify(endpoint)}, location.href);
    subscriptionUrl.protocol = subscriptionUrl.protocol === 'https:' ? 'wss:' : 'ws:';
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)}, subscriptionUrl: subscriptionUrl.href });
    const defaultQuery = ${JSON.stringify(STARTING_QUERY)};
    // The Explorer (click fields to build a query) opens with the page.
    const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
    // The Explorer focuses each argument input it mounts unless a text area (the editor) has the focus,
    // so at load it scrolled its panel to the last one (first: 10). Until the reader first clicks or
    // types, the focus goes back to the query editor and the panels stay at the top.
    let readerActed = false;
    for (const type of ['pointerdown', 'keydown']) {
      addEventListener(type, () => { readerActed = true; }, { capture: true, once: true });
    }
    document.addEventListener('focusin', (event) => {
      if (readerActed || !event.target.closest('.graphiql-explorer-root')) return;
      document.querySelector('.graphiql-query-editor textarea')?.focus({ preventScroll: true });
      if (document.activeElement === event.target) event.target.blur();
      for (let node = event.target.parentElement; node; node = node.parentElement) node.scrollTop = 0;
    });
    const guide = React.createElement(
      'span',
      { className: 'agapi-guide' },
      'Assistance graph API · Docs (book icon, top left) describes every type and field · ',
      React.createElement('a', { href: '/voyager' }, 'Voyager'),
      ' · ',
      React.createElement('a', { href: '/dashboard' }, 'Dashboard'),
    );
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(
        GraphiQL,
        {
          fetcher,
          defaultQuery,
          defaultHeaders: ${JSON.stringify(headers ? JSON.stringify(headers, null, 2) : undefined)},
          defaultEditorToolsVisibility: true,
          plugins: [explorer],
          visiblePlugin: explorer,
        },
        React.createElement(GraphiQL.Logo, null, guide),
      ),
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
    const root = document.getElementById('voyager');
    GraphQLVoyager.renderVoyager(root, {
      introspection,
      displayOptions: { skipRelay: true, showLeafFields: true },
    });
    // Voyager fits the whole schema in the window, where no box is legible: once drawn, it zooms on a
    // central type (its eye button in the type list, as a reader would). Its footer opens with a
    // satellite emoji, a missing-glyph box where no emoji font is installed: the text stays, the
    // emoji goes.
    const CENTRAL_TYPE = 'Partnership';
    const typeItem = (name) =>
      [...root.querySelectorAll('.typelist-item')].find((item) => item.querySelector('.type-name')?.textContent === name);
    let footerDone = false;
    const drawn = new MutationObserver(() => {
      if (!footerDone) {
        const footer = [...root.querySelectorAll('.doc-panel > *')].find((node) => /Powered by/.test(node.textContent));
        const text = footer && [...footer.querySelectorAll('*')].concat(footer).flatMap((node) => [...node.childNodes])
          .find((child) => child.nodeType === Node.TEXT_NODE && /\\p{Extended_Pictographic}/u.test(child.data));
        if (text) text.data = text.data.replace(/\\p{Extended_Pictographic}\\s*/gu, '');
        footerDone = Boolean(footer);
      }
      if (!document.getElementById('TYPE::' + CENTRAL_TYPE) || !typeItem(CENTRAL_TYPE)) return;
      drawn.disconnect();
      focusCentralType(5);
    });
    // Voyager attaches its pan-and-zoom a moment after drawing and measures its container later still;
    // a focus asked before then lands far off, so it is asked again until the type is in view.
    function focusCentralType(attempts) {
      setTimeout(() => {
        const node = document.getElementById('TYPE::' + CENTRAL_TYPE).getBoundingClientRect();
        const area = root.querySelector('svg').parentElement.getBoundingClientRect();
        const inView = node.left >= area.left && node.right <= area.right && node.top >= area.top && node.height > 200;
        if (inView || attempts === 0) return;
        typeItem(CENTRAL_TYPE).querySelector('.eye-button').click();
        focusCentralType(attempts - 1);
      }, 1000);
    }
    drawn.observe(root, { childList: true, subtree: true });
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
  router.use(dashboardRouter(endpoint, trustedDocumentsFile, headers));
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
