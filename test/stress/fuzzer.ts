import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { JSON_HEADERS, LEAKS, type RawRequest } from './http';

/*
 * Schema-driven fuzzing, deterministic for a seed: (a) operations that follow the schema (random
 * root field, arguments of the right types with awkward values, sub-selections to a random depth,
 * aliases, sometimes as variables), (b) documents and variables that do not, (c) bodies that are
 * not GraphQL at all. The server's answers are random; the requests are not.
 */

export type FuzzKind = 'valid' | 'invalid-document' | 'invalid-variables' | 'not-graphql';

export interface FuzzCase {
  kind: FuzzKind;
  /** Which generator made it (for the report). */
  generator: string;
  request: RawRequest;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** A literal printed as is (numbers JavaScript cannot hold); in variables it becomes Number(text). */
class Raw {
  constructor(readonly text: string) {}
}

const WORDS = ['wang', 'guyuan', '中学', '王', 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP', '11', 'WEST', 'null', 'undefined'];
const JUNK = [
  '%',
  '_',
  "'",
  '"',
  '\\',
  '\u0000',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\ud800',
  '💥',
  '\n',
  '\t',
  "' OR 1=1 --",
  '$1',
];

const cjk = (rng: Random) => String.fromCodePoint(0x4e00 + rng.int(0, 0x5000));

function text(length: number, alphabet: () => string): string {
  return Array.from({ length }, alphabet).join('');
}

function randomString(rng: Random): string {
  switch (rng.int(0, 7)) {
    case 0:
      return '';
    case 1:
      return rng.pick(WORDS);
    case 2:
      return text(rng.int(1, 12), () => String.fromCharCode(rng.int(97, 122)));
    case 3:
      return text(rng.int(1, 8), () => cjk(rng));
    case 4:
      return text(rng.int(1, 10), () => rng.pick(JUNK));
    case 5:
      return text(rng.int(1000, 20_000), () => (rng.chance(0.5) ? 'x' : cjk(rng)));
    case 6:
      return uuid(rng);
    default:
      return text(rng.int(1, 30), () => String.fromCodePoint(rng.int(1, 0x10ffff)));
  }
}

function uuid(rng: Random): string {
  const hex = () => rng.int(0, 15).toString(16);
  return `${text(8, hex)}-${text(4, hex)}-7${text(3, hex)}-8${text(3, hex)}-${text(12, hex)}`;
}

/** Garbage in a cursor's place: random text, or base64url JSON of the real shape with wrong contents. */
function cursor(rng: Random): string {
  if (rng.chance(0.3)) return randomString(rng);
  const values = [1, 'x', null, { a: 1 }, [1], uuid(rng), 1e308, true, '2023-01-01'];
  const shape = rng.pick([
    () => ({
      s: rng.pick(['nameZh:al,id:al', 'id:al', 'code:dl,id:al', 'zz']),
      v: [rng.pick(values), rng.pick(values)],
    }),
    () => ({ s: 'id:al', v: [] }),
    () => rng.pick(values),
    () => ({ v: Array.from({ length: rng.int(0, 50) }, () => rng.pick(values)) }),
  ]);
  return Buffer.from(JSON.stringify(shape())).toString(rng.chance(0.8) ? 'base64url' : 'base64');
}

function intValue(rng: Random, name: string): unknown {
  if ((name === 'first' || name === 'last') && rng.chance(0.8)) return rng.int(0, 150);
  return rng.pick<() => unknown>([
    () => 0,
    () => 1,
    () => -1,
    () => rng.int(-1000, 1000),
    () => rng.int(1900, 2100),
    () => 2147483647,
    () => -2147483648,
    () => 2147483648,
    () => new Raw('99999999999999999999999999'),
    () => new Raw('-0'),
  ])();
}

function scalarValue(rng: Random, type: string, name: string): unknown {
  switch (type) {
    case 'Int':
      return intValue(rng, name);
    case 'Float':
      return rng.pick<unknown>([0, -1.5, 1e308, -1e-308, new Raw('1e400'), rng.next() * 1000]);
    case 'Boolean':
      return rng.chance(0.5);
    case 'ID':
      return rng.chance(0.6) ? uuid(rng) : randomString(rng);
    case 'LocalDate':
      return rng.pick(['2023-01-01', '2023-12-31', '2023-02-30', '0000-00-00', '99999-01-01', '2023-1-1', '', 'today']);
    case 'DateTimeISO':
      return rng.pick(['2023-01-01T00:00:00Z', '2023-13-01T00:00:00Z', '1970-01-01T00:00:00.000+14:00', 'now', '']);
    default:
      return name === 'after' || name === 'before' ? cursor(rng) : randomString(rng);
  }
}

/** A value of `type` (the right kind at every level; the values themselves may still be refused). */
function inputValue(rng: Random, type: GraphQLInputType, name: string, depth: number): unknown {
  if (!isNonNullType(type) && rng.chance(0.05)) return null;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    return Array.from({ length: rng.int(0, 3) }, () => inputValue(rng, nullable.ofType, name, depth + 1));
  }
  if (isEnumType(nullable)) return rng.pick(nullable.getValues()).name;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || (depth < 4 && rng.chance(0.25)))
        value[field.name] = inputValue(rng, field.type, field.name, depth + 1);
    }
    return value;
  }
  return scalarValue(rng, nullable.name, name);
}

/** A value of some other kind than `type` asks for. */
function wrongValue(rng: Random): unknown {
  return rng.pick<unknown>(['text', 42, -1.5, true, null, [1, 'a'], { nope: 1 }, new Raw('ENUM_THAT_IS_NOT')]);
}

/** GraphQL literal of `value`, typed where `type` is known (enums bare), untyped otherwise. */
function literal(value: unknown, type?: GraphQLInputType): string {
  if (value instanceof Raw) return value.text;
  if (value === null || value === undefined) return 'null';
  const nullable = type && (getNullableType(type) as GraphQLInputType);
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{${Object.entries(value)
      .map(([key, v]) => `${key}: ${literal(v, fields[key]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && nullable && isEnumType(nullable)) return value;
  return JSON.stringify(value);
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Raw) return Number(value.text);
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, jsonValue(v)]));
  }
  return value;
}

interface Build {
  rng: Random;
  schema: GraphQLSchema;
  variables: { name: string; type: string; value: unknown }[];
  useVariables: boolean;
  /** Chance that an argument gets a value of the wrong kind, or that a field name is made up. */
  wrongArguments: number;
  unknownFields: number;
  aliases: number;
}

function args(build: Build, defs: readonly GraphQLArgument[]): string {
  const { rng } = build;
  const out: string[] = [];
  for (const arg of defs) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !rng.chance(0.5)) continue;
    if (rng.chance(build.wrongArguments)) {
      out.push(`${arg.name}: ${literal(wrongValue(rng))}`);
      continue;
    }
    const value = inputValue(rng, arg.type, arg.name, 0);
    if (build.useVariables && rng.chance(0.5)) {
      const name = `v${build.variables.length}`;
      build.variables.push({ name, type: String(arg.type), value });
      out.push(`${arg.name}: $${name}`);
    } else {
      out.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
  }
  return out.length ? `(${out.join(', ')})` : '';
}

function field(build: Build, def: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
  const alias = build.rng.chance(0.2) ? `a${build.aliases++}: ` : '';
  const head = `${alias}${def.name}${args(build, def.args)}`;
  const type = getNamedType(def.type);
  return isLeafType(type) ? head : `${head} { ${selection(build, type as GraphQLCompositeType, depth + 1, maxDepth)} }`;
}

function selection(build: Build, type: GraphQLCompositeType, depth: number, maxDepth: number): string {
  const { rng } = build;
  const parts: string[] = [];
  if (rng.chance(build.unknownFields)) parts.push(`zz${rng.int(0, 999)}`);
  if (isAbstractType(type)) {
    parts.push('__typename');
    for (const possible of build.schema.getPossibleTypes(type)) {
      if (rng.chance(0.3)) parts.push(`... on ${possible.name} { ${selection(build, possible, depth, maxDepth)} }`);
    }
    return parts.join(' ');
  }
  if (!isObjectType(type)) return '__typename';
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const nested = fields.filter((f) => !isLeafType(getNamedType(f.type)));
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  for (let i = rng.int(1, 3); i > 0 && leaves.length; i--) chosen.add(rng.pick(leaves));
  if (depth < maxDepth && nested.length) {
    for (let i = rng.int(1, 2); i > 0; i--) chosen.add(rng.pick(nested));
  }
  if (!chosen.size) return '__typename';
  for (const f of chosen) parts.push(field(build, f, depth, maxDepth));
  return parts.join(' ');
}

export class Fuzzer {
  private readonly rng: Random;
  private readonly roots: GraphQLField<unknown, unknown>[];

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rng = new Random(seed);
    this.roots = Object.values(schema.getQueryType()!.getFields());
  }

  /** The next case: about 45% valid, 25% invalid documents, 10% invalid variables, 20% not GraphQL. */
  next(): FuzzCase {
    // Generated text could hold a leak marker that an error then echoes: such cases are drawn again.
    for (let attempt = 0; attempt < 100; attempt++) {
      const roll = this.rng.next();
      const made =
        roll < 0.45
          ? this.valid()
          : roll < 0.7
            ? this.invalidDocument()
            : roll < 0.8
              ? this.invalidVariables()
              : this.notGraphQL();
      const body = String(made.request.body).toLowerCase();
      if (!LEAKS.some((leak) => body.includes(leak.toLowerCase()))) return made;
    }
    throw new Error('the fuzzer keeps generating leak markers');
  }

  /** An operation of the schema; `wrong` makes some arguments and fields wrong. */
  private operation(options: { variables: boolean; wrong?: number }): {
    query: string;
    variables: Record<string, unknown>;
  } {
    const { rng } = this;
    const build: Build = {
      rng,
      schema: this.schema,
      variables: [],
      useVariables: options.variables,
      wrongArguments: options.wrong ?? 0,
      unknownFields: options.wrong ?? 0,
      aliases: 0,
    };
    // Mostly shallow (those run); sometimes up to 14 levels, past the depth limit of 12.
    const maxDepth = rng.chance(0.7) ? rng.int(1, 4) : rng.int(5, 14);
    const roots = Array.from({ length: rng.chance(0.8) ? 1 : rng.int(2, 4) }, () =>
      field(build, rng.pick(this.roots), 1, maxDepth),
    );
    const header = build.variables.length
      ? `query Fuzz(${build.variables.map((v) => `$${v.name}: ${v.type}`).join(', ')}) `
      : rng.pick(['', 'query ', 'query Fuzz ']);
    const variables = Object.fromEntries(build.variables.map((v) => [v.name, jsonValue(v.value)]));
    return { query: `${header}{ ${roots.join(' ')} }`, variables };
  }

  private valid(): FuzzCase {
    if (this.rng.chance(0.1)) return this.deepWhere();
    if (this.rng.chance(0.15)) return this.scalingArguments();
    const { query, variables } = this.operation({ variables: this.rng.chance(0.4) });
    return { kind: 'valid', generator: 'schema operation', request: post({ query, variables }) };
  }

  /**
   * Well-formed operations whose arguments scale the work (issue 20): long text filters on many
   * aliases, long or repeated orderBy lists (with a cursor), statistics over many dimensions, lists
   * of every size, repeated introspection, megabytes of undeclared variables. Each must be refused
   * with a code before any SQL, or answered within the time and size bounds.
   */
  private scalingArguments(): FuzzCase {
    const { rng } = this;
    const aliases = (count: number, make: (index: number) => string) =>
      Array.from({ length: count }, (_, index) => make(index)).join(' ');
    const listing = rng.pick(['appointments', 'schools', 'people', 'activities', 'counties']);
    const textField = {
      appointments: 'title',
      schools: 'nameZh',
      people: 'nameEn',
      activities: 'title',
      counties: 'nameEn',
    }[listing]!;
    const orderField = {
      appointments: 'START_DATE',
      schools: 'NAME_EN',
      people: 'NAME_EN',
      activities: 'START_DATE',
      counties: 'NAME_EN',
    }[listing]!;
    const dimensions = [
      'PROVINCE',
      'REGION',
      'COUNTY',
      'UNIVERSITY',
      'PROGRAM',
      'YEAR',
      'MONTH',
      'ACTIVITY_KIND',
      'IMPROVEMENT_TASK',
    ];
    const make: [string, () => unknown][] = [
      [
        'long text filter on aliases',
        () => ({
          query: `query ($p: String) { ${aliases(rng.int(1, 30), (i) => `a${i}: ${listing}(first: ${rng.int(1, 100)}, where: { ${textField}: { ${rng.pick(['contains', 'startsWith', 'eq'])}: $p } }) { totalCount nodes { id } }`)} }`,
          variables: {
            p: text(rng.pick([10, 100, 1000, 4000, 4001, 20_000, 300_000]), () => rng.pick(['x', '%', '_', 'a'])),
          },
        }),
      ],
      [
        'long or repeated orderBy',
        () => ({
          query: `query ($o: [${listing === 'people' ? 'Person' : listing === 'activities' ? 'Activity' : listing === 'counties' ? 'County' : listing === 'schools' ? 'School' : 'Appointment'}OrderBy!], $after: String) { ${listing}(first: 100, orderBy: $o, after: $after) { edges { cursor } } }`,
          variables: {
            o: Array.from({ length: rng.pick([1, 2, 5, 6, 50, 400, 1000, 1001]) }, (_, i) =>
              rng.chance(0.5) ? { field: orderField } : { field: i === 0 ? orderField : 'ID', direction: 'DESC' },
            ),
            after: rng.chance(0.5) ? cursor(rng) : null,
          },
        }),
      ],
      [
        'statistics over many dimensions',
        () => {
          const groupBy = dimensions.filter(() => rng.chance(0.5));
          const measures = rng.pick([
            'partnerships universities schools counties provinces',
            'activities participants peopleTrained',
            'partnerships',
          ]);
          return {
            query: `{ ${aliases(rng.int(1, 8), (i) => `s${i}: statistics(groupBy: [${groupBy.join(', ')}]) { key { county { id } university { id } year month } ${measures} }`)} }`,
          };
        },
      ],
      [
        'lists of every size',
        () => ({
          query: 'query ($codes: [String!]) { schools(first: 10, where: { code: { in: $codes } }) { totalCount } }',
          variables: { codes: Array.from({ length: rng.pick([0, 10, 1000, 1001, 5000]) }, (_, i) => `S${i}`) },
        }),
      ],
      [
        'repeated introspection',
        () => ({
          query: `{ ${aliases(rng.int(1, 20), (i) => `i${i}: __schema { types { name fields { name args { name } type { name } } } }`)} }`,
        }),
      ],
      [
        'undeclared junk variables',
        () => ({
          query: '{ r: __typename }',
          variables: { junk: text(rng.int(1000, 200_000), () => rng.int(0, 15).toString(16)) },
        }),
      ],
    ];
    const [generator, body] = rng.pick(make);
    return { kind: 'valid', generator: `scaling arguments: ${generator}`, request: post(body()) };
  }

  /** A valid filter nested hundreds of levels (NOT of NOT…, or relation of relation…), within the token limit. */
  private deepWhere(): FuzzCase {
    const { rng } = this;
    const relation = rng.chance(0.5);
    // Each relation level joins another table (a few are plenty); NOT only nests.
    const levels = relation ? rng.int(1, 12) : rng.int(10, 1200);
    const open = relation ? '{ appointments: { some: { school: ' : '{ NOT: ';
    const close = relation ? ' } } }' : ' }';
    const where = `${open.repeat(levels)}{ code: { eq: "x" } }${close.repeat(levels)}`;
    return {
      kind: 'valid',
      generator: relation ? 'deep where (relations)' : 'deep where (NOT)',
      request: post({ query: `{ schools(first: 1, where: ${where}) { totalCount nodes { id } } }` }),
    };
  }

  private invalidDocument(): FuzzCase {
    const { rng } = this;
    const make: [string, () => unknown][] = [
      ['token soup', () => ({ query: tokenSoup(rng) })],
      [
        'truncated operation',
        () => {
          const { query } = this.operation({ variables: false });
          return { query: query.slice(0, rng.int(0, query.length - 1)) };
        },
      ],
      ['wrong argument types / unknown fields', () => this.operation({ variables: false, wrong: 0.3 })],
      ['deep braces', () => ({ query: deepBraces(rng) })],
      [
        'deep list literal',
        () => ({
          query: `{ schools(where: { code: { in: ${nest(rng.int(10, 2400), '[', ']', '"x"')} } }) { totalCount } }`,
        }),
      ],
      ['unicode junk', () => ({ query: text(rng.int(1, 2000), () => String.fromCodePoint(rng.int(0, 0x10ffff))) })],
      [
        'huge numbers',
        () => ({
          query: `{ schools(first: ${rng.pick(['123456789012345678901234567890', '1e400', '-99999999999', '0x10', '1.5', 'NaN'])}) { totalCount } }`,
        }),
      ],
      ['fragment cycle', () => ({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' })],
      ['fragment bomb', () => ({ query: fragmentBomb(rng) })],
      [
        'not a query type',
        () => ({
          query: rng.pick([
            'mutation { x }',
            'subscription { x }',
            '{ __schema { nope } }',
            'query A { __typename } query A { __typename }',
            '{ a } { b }',
          ]),
        }),
      ],
      [
        'unknown directive or variable',
        () => ({
          query: rng.pick([
            '{ __typename @nope }',
            '{ __typename @skip }',
            '{ schools(first: $nope) { totalCount } }',
            'query ($a: Nope) { __typename }',
          ]),
        }),
      ],
      [
        'operationName mismatch',
        () => ({ query: 'query A { __typename }', operationName: rng.pick(['B', '', 5, null, { a: 1 }]) }),
      ],
      [
        'query of the wrong JSON type',
        () => ({ query: rng.pick<unknown>([123, null, {}, [], true, ['{ __typename }']]) }),
      ],
      ['no query', () => rng.pick<unknown>([{}, { variables: {} }, { operationName: 'A' }, { extensions: 'x' }])],
      [
        'persisted query hash',
        () => ({ extensions: { persistedQuery: { version: 1, sha256Hash: rng.pick(['abc', uuid(rng), '']) } } }),
      ],
    ];
    const [generator, body] = rng.pick(make);
    return { kind: 'invalid-document', generator, request: post(body()) };
  }

  private invalidVariables(): FuzzCase {
    const { rng } = this;
    const query =
      'query ($first: Int, $where: SchoolWhere, $codes: [String!]!, $id: ID!) { ' +
      'schools(first: $first, where: $where) { totalCount } counties(where: { code: { in: $codes } }) { totalCount } school(id: $id) { id } }';
    const good = { first: 1, where: { code: { eq: 'x' } }, codes: ['11'], id: uuid(rng) };
    const make: [string, () => string][] = [
      [
        'wrong types',
        () => JSON.stringify({ query, variables: { ...good, [rng.pick(Object.keys(good))]: wrongValue(rng) } }),
      ],
      ['null for non-null', () => JSON.stringify({ query, variables: { ...good, [rng.pick(['codes', 'id'])]: null } })],
      ['missing variables', () => JSON.stringify({ query, variables: rng.pick<unknown>([{}, null, { first: 1 }]) })],
      [
        'variables not an object',
        () => JSON.stringify({ query, variables: rng.pick<unknown>(['x', 1, [good], true]) }),
      ],
      [
        'unknown input fields',
        () => JSON.stringify({ query, variables: { ...good, where: { nope: 1, code: { eq: 'x', zz: 2 } } } }),
      ],
      [
        'huge numbers',
        () =>
          `{"query":${JSON.stringify(query)},"variables":{"first":${rng.pick(['1e400', '123456789012345678901234567890', '-1e308', '1.5'])},"codes":[],"id":"x"}}`,
      ],
      [
        'deeply nested JSON',
        () =>
          `{"query":${JSON.stringify(query)},"variables":{"codes":${nest(rng.int(100, 100_000), '[', ']', '"x"')},"id":"x"}}`,
      ],
      [
        'deeply nested input object',
        () =>
          `{"query":${JSON.stringify(query)},"variables":{"where":${nest(rng.int(100, 100_000), '{"NOT":', '}', '{}')},"codes":[],"id":"x"}}`,
      ],
    ];
    const [generator, body] = rng.pick(make);
    return { kind: 'invalid-variables', generator, request: { ...post({}), body: body() } };
  }

  private notGraphQL(): FuzzCase {
    const { rng } = this;
    const bytes = () => Buffer.from(Array.from({ length: rng.int(0, 4000) }, () => rng.int(0, 255)));
    const with_ = (
      headers: Record<string, string>,
      body: string | Buffer,
      method = 'POST',
      path = '/graphql',
    ): RawRequest => ({
      method,
      path,
      headers: { accept: 'application/json', ...headers },
      body,
    });
    const json = { 'content-type': 'application/json' };
    const make: [string, () => RawRequest][] = [
      ['random bytes', () => with_(json, bytes())],
      ['empty body', () => with_(json, '')],
      [
        'JSON that is not an object',
        () => with_(json, rng.pick(['null', '1', '"{ __typename }"', 'true', '[]', '[1]'])),
      ],
      [
        'other media types',
        () =>
          with_(
            {
              'content-type': rng.pick([
                'text/plain',
                'application/x-www-form-urlencoded',
                'multipart/form-data; boundary=x',
                'application/xml',
                'application/graphql',
              ]),
            },
            'query={__typename}',
          ),
      ],
      ['no content type', () => with_({}, '{"query":"{ __typename }"}')],
      [
        'other charsets',
        () =>
          with_(
            { 'content-type': `application/json; charset=${rng.pick(['utf-16', 'latin1', 'nope'])}` },
            '{"query":"{ __typename }"}',
          ),
      ],
      [
        'bogus content encoding',
        () => with_({ ...json, 'content-encoding': rng.pick(['gzip', 'deflate', 'br', 'nope']) }, bytes()),
      ],
      ['byte order mark', () => with_(json, '\ufeff{"query":"{ __typename }"}')],
      ['other methods', () => with_(json, '{"query":"{ __typename }"}', rng.pick(['PUT', 'PATCH', 'DELETE']))],
      [
        'GET with junk parameters',
        () =>
          with_(
            {},
            '',
            'GET',
            `/graphql?${rng.pick(['query=%7B', 'query={__typename}&variables=%7Bx', 'variables=1', 'extensions=[', 'query=' + encodeURIComponent(tokenSoup(rng).slice(0, 500))])}`,
          ),
      ],
      [
        'GET as a CSRF-safe client',
        () =>
          with_(
            { 'apollo-require-preflight': 'true' },
            '',
            'GET',
            `/graphql?query=${encodeURIComponent(rng.pick(['{ __typename }', tokenSoup(rng).slice(0, 500)]))}`,
          ),
      ],
      [
        'other paths',
        () =>
          with_(
            json,
            '{}',
            rng.pick(['GET', 'POST']),
            rng.pick(['/x', '/graphql/x', '/%ff', '/..%2f..%2fetc%2fpasswd', '/metrics/../graphql']),
          ),
      ],
    ];
    const [generator, request] = rng.pick(make);
    return { kind: 'not-graphql', generator, request: request() };
  }
}

function post(body: unknown): RawRequest {
  return { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

function nest(levels: number, open: string, close: string, inner: string): string {
  return `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
}

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '@',
  '...',
  '=',
  '|',
  '&',
  'query',
  'fragment',
  'on',
  'schools',
  'id',
  'first',
  '"x"',
  '1',
  '-1.5e3',
  'true',
  'null',
  '"""',
  '#',
  ',',
];

function tokenSoup(rng: Random): string {
  return Array.from({ length: rng.int(1, 400) }, () => rng.pick(TOKENS)).join(rng.chance(0.5) ? ' ' : '');
}

function deepBraces(rng: Random): string {
  const levels = rng.int(10, 4000);
  return rng.chance(0.5) ? `{ ${'a { '.repeat(levels)}b${' }'.repeat(levels + 1)}` : '{'.repeat(levels);
}

/** Fragments that each spread the previous one twice: 2^n fields from a short document. */
function fragmentBomb(rng: Random): string {
  const n = rng.int(5, 40);
  const fragments = Array.from({ length: n }, (_, i) =>
    i === 0 ? 'fragment F0 on Query { __typename }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`,
  );
  return `{ ...F${n - 1} } ${fragments.join(' ')}`;
}
