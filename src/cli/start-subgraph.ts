import 'reflect-metadata';
import { ConfigError, loadSettings, SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { openDatabase } from '../db/bootstrap';
import { startSubgraphServer } from '../server/api';
import { log, runCli } from './run';

/** `npm run start:subgraph -- <name>`: one subgraph as its own HTTP service on PORT. */
runCli(async (onStop) => {
  const name = process.argv[2] as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name)) {
    throw new ConfigError(`usage: start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
  }
  const settings = loadSettings();
  const db = await openDatabase(settings, log, { seedIfEmpty: false });
  onStop(db.close);
  const server = await startSubgraphServer(name, settings, db.orm, log);
  onStop(server.stop);
  log(`subgraph ${name} ready at ${server.url}`);
});
