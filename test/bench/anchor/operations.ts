import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeCursor, type Sql, type Variables } from '../operations';

/**
 * PostGraphile's equivalents of bench operations (`--anchor postgraphile`): its document (in
 * ./operations, written against the schema PostGraphile prints), its variables from the API's, and
 * the mapping of its answer to the API's shape. Before timing, the bench checks
 * deepStrictEqual(normalize(PostGraphile's data), project(API's data)).
 *
 * Representation differences, the only ones ignored:
 * - ids: the API's `id` is the row's uuid, which PostGraphile calls `rowId` (its `id` is a global node id);
 * - (c)'s `pageInfo.endCursor`: each server has its own cursor format (both must be strings);
 * - (a)'s `staffCount` is PostGraphile's `totalCount` of the school's appointments, and the principal
 *   is picked by the mapping from the school's PRINCIPAL appointments in id order (the first without
 *   an end date, else the first): the API's rule, which PostGraphile cannot express (end_date has no
 *   index, so no order or condition on it).
 */

export interface AnchorOperation {
  /** The bench operation (OPERATIONS) it stands for. */
  operation: string;
  operationName: string;
  /** File in test/bench/anchor/operations. */
  document: string;
  /** Extra connection counts to run (besides the run's `--connections`) on both the API and PostGraphile. */
  extraConnections?: number[];
  /** PostGraphile's variables from the API's; `ask` sends another operation of the document to PostGraphile. */
  variables(api: Variables, tools: { sql: Sql; ask: Ask }): Promise<Variables>;
  /** PostGraphile's `data` in the API's shape. */
  normalize(data: unknown): unknown;
  /** The API's `data` less what cannot be compared (default: as is). */
  project?(data: unknown): unknown;
}

export type Ask = (operationName: string, variables: Variables) => Promise<unknown>;

const DIR = path.join(__dirname, 'operations');

export function anchorDocument(operation: AnchorOperation): string {
  return readFileSync(path.join(DIR, operation.document), 'utf8');
}

/* Loose views of the answers: the deepStrictEqual after the mapping is what checks them. */
interface Person {
  nameZh: string;
  nameEn: string;
}
interface Appointment {
  role: string;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  person: Person;
}
interface PgSchool {
  code: string;
  nameZh: string;
  staff: { totalCount: number };
  principals: { nodes: Appointment[] };
}
interface PgPartnership {
  rowId: string;
  status: string;
  startsOn: string | null;
  county: { code: string; nameZh: string; nameEn: string; schools: { nodes: PgSchool[] } };
}
interface PgUniversity {
  code: string;
  nameEn: string;
  assistancePartnerships: { nodes: PgPartnership[] };
}

interface WithRowId {
  rowId: string;
  [field: string]: unknown;
}
interface SchoolsPage<Node = WithRowId> {
  nodes: Node[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** `rowId` → `id`, first in key order as the API answers. */
const withId = ({ rowId, ...rest }: WithRowId) => ({ id: rowId, ...rest });

/** (c): the cursor strings are left out, checked to be present where the other side has one. */
function withoutCursor(page: SchoolsPage<unknown>): Record<string, unknown> {
  const { pageInfo, ...rest } = page;
  if (!pageInfo) return rest;
  return { ...rest, pageInfo: { hasNextPage: pageInfo.hasNextPage, endCursor: typeof pageInfo.endCursor } };
}

/** (c)'s list before `after`, in the API's order (name_zh, id): the offset of the cursor's row. */
const WEST_SCHOOLS_BEFORE = `
  select count(*)::int as offset
    from directory.school s
    join directory.county c on c.id = s.county_id
    join directory.province p on p.id = c.province_id
   where p.region = 'WEST' and s.kind = 'COUNTY_SENIOR_MIDDLE_SCHOOL' and (s.name_zh, s.id) < ($1::text, $2::uuid)`;

export const ANCHOR_OPERATIONS: AnchorOperation[] = [
  {
    operation: 'a-partner-nested-fetch',
    operationName: 'PartnerNestedFetch',
    document: 'partner-nested-fetch.graphql',
    extraConnections: [1],
    variables: async (api) => ({ code: api.code }),
    normalize(data) {
      const university = (data as { universityByCode: PgUniversity | null }).universityByCode;
      if (!university) return { university: null };
      return {
        university: {
          code: university.code,
          nameEn: university.nameEn,
          partnerships: {
            nodes: university.assistancePartnerships.nodes.map((partnership) => ({
              id: partnership.rowId,
              status: partnership.status,
              startsOn: partnership.startsOn,
              county: {
                code: partnership.county.code,
                nameZh: partnership.county.nameZh,
                nameEn: partnership.county.nameEn,
                schools: {
                  nodes: partnership.county.schools.nodes.map((school) => {
                    const appointments = school.principals.nodes;
                    const principal = appointments.find((a) => a.endDate === null) ?? appointments[0] ?? null;
                    return {
                      code: school.code,
                      nameZh: school.nameZh,
                      staffCount: school.staff.totalCount,
                      principal: principal && {
                        role: principal.role,
                        title: principal.title,
                        startDate: principal.startDate,
                        person: principal.person,
                      },
                    };
                  }),
                },
              },
            })),
          },
        },
      };
    },
  },
  ...(['c-west-schools-first-page', 'c-west-schools-deep-page'] as const).map(
    (operation): AnchorOperation => ({
      operation,
      operationName: 'WestSchoolsByName',
      document: 'west-schools-by-name.graphql',
      async variables(api, { sql, ask }) {
        if (typeof api.after !== 'string') return {};
        // The same row as the API's cursor, found by its offset in the list, and PostGraphile's cursor of it.
        const [name, id] = decodeCursor(api.after).v as [string, string];
        const [{ offset } = { offset: -1 }] = await sql<{ offset: number }>(WEST_SCHOOLS_BEFORE, [name, id]);
        const data = (await ask('WestSchoolCursor', { offset })) as {
          schools: { edges: { cursor: string; node: { rowId: string } }[] };
        };
        const edge = data.schools.edges[0];
        if (edge?.node.rowId !== id)
          throw new Error(`${operation}: PostGraphile has another school at offset ${offset}`);
        return { after: edge.cursor };
      },
      normalize(data) {
        const page = (data as { schools: SchoolsPage }).schools;
        return { schools: withoutCursor({ ...page, nodes: page.nodes.map(withId) }) };
      },
      project(data) {
        const page = (data as { schools: SchoolsPage<unknown> }).schools;
        return { schools: withoutCursor(page) };
      },
    }),
  ),
  {
    operation: 'i-province-schools-by-name',
    operationName: 'ProvinceSchoolsByName',
    document: 'province-schools-by-name.graphql',
    variables: async (api) => ({ code: api.code }),
    normalize(data) {
      const page = (data as { schools: SchoolsPage }).schools;
      return { schools: { nodes: page.nodes.map(withId) } };
    },
  },
];
