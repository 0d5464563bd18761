/*
 * Requests an attacker (or a careless client) sends, each with the code it must be refused with.
 * Shared by the tests (test/protection.test.ts, which also asserts that no SQL runs) and the
 * adversarial run (npm run stress).
 */

export interface AbusiveRequest {
  name: string;
  /** The JSON body, or raw text for bodies that are not JSON. */
  body: unknown;
  raw?: boolean;
  contentType?: string;
  method?: 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** `extensions.code` of the one error expected. */
  code: string;
  /** Expected HTTP status under `Accept: application/json`. */
  status: number;
}

const repeat = (count: number, make: (index: number) => string, separator = ' ') =>
  Array.from({ length: count }, (_, index) => make(index)).join(separator);

/** schools → county → schools → county … `levels` lists deep, `first: 100` at each list. */
function schoolCountyCycle(levels: number): string {
  const open = repeat(levels, () => 'schools(first: 100) { nodes { county {', ' ');
  const close = repeat(levels, () => '} } }', ' ');
  return `{ ${open} nameEn ${close} }`;
}

/** A real cursor's shape (base64url JSON) with a forged sort value. */
function forgedCursor(value: unknown): string {
  return Buffer.from(
    JSON.stringify({ s: 'nameZh:al,id:al', v: [value, '0192f0e0-0000-7000-8000-000000000000'] }),
  ).toString('base64url');
}

export const ABUSIVE_REQUESTS: AbusiveRequest[] = [
  {
    name: 'deep cycle: schools → county → schools → county …, 12 entity levels, first: 100',
    body: { query: schoolCountyCycle(6) },
    code: 'DEPTH_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'wide fan-out within the depth limit: provinces → counties → schools → staff, 100 each',
    body: {
      query:
        '{ provinces(first: 100) { nodes { counties(first: 100) { nodes { schools(first: 100) { nodes { staff(first: 100) { nodes { id } } } } } } } } }',
    },
    code: 'COST_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'alias bomb: 500 × statistics(groupBy: [COUNTY, UNIVERSITY, MONTH])',
    body: {
      query: `{ ${repeat(500, (i) => `s${i}: statistics(groupBy: [COUNTY, UNIVERSITY, MONTH]) { partnerships }`)} }`,
    },
    code: 'TOKEN_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'alias bomb under the token limit: 40 aliases of one field',
    body: { query: `{ province(code: "64") { ${repeat(40, (i) => `a${i}: code`)} } }` },
    code: 'ALIAS_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'expensive aliases within the other limits: 15 × statistics by county, university and month',
    body: {
      query: `{ ${repeat(15, (i) => `s${i}: statistics(groupBy: [COUNTY, UNIVERSITY, MONTH]) { key { county { schools(first: 100) { nodes { id } } } } }`)} }`,
    },
    code: 'COST_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'root-field flood: 25 lookups under the alias limit',
    body: { query: `{ ${repeat(25, (i) => `p${i}: province(code: "${11 + i}") { id }`)} }` },
    code: 'ROOT_FIELD_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'token flood: 6,000 × __typename',
    body: { query: `{ ${repeat(6000, () => '__typename')} }` },
    code: 'TOKEN_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'directive flood: 30 fragments, each with @include',
    body: { query: `{ province(code: "64") { ${repeat(30, () => '... on Province @include(if: true) { code }')} } }` },
    code: 'DIRECTIVE_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'huge variables: a 2 MB body',
    body: {
      query: 'query ($codes: [String!]) { schools(where: { code: { in: $codes } }) { totalCount } }',
      variables: { codes: Array.from({ length: 200_000 }, (_, i) => `S${i}`) },
    },
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
  },
  {
    name: 'batched array of operations',
    body: Array.from({ length: 100 }, () => ({ query: '{ statistics { partnerships } }' })),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'body that is not JSON',
    body: '{"query": "{ __typename }"',
    raw: true,
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'wrong method',
    body: { query: '{ __typename }' },
    method: 'PUT',
    code: 'METHOD_NOT_ALLOWED',
    status: 405,
  },
  {
    name: 'forged cursor: an object as the sort value',
    body: {
      query: `{ schools(first: 5, orderBy: [{ field: NAME_ZH }], after: "${forgedCursor({ a: 1 })}") { nodes { id } } }`,
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'forged cursor: a number where a name is sorted',
    body: {
      query: `{ schools(first: 5, orderBy: [{ field: NAME_ZH }], after: "${forgedCursor(1)}") { nodes { id } } }`,
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'page size over the maximum',
    body: { query: '{ schools(first: 101) { nodes { id } } }' },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'introspection cycle: fields → type → fields … ',
    body: {
      query: `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`,
    },
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 200,
  },
  {
    name: 'fragment bomb: 30 fragments, each spreading the one before twice',
    body: {
      query: `{ ...F30 } fragment F0 on Query { schools(first: 100) { nodes { id } } } ${Array.from(
        { length: 30 },
        (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
      ).join(' ')}`,
    },
    code: 'COST_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: 'an operation kind the API has no root type for (subscription)',
    body: { query: 'subscription { x }' },
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 200,
  },
  {
    name: 'an operationName the document does not have',
    body: { query: 'query A { __typename }', operationName: 'B' },
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 200,
  },
  {
    name: 'an impossible date in a filter literal',
    body: { query: '{ activities(where: { startDate: { gte: "2023-13-45" } }) { totalCount } }' },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'an impossible date in a variable',
    body: {
      query: 'query ($d: LocalDate) { activities(where: { startDate: { gte: $d } }) { totalCount } }',
      variables: { d: 'today' },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'an id that is not a UUID, in a lookup',
    body: { query: '{ person(id: "vf") { id } }' },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'an id that is not a UUID, in a filter',
    body: { query: '{ schools(where: { id: { in: ["vf"] } }) { totalCount } }' },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a filter following relations 4 deep (each hop a join or EXISTS)',
    body: {
      query:
        '{ schools(first: 1, where: { appointments: { some: { school: { appointments: { some: { school: { code: { eq: "x" } } } } } } } }) { nodes { id } } }',
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a filter nesting NOT 1,000 deep',
    body: {
      query: `{ schools(where: ${'{ NOT: '.repeat(1000)}{ code: { eq: "x" } }${' }'.repeat(1000)}) { totalCount } }`,
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'variables nested 5,000 deep',
    // Raw JSON: building the object and stringifying it would overflow the client's own stack.
    body: `{"query":"query ($where: SchoolWhere) { schools(where: $where) { totalCount } }","variables":{"where":${'{"NOT":'.repeat(5000)}{}${'}'.repeat(5000)}}}`,
    raw: true,
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'the NUL character in text (PostgreSQL cannot compare it)',
    body: { query: 'query ($code: String) { province(code: $code) { id } }', variables: { code: 'a\u0000b' } },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  // Arguments that scale work (issue 20): bounded or priced before any SQL.
  {
    name: 'a 16 KB text filter in a variable, used by 20 aliases',
    body: {
      query: `query ($big: String) { ${repeat(20, (i) => `a${i}: appointments(first: 1, where: { title: { contains: $big } }) { totalCount }`)} }`,
      variables: { big: 'x'.repeat(16_384) },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a 300 KB text filter as a literal',
    body: { query: `{ appointments(where: { title: { contains: "${'y'.repeat(300_000)}" } }) { totalCount } }` },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a 5,000-character id in a lookup',
    body: { query: 'query ($id: ID!) { person(id: $id) { id } }', variables: { id: 'f'.repeat(5_000) } },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a list of 1,001 codes in a filter variable',
    body: {
      query: 'query ($codes: [String!]) { schools(where: { code: { in: $codes } }) { totalCount } }',
      variables: { codes: Array.from({ length: 1_001 }, (_, i) => `S${i}`) },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'a long text inside a JSON import row',
    body: {
      query: 'mutation ($rows: [JSONObject!]!) { importRecords(kind: ACTIVITIES, rows: $rows, dryRun: true) { kind } }',
      variables: { rows: [{ title: 'z'.repeat(5_000) }] },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'orderBy with 1,000 keys (cursors of 1,000 values)',
    body: {
      query: 'query ($o: [SchoolOrderBy!]) { schools(first: 100, orderBy: $o) { edges { cursor } } }',
      variables: { o: Array.from({ length: 1_000 }, () => ({ field: 'NAME_EN' })) },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'orderBy with 400 keys and an after cursor (a keyset condition of 80,000 terms)',
    body: {
      query:
        'query ($o: [SchoolOrderBy!], $after: String) { schools(first: 100, orderBy: $o, after: $after) { nodes { id } } }',
      variables: {
        o: Array.from({ length: 400 }, () => ({ field: 'NAME_EN' })),
        after: Buffer.from(JSON.stringify({ s: 'x', v: Array.from({ length: 401 }, () => 'a') })).toString('base64url'),
      },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: '500 invalid orderBy entries (graphql-js gives up after 50 errors)',
    body: {
      query: 'query ($o: [SchoolOrderBy!]) { schools(first: 5, orderBy: $o) { nodes { id } } }',
      variables: { o: Array.from({ length: 500 }, () => ({ field: 'NOPE' })) },
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: 'orderBy naming one key twice',
    body: {
      query:
        '{ schools(first: 5, orderBy: [{ field: NAME_EN }, { field: NAME_EN, direction: DESC }]) { nodes { id } } }',
    },
    code: 'BAD_USER_INPUT',
    status: 200,
  },
  {
    name: '4 × statistics by county, university, programme, year and improvement task, every partnership measure',
    body: {
      query: `{ ${repeat(4, (i) => `s${i}: statistics(groupBy: [COUNTY, UNIVERSITY, PROGRAM, YEAR, IMPROVEMENT_TASK]) { key { county { id } university { id } program { id } year improvementTask } partnerships universities schools counties provinces }`)} }`,
    },
    code: 'COST_LIMIT_EXCEEDED',
    status: 200,
  },
  {
    name: '16 aliases of a full __schema introspection',
    body: {
      query: `{ ${repeat(16, (i) => `i${i}: __schema { types { name description fields { name description args { name description type { name } } type { name kind ofType { name } } } } }`)} }`,
    },
    code: 'INTROSPECTION_LIMIT_EXCEEDED',
    status: 200,
  },
];
