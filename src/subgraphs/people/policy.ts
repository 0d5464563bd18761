import { sql } from '../../db/sql';
import type { Policy } from '../../graphql/auth/policy';
import { RULES } from '../../graphql/auth/rules';

/*
 * The people subgraph's rights rules (README, Identity and rights), over its own tables: who reads
 * which field of a person, the parts of an organisation's reach an appointment gives (the appointment
 * is the linking table, into the directory's organisations), and its constraints.
 */

/** A current appointment: not ended (no end date, or one not past); a former teacher leaves the reach with the post. */
const CURRENT = sql`(a.end_date is null or a.end_date >= current_date)`;

export const peoplePolicy: Policy = {
  fields: {
    'Person.nameZh': RULES.personName,
    'Person.nameEn': RULES.personName,
    'Person.gender': RULES.personal,
    'Person.birthYear': RULES.personal,
  },
  // A person on record is written under `person`: by an organisation whose reach includes them.
  reached: { entity: 'Person', anchor: 'person' },
  reach: {
    university: [
      {
        summary: 'with a current appointment at the university',
        people: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.university u on u.id = a.university_id
     where u.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}`,
      },
    ],
    county: [
      {
        summary: 'with a current appointment at a school of the county',
        people: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.school s on s.id = a.school_id
      join directory.county c on c.id = s.county_id
     where c.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}`,
      },
    ],
  },
  constraints: {
    appointment_dates_ordered: 'endDate',
    appointment_one_current_principal: 'role',
  },
};
