/*
 * The authorization matrix, kept as data: who asks (columns) × what they ask (rows) → the outcome.
 * test/auth.test.ts runs every cell through the gateway over the real database, in-process and
 * distributed. Outcomes:
 *   allowed  the value is there, no error;
 *   null     the field is null with a FORBIDDEN error at its path (the rest of the answer is there);
 *   denied   the field with the argument is refused with FORBIDDEN (a filter or sort on a guarded
 *            field): its root field is null;
 *   hidden   answered without error, but the guarded rows are not matched (filters on names, search).
 */

export type Outcome = 'allowed' | 'null' | 'denied' | 'hidden';

/** Who asks: a role, its organisation (`own` reaches the probe's person, `other` does not), its scopes. */
export interface Principal {
  name: string;
  role: 'anonymous' | 'analyst' | 'university' | 'county' | 'committee' | 'ministry_admin';
  org?: 'own' | 'other';
  scopes?: string[];
}

const PR = ['personal:read'];

export const PRINCIPALS: Principal[] = [
  { name: 'anonymous', role: 'anonymous' },
  { name: 'analyst', role: 'analyst' },
  { name: 'analyst+personal', role: 'analyst', scopes: PR },
  { name: 'university(own)', role: 'university', org: 'own' },
  { name: 'university(own)+personal', role: 'university', org: 'own', scopes: PR },
  { name: 'university(other)+personal', role: 'university', org: 'other', scopes: PR },
  { name: 'county(own)+personal', role: 'county', org: 'own', scopes: PR },
  { name: 'county(other)+personal', role: 'county', org: 'other', scopes: PR },
  // A committee reads like any signed-in role; it has no reach, so no personal attributes.
  { name: 'committee(own)+personal', role: 'committee', org: 'own', scopes: PR },
  { name: 'ministry_admin', role: 'ministry_admin' },
  { name: 'ministry_admin+personal', role: 'ministry_admin', scopes: PR },
];

/** Ids and names the probes use, picked from the seed by SQL before the run. */
export interface Fixtures {
  /** An official named in the source documents (provenance SOURCE_DOCUMENT). */
  officialId: string;
  officialNameZh: string;
  /** A synthetic principal with gender and birth year, at `schoolId`, in the county `countyCode`. */
  principalId: string;
  principalNameZh: string;
  schoolId: string;
  /** A county and a university (assisting that county) whose reach includes the principal. */
  countyCode: string;
  universityCode: string;
  /** A county and a university whose reach does not. */
  otherCountyCode: string;
  otherUniversityCode: string;
}

export interface Probe {
  name: string;
  query: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  /** The guarded field's path in the response (for `null`). */
  path?: (string | number)[];
  /** For `allowed` and `hidden`: what the data must show. */
  allowed?: (data: Record<string, unknown>, f: Fixtures) => boolean;
  hidden?: (data: Record<string, unknown>, f: Fixtures) => boolean;
  outcomes: Record<string, Outcome>;
}

/** Every principal gets `all`, except those listed. */
function only(all: Outcome, except: Record<string, Outcome> = {}): Record<string, Outcome> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p.name, except[p.name] ?? all]));
}

/** Who reads personal attributes of the probe's person: the scope, and a reach that includes it. */
const PERSONAL_FIELD = only('null', {
  'analyst+personal': 'allowed',
  'university(own)+personal': 'allowed',
  'county(own)+personal': 'allowed',
  'ministry_admin+personal': 'allowed',
});
/** Who may filter or sort by them: the scope with a nationwide role only (a filter cannot be bounded by reach). */
const PERSONAL_FILTER = only('denied', { 'analyst+personal': 'allowed', 'ministry_admin+personal': 'allowed' });

const get = (data: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key], data);

export const PROBES: Probe[] = [
  {
    name: 'public facts: divisions, partnerships, programmes, events',
    query: `{ provinces(first: 2) { nodes { code nameEn } } partnerships(first: 2) { totalCount nodes { status } }
              programs(first: 1) { nodes { code } } events(first: 1) { nodes { code nameEn } } }`,
    variables: () => ({}),
    allowed: (d) => (get(d, 'partnerships', 'totalCount') as number) > 0,
    outcomes: only('allowed'),
  },
  {
    name: 'aggregates: statistics and staff counts',
    query: `query ($id: ID!) { statistics(groupBy: [REGION]) { partnerships schools } school(id: $id) { staffCount } }`,
    variables: (f) => ({ id: f.schoolId }),
    allowed: (d) => (get(d, 'school', 'staffCount') as number) > 0,
    outcomes: only('allowed'),
  },
  {
    name: "an official's name (source documents)",
    query: `query ($id: ID!) { person(id: $id) { nameZh nameEn provenance } }`,
    variables: (f) => ({ id: f.officialId }),
    allowed: (d, f) => get(d, 'person', 'nameZh') === f.officialNameZh,
    outcomes: only('allowed'),
  },
  {
    name: "a principal's name (synthetic: not public)",
    query: `query ($id: ID!) { person(id: $id) { id nameZh } }`,
    variables: (f) => ({ id: f.principalId }),
    path: ['person', 'nameZh'],
    allowed: (d, f) => get(d, 'person', 'nameZh') === f.principalNameZh,
    outcomes: only('allowed', { anonymous: 'null' }),
  },
  {
    name: "a school's principal's name, across subgraphs",
    query: `query ($id: ID!) { school(id: $id) { nameZh principal { title person { nameEn } } } }`,
    variables: (f) => ({ id: f.schoolId }),
    path: ['school', 'principal', 'person', 'nameEn'],
    allowed: (d) => typeof get(d, 'school', 'principal', 'person', 'nameEn') === 'string',
    outcomes: only('allowed', { anonymous: 'null' }),
  },
  {
    name: 'gender (personal)',
    query: `query ($id: ID!) { person(id: $id) { id gender } }`,
    variables: (f) => ({ id: f.principalId }),
    path: ['person', 'gender'],
    allowed: (d) => typeof get(d, 'person', 'gender') === 'string',
    outcomes: PERSONAL_FIELD,
  },
  {
    name: 'birth year (personal), through a school',
    query: `query ($id: ID!) { school(id: $id) { principal { person { birthYear } } } }`,
    variables: (f) => ({ id: f.schoolId }),
    path: ['school', 'principal', 'person', 'birthYear'],
    allowed: (d) => typeof get(d, 'school', 'principal', 'person', 'birthYear') === 'number',
    outcomes: PERSONAL_FIELD,
  },
  {
    name: 'filter people by gender',
    query: `{ people(where: { gender: { eq: FEMALE } }, first: 1) { totalCount } }`,
    variables: () => ({}),
    allowed: (d) => (get(d, 'people', 'totalCount') as number) > 0,
    outcomes: PERSONAL_FILTER,
  },
  {
    name: 'filter appointments through the person’s birth year',
    query: `{ appointments(where: { person: { birthYear: { lt: 1990 } } }, first: 1) { totalCount } }`,
    variables: () => ({}),
    allowed: (d) => (get(d, 'appointments', 'totalCount') as number) > 0,
    outcomes: PERSONAL_FILTER,
  },
  {
    name: "filter a school's staff by gender, nested in OR",
    query: `query ($id: ID!) { school(id: $id) { staff(where: { OR: [{ role: { eq: PRINCIPAL } }, { person: { gender: { isNull: false } } }] }) { totalCount } } }`,
    variables: (f) => ({ id: f.schoolId }),
    allowed: (d) => (get(d, 'school', 'staff', 'totalCount') as number) > 0,
    // The refusal fails the list (a non-null connection), and with it the school.
    outcomes: PERSONAL_FILTER,
  },
  {
    name: 'sort people by birth year',
    query: `{ people(orderBy: [{ field: BIRTH_YEAR }], first: 1) { nodes { id } } }`,
    variables: () => ({}),
    allowed: (d) => (get(d, 'people', 'nodes') as unknown[]).length === 1,
    outcomes: PERSONAL_FILTER,
  },
  {
    name: 'sort people by name',
    query: `{ people(orderBy: [{ field: NAME_ZH }], first: 1) { nodes { id } } }`,
    variables: () => ({}),
    allowed: (d) => (get(d, 'people', 'nodes') as unknown[]).length === 1,
    outcomes: only('allowed', { anonymous: 'denied' }),
  },
  {
    name: "sort a school's staff by their people's names (through a relation)",
    query: `query ($id: ID!) { school(id: $id) { staff(orderBy: [{ field: PERSON_NAME_EN }], first: 3) { totalCount } } }`,
    variables: (f) => ({ id: f.schoolId }),
    allowed: (d) => (get(d, 'school', 'staff', 'totalCount') as number) > 0,
    outcomes: only('allowed', { anonymous: 'denied' }),
  },
  {
    name: 'find a principal by name (where)',
    query: `query ($name: String!) { people(where: { nameZh: { eq: $name } }) { nodes { id } } }`,
    variables: (f) => ({ name: f.principalNameZh }),
    allowed: (d, f) => (get(d, 'people', 'nodes') as { id: string }[]).some((n) => n.id === f.principalId),
    hidden: (d, f) => !(get(d, 'people', 'nodes') as { id: string }[]).some((n) => n.id === f.principalId),
    outcomes: only('allowed', { anonymous: 'hidden' }),
  },
  {
    name: 'find an official by name (where)',
    query: `query ($name: String!) { people(where: { nameZh: { eq: $name } }) { nodes { id } } }`,
    variables: (f) => ({ name: f.officialNameZh }),
    allowed: (d, f) => (get(d, 'people', 'nodes') as { id: string }[]).some((n) => n.id === f.officialId),
    outcomes: only('allowed'),
  },
  {
    name: 'search a principal by name',
    query: `query ($text: String!) { search(text: $text, types: [PERSON], first: 100) { matchedName node { ... on Person { id } } } }`,
    variables: (f) => ({ text: f.principalNameZh }),
    allowed: (d, f) => (get(d, 'search') as { node: { id: string } }[]).some((h) => h.node.id === f.principalId),
    hidden: (d, f) => !(get(d, 'search') as { node: { id?: string } }[]).some((h) => h.node.id === f.principalId),
    outcomes: only('allowed', { anonymous: 'hidden' }),
  },
  {
    name: 'search an official by name',
    query: `query ($text: String!) { search(text: $text, types: [PERSON], first: 5) { node { ... on Person { id nameEn } } } }`,
    variables: (f) => ({ text: f.officialNameZh }),
    allowed: (d, f) => (get(d, 'search') as { node: { id: string } }[]).some((h) => h.node.id === f.officialId),
    outcomes: only('allowed'),
  },
];
