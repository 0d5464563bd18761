import { Resolver } from 'type-graphql';
import { sql } from '../../../db/sql';
import { query } from '../../../db/statements';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites, type Problem, type Values, type Writes } from '../../../graphql/mutations/writes';
import { Partnership, PartnershipSchool } from './partnership.entity';
import { AddPartnershipSchoolInput, CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs';

/** `to` is not before `from` when both are given (dates as `YYYY-MM-DD` strings, years as numbers). */
export function datesInOrder(values: Values, from: string, to: string): Problem | undefined {
  const start = values[from];
  const end = values[to];
  if (start === null || start === undefined || end === null || end === undefined) return undefined;
  return end < start ? { property: to, message: `must not be before ${from}` } : undefined;
}

/**
 * What a record names beside its partnership belongs to it: its school is in the partnership's county
 * (a trigger holds that in the database too: school_in_partnership_county), its university and county
 * are the partnership's. The rows checked together (a bulk import) ask in one statement.
 */
export async function matchesPartnership(values: Values, writes: Writes): Promise<Problem | undefined> {
  if (!values.partnership) return undefined;
  interface Facts {
    university: string;
    county: string;
    schoolCounty: string | null;
  }
  const factsOf = writes.batched<Facts | null>('partnershipFacts', async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const found = await query<{ key: string } & Facts>(
      writes.em,
      sql`select r.p::text || '|' || coalesce(r.s::text, '') as key, p.university_id::text as university,
              p.county_id::text as county, (select s.county_id::text from directory.school s where s.id = r.s) as "schoolCounty"
         from json_to_recordset(${JSON.stringify(pairs.map(([p, s]) => ({ p, s: s || null })))}::json) as r(p uuid, s uuid)
         join assistance.partnership p on p.id = r.p`,
    );
    const byKey = new Map(found.map((row) => [row.key, row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
  const facts = await factsOf.load(`${String(values.partnership)}|${values.school ? String(values.school) : ''}`);
  if (!facts) return undefined;
  if (values.school && facts.schoolCounty !== facts.county) {
    return { property: 'school', message: "is not a school of the partnership's county" };
  }
  if (values.university && values.university !== facts.university) {
    return { property: 'university', message: "is not the partnership's university" };
  }
  if (values.county && values.county !== facts.county) {
    return { property: 'county', message: "is not the partnership's county" };
  }
  return undefined;
}

// Partnerships and the schools they cover are the ministry's to set.
declareWrites(Partnership, { hangs: [], anchor: () => MINISTRY });
declareWrites(PartnershipSchool, { hangs: [], anchor: () => MINISTRY, check: matchesPartnership });

/** A partnership's schools, created with it (createPartnership, the import of partnerships). */
export const PARTNERSHIP_CHILDREN = { schools: { entity: PartnershipSchool, parent: 'partnership' } };

@Resolver()
export class PartnershipMutations extends recordMutations(Partnership, {
  field: 'partnership',
  create: {
    name: 'createPartnership',
    description:
      'Creates a partnership with the schools it covers (each in the county). One per programme, university and county: another is a CONFLICT.',
    input: CreatePartnershipInput,
    children: PARTNERSHIP_CHILDREN,
  },
  update: {
    name: 'updatePartnership',
    description: 'Changes a partnership at the version read.',
    input: UpdatePartnershipInput,
  },
}) {}

@Resolver()
export class PartnershipSchoolMutations extends recordMutations(PartnershipSchool, {
  field: 'partnershipSchool',
  create: {
    name: 'addPartnershipSchool',
    description: "Adds a school of the partnership's county to it.",
    input: AddPartnershipSchoolInput,
  },
  remove: {
    name: 'removePartnershipSchool',
    description: 'Removes a school from a partnership at the version read.',
  },
}) {}
