import { sql } from '../../db/sql';
import type { Policy, ScopeRows } from '../../graphql/auth/policy';

/*
 * The directory's rights rules (README, Identity and rights), over its own tables only: where a county
 * and a university write in the directory's terms (the rules over these tables that run through another
 * subgraph's tables, a partnership, a committee, belong to the subgraph that owns those).
 */

/** A county's own schools. */
const COUNTY_SCHOOLS: ScopeRows = (org) =>
  sql`select s.id from directory.school s join directory.county c on c.id = s.county_id where c.code = ${org}`;

export const directoryPolicy: Policy = {
  anchors: {
    schoolFigures: { county: { summary: 'for its own schools', rows: COUNTY_SCHOOLS } },
    schoolStaff: { county: { summary: 'for its schools', rows: COUNTY_SCHOOLS } },
    university: {
      university: {
        summary: 'for itself',
        rows: (org) => sql`select u.id from directory.university u where u.code = ${org}`,
      },
    },
    trackedSchool: { county: { summary: 'at its own schools', rows: COUNTY_SCHOOLS } },
    trackedCounty: {
      county: {
        summary: 'in its own county',
        rows: (org) => sql`select c.id from directory.county c where c.code = ${org}`,
      },
    },
  },
};
