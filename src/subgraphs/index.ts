import { declarePolicy, mergePolicies } from '../graphql/auth/policy';
import type { SubgraphModule } from '../graphql/federation';
import { assistance } from './assistance';
import { directory } from './directory';
import { people } from './people';
import './feed';

/*
 * The subgraphs of this API, and the one place that loads them all. Importing this module registers
 * every subgraph's listings, which each subgraph's schema needs (a `where` may cross subgraphs:
 * src/shared/cross-links.ts), and the feed's reach across their tables (feed.ts). Every process-wide list
 * is derived from these exports: the ORM's entities (entities.ts), the seed's table order
 * (src/seed/writer.ts), the gateway's builders (src/gateway/subgraphs.ts).
 */

/** In composition order, which is also foreign-key order: a subgraph's tables point only at those before it. */
export const SUBGRAPHS: readonly SubgraphModule[] = [directory, people, assistance];

export { assistance, directory, people };

/*
 * The rights tables the engine enforces, merged once from each subgraph's policy (its own tables' rules)
 * and installed here, where every process loads its subgraphs: a subgraph served alone enforces the same
 * rights as the composed API (a person's reach, for one, has parts from the people and the assistance tables).
 */
export const POLICY = mergePolicies(Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph.policy])));
declarePolicy(POLICY);
