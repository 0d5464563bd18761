import type { Problem, Values, Writes } from '../../../graphql/mutations/writes';

/** `to` is not before `from` when both are given (dates as `YYYY-MM-DD` strings, years as numbers). */
export function datesInOrder(values: Values, from: string, to: string): Problem | undefined {
  const start = values[from];
  const end = values[to];
  if (start === null || start === undefined || end === null || end === undefined) return undefined;
  return end < start ? { property: to, message: `must not be before ${from}` } : undefined;
}

/**
 * A school named with a partnership is in the partnership's county (a trigger holds it in the
 * database too: school_in_partnership_county).
 */
export async function schoolInPartnershipCounty(writes: Writes, values: Values): Promise<Problem | undefined> {
  if (!values.partnership || !values.school) return undefined;
  const rows = await writes.em.execute(
    `select 1 from assistance.partnership p join directory.school s on s.county_id = p.county_id
      where p.id = ? and s.id = ?`,
    [values.partnership, values.school],
  );
  return rows.length ? undefined : { property: 'school', message: "is not a school of the partnership's county" };
}
