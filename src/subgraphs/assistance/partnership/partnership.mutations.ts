import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { executeBound } from '../../../graphql/mutations/bound';
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
 * A school named with a partnership is in the partnership's county (a trigger holds it in the
 * database too: school_in_partnership_county). The rows checked together ask in one statement.
 */
export async function schoolInPartnershipCounty(values: Values, writes: Writes): Promise<Problem | undefined> {
  if (!values.partnership || !values.school) return undefined;
  const inCounty = writes.batched<boolean>('schoolInPartnershipCounty', async (keys) => {
    const pairs = keys.map((key) => key.split('|'));
    const found = await executeBound<{ key: string }>(
      writes.em,
      `select r.p::text || '|' || r.s::text as key
         from json_to_recordset(?::json) as r(p uuid, s uuid)
        where exists (select 1 from assistance.partnership p join directory.school s on s.county_id = p.county_id
                       where p.id = r.p and s.id = r.s)`,
      [JSON.stringify(pairs.map(([p, s]) => ({ p, s })))],
    );
    const yes = new Set(found.map((row) => row.key));
    return keys.map((key) => yes.has(key));
  });
  return (await inCounty.load(`${String(values.partnership)}|${String(values.school)}`))
    ? undefined
    : { property: 'school', message: "is not a school of the partnership's county" };
}

// Partnerships and the schools they cover are the ministry's to set.
declareWrites(Partnership, { anchor: () => MINISTRY });
declareWrites(PartnershipSchool, { anchor: () => MINISTRY, check: schoolInPartnershipCounty });

@Resolver()
export class PartnershipMutations extends recordMutations(Partnership, {
  field: 'partnership',
  create: {
    name: 'createPartnership',
    description:
      'Creates a partnership with the schools it covers (each in the county). One per programme, university and county: another is a CONFLICT. Rights: ministry_admin.',
    input: CreatePartnershipInput,
    children: { schools: { entity: PartnershipSchool, parent: 'partnership' } },
  },
  update: {
    name: 'updatePartnership',
    description: 'Changes a partnership at the version read. Rights: ministry_admin.',
    input: UpdatePartnershipInput,
  },
}) {}

@Resolver()
export class PartnershipSchoolMutations extends recordMutations(PartnershipSchool, {
  field: 'partnershipSchool',
  create: {
    name: 'addPartnershipSchool',
    description: "Adds a school of the partnership's county to it. Rights: ministry_admin.",
    input: AddPartnershipSchoolInput,
  },
  remove: {
    name: 'removePartnershipSchool',
    description: 'Removes a school from a partnership at the version read. Rights: ministry_admin.',
  },
}) {}
