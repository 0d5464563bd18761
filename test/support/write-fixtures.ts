import type { TestApi } from './api';

/** Records the write tests work on, picked from the seed by SQL. */
export interface WriteFixtures {
  programId: string;
  /** A partnership of `universityCode` with the county `countyCode`, covering `schoolId`. */
  partnershipId: string;
  universityId: string;
  universityCode: string;
  countyId: string;
  countyCode: string;
  schoolId: string;
  /** Another school of the county, not covered by the partnership. */
  secondSchoolId: string;
  /** A school of another county (not covered by the partnership). */
  otherCountySchoolId: string;
  /** A university with no partnership in the county. */
  otherUniversityId: string;
  otherUniversityCode: string;
  otherCountyCode: string;
  /** People to record as participants: current staff of `schoolId` (in the own university's and county's reach). */
  personIds: string[];
  eventId: string;
}

export async function pickWriteFixtures(api: TestApi): Promise<WriteFixtures> {
  const [partnership] = await api.sql<{
    id: string;
    program_id: string;
    university_id: string;
    university_code: string;
    county_id: string;
    county_code: string;
    school_id: string;
  }>(
    `select p.id, p.program_id, p.university_id, u.code as university_code, p.county_id, c.code as county_code,
            ps.school_id
       from assistance.partnership p
       join directory.university u on u.id = p.university_id
       join directory.county c on c.id = p.county_id
       join assistance.partnership_school ps on ps.partnership_id = p.id
      where exists (select 1 from directory.school o where o.county_id = p.county_id and not exists
              (select 1 from assistance.partnership_school x where x.partnership_id = p.id and x.school_id = o.id))
      order by p.id, ps.school_id limit 1`,
  );
  const p = partnership!;
  const [second] = await api.sql<{ id: string }>(
    `select s.id from directory.school s where s.county_id = $1 and not exists
       (select 1 from assistance.partnership_school x where x.partnership_id = $2 and x.school_id = s.id)
      order by s.id limit 1`,
    [p.county_id, p.id],
  );
  const [otherSchool] = await api.sql<{ id: string; code: string }>(
    `select s.id, c.code from directory.school s join directory.county c on c.id = s.county_id
      where s.county_id <> $1 and not exists (select 1 from assistance.partnership_school ps where ps.school_id = s.id
        and ps.partnership_id in (select id from assistance.partnership where university_id = $2))
      order by s.id limit 1`,
    [p.county_id, p.university_id],
  );
  const [otherUniversity] = await api.sql<{ id: string; code: string }>(
    `select u.id, u.code from directory.university u where not exists
       (select 1 from assistance.partnership pa where pa.university_id = u.id and pa.county_id = $1)
      order by u.code limit 1`,
    [p.county_id],
  );
  // People with a current appointment at the school: in the reach of its county and of the partnership's
  // university, so that their writes may name them (README, Rights: reach cannot be bought).
  const people = await api.sql<{ id: string }>(
    `select distinct person_id as id from people.appointment where school_id = $1 and end_date is null order by 1 limit 5`,
    [p.school_id],
  );
  if (people.length < 5) throw new Error(`the fixtures' school has ${people.length} current staff, not 5`);
  const [event] = await api.sql<{ id: string }>(`select id from assistance.event order by id limit 1`);
  return {
    programId: p.program_id,
    partnershipId: p.id,
    universityId: p.university_id,
    universityCode: p.university_code,
    countyId: p.county_id,
    countyCode: p.county_code,
    schoolId: p.school_id,
    secondSchoolId: second!.id,
    otherCountySchoolId: otherSchool!.id,
    otherCountyCode: otherSchool!.code,
    otherUniversityId: otherUniversity!.id,
    otherUniversityCode: otherUniversity!.code,
    personIds: people.map((person) => person.id),
    eventId: event!.id,
  };
}

/**
 * Per table the API writes (and the audit trail): its row count and the sum of its rows' xmin (the
 * transaction that wrote each row version), in one statement. Any committed insert, update or delete
 * changes it; a rolled-back write leaves it as it was: "nothing changed".
 */
export async function databaseState(api: TestApi): Promise<Record<string, string>> {
  tables ??= (
    await api.sql<{ name: string }>(
      `select table_schema || '.' || table_name as name from information_schema.tables
        where table_schema in ('directory', 'people', 'assistance', 'audit') and table_type = 'BASE TABLE'
          -- where the webhook fan-out stands in the feed: bookkeeping a server moves in the background
          and table_name <> 'webhook_fanout'
        order by 1`,
    )
  ).map((row) => row.name);
  const rows = await api.sql<{ name: string; state: string }>(
    tables
      .map(
        (name) =>
          `select '${name}' as name, count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) as state from ${name}`,
      )
      .join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

let tables: string[] | undefined;
