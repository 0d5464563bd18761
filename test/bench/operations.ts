import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SubgraphName } from '../../src/config';

/**
 * The operations `npm run bench` drives, one entry each. An entry names where it runs, its GraphQL
 * document (in ./operations), how to pick its variables from the bench database, and optionally its
 * floor: the same answer computed with hand-written SQL, which the bench checks is deep-equal to the
 * API's `data` before timing it.
 *
 * Pending (they need API features still being built: `where`/`orderBy` inputs, statistics and
 * search root fields): (b) grouped statistics, (c) filtered, sorted list (first and a deep page),
 * (d) search. Add them here as entries when those fields exist.
 */

/** `gateway`: in-process federated gateway; `distributed`: gateway over three subgraph servers; `subgraph:<name>`: one subgraph queried directly. */
export type SetupName = 'gateway' | 'distributed' | `subgraph:${SubgraphName}`;

export type Variables = Record<string, unknown>;

/** Plain SQL on the bench database (to pick variables). */
export type Sql = <R extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

/** One SQL statement whose single column is the whole `data` object as json (serialized by the floor server). */
export interface FloorQuery {
  text: string;
  values: unknown[];
}

export interface Operation {
  /** Short stable name (results are matched on it across runs). */
  name: string;
  /** The GraphQL operation name in the document. */
  operationName: string;
  setups: SetupName[];
  /** File in test/bench/operations. */
  document: string;
  variables(sql: Sql): Promise<Variables>;
  floor?(variables: Variables): FloorQuery;
}

const OPERATIONS_DIR = path.join(__dirname, 'operations');

export function documentText(operation: Operation): string {
  return readFileSync(path.join(OPERATIONS_DIR, operation.document), 'utf8');
}

export const OPERATIONS: Operation[] = [
  {
    name: 'a-partner-nested-fetch',
    operationName: 'PartnerNestedFetch',
    setups: ['gateway', 'distributed'],
    document: 'partner-nested-fetch.graphql',
    async variables(sql) {
      const [row] = await sql<{ code: string }>(
        `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
          group by u.code order by count(*) desc, u.code limit 1`,
      );
      if (!row) throw new Error('no university with partnerships in the bench database');
      return { code: row.code };
    },
    // Same orders as the resolvers: partnerships by id, a county's schools by code then id, the
    // principal is the first current PRINCIPAL appointment by id (else the first one); staffCount
    // counts every appointment at the school.
    floor: (variables) => ({
      text: `
        select json_build_object('university', (
          select json_build_object(
            'code', u.code,
            'nameEn', u.name_en,
            'partnerships', coalesce((
              select json_agg(json_build_object(
                'id', p.id,
                'status', p.status,
                'startsOn', p.starts_on,
                'county', json_build_object(
                  'code', c.code,
                  'nameZh', c.name_zh,
                  'nameEn', c.name_en,
                  'schools', coalesce((
                    select json_agg(json_build_object(
                      'code', s.code,
                      'nameZh', s.name_zh,
                      'staffCount', (select count(*) from people.appointment a where a.school_id = s.id),
                      'principal', (
                        select json_build_object(
                          'role', a.role,
                          'title', a.title,
                          'startDate', a.start_date,
                          'person', json_build_object('nameZh', pe.name_zh, 'nameEn', pe.name_en))
                          from people.appointment a join people.person pe on pe.id = a.person_id
                         where a.school_id = s.id and a.role = 'PRINCIPAL'
                         order by (a.end_date is null) desc, a.id
                         limit 1)
                    ) order by s.code, s.id)
                    from directory.school s where s.county_id = c.id), '[]'::json))
              ) order by p.id)
              from assistance.partnership p join directory.county c on c.id = p.county_id
             where p.university_id = u.id), '[]'::json))
            from directory.university u where u.code = $1)) as data`,
      values: [variables.code],
    }),
  },
  {
    name: 'e-school-entities-100',
    operationName: 'SchoolEntities',
    setups: ['subgraph:directory'],
    document: 'school-entities.graphql',
    async variables(sql) {
      // 100 schools scattered over the table (md5 of the deterministic ids), in that order.
      const rows = await sql<{ id: string }>(`select id from directory.school order by md5(id::text) limit 100`);
      if (rows.length < 100) throw new Error(`the bench database has only ${rows.length} schools`);
      return { representations: rows.map((row) => ({ __typename: 'School', id: row.id })) };
    },
    floor: (variables) => ({
      text: `
        select json_build_object('_entities', coalesce(json_agg(
          case when s.id is null then null else json_build_object(
            'id', s.id, 'code', s.code, 'nameZh', s.name_zh, 'nameEn', s.name_en, 'kind', s.kind,
            'foundedYear', s.founded_year) end
          order by r.ord), '[]'::json)) as data
          from unnest($1::uuid[]) with ordinality as r(id, ord)
          left join directory.school s on s.id = r.id`,
      values: [(variables.representations as { id: string }[]).map((representation) => representation.id)],
    }),
  },
];
