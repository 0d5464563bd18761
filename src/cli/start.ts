import 'reflect-metadata';
import { loadSettings, SUBGRAPH_NAMES } from '../config';
import { openDatabase } from '../db/bootstrap';
import { startInProcessGateway, startRemoteGateway } from '../server/api';
import { log, runCli } from './run';

/** `npm start`: the supergraph with GraphiQL; in-process subgraphs unless SUBGRAPH_*_URL are set. */
runCli(async (onStop) => {
  const settings = loadSettings();
  const remote = Object.keys(settings.subgraphUrls).length === SUBGRAPH_NAMES.length;
  if (remote) {
    const server = await startRemoteGateway(settings, log);
    onStop(server.stop);
    log(`gateway over subgraph servers ready at ${server.url}`);
    return;
  }
  const db = await openDatabase(settings, log, { seedIfEmpty: true });
  onStop(db.close);
  const server = await startInProcessGateway(settings, db.orm, log);
  onStop(server.stop);
  log(`supergraph ready at ${server.url} (GraphiQL in a browser; health at /health)`);
});
