import { declarePolicy, mergePolicies } from '../graphql/auth/policy';
import { assistancePolicy } from './assistance/policy';
import { directoryPolicy } from './directory/policy';
import { peoplePolicy } from './people/policy';

/*
 * The rights tables the engine enforces, merged once from each subgraph's policy (its own tables' rules):
 * loaded by every subgraph, so that a subgraph served alone enforces the same rights as the composed API
 * (a person's reach, for one, has parts from the people and the assistance tables).
 */
export const POLICY = mergePolicies({ directory: directoryPolicy, people: peoplePolicy, assistance: assistancePolicy });
declarePolicy(POLICY);
