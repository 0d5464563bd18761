import type { WritePrincipal, ProbeKit } from '../auth/mutation-matrix';
import { dataOf, type TestApi } from './api';
import type { WriteFixtures } from './write-fixtures';

/*
 * What the tests over the write matrix share (test/mutation-matrix.test.ts, test/reach.test.ts): the
 * probes' kit (fresh records made by the ministry) and the organisation each writer acts for.
 */

/** The committees the committee writers act for: one targeting the fixtures' school, one targeting none. */
export function committeeCodes(tag: string) {
  return { own: `MATRIX-OWN-${tag}`, other: `MATRIX-OTHER-${tag}` };
}

/** The organisation code a writer of the matrix acts for. */
export function orgOf(
  principal: WritePrincipal,
  f: WriteFixtures,
  committees: ReturnType<typeof committeeCodes>,
): string | undefined {
  if (!principal.org) return undefined;
  if (principal.role === 'committee') return committees[principal.org];
  if (principal.role === 'county') return principal.org === 'own' ? f.countyCode : f.otherCountyCode;
  return principal.org === 'own' ? f.universityCode : f.otherUniversityCode;
}

/** The probes' kit over the test API (its writes as the ministry), and the two committees made. */
export async function prepareWriteMatrix(api: TestApi, f: WriteFixtures, tag: string) {
  let unique = 0;
  let small = 0;
  const kit: ProbeKit = {
    f,
    unique: () => `${tag}-${++unique}`,
    next: () => ++small,
    async make(field, inputType, payloadField, input) {
      const query = `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${payloadField} { id } } }`;
      const data = dataOf(await api.run<Record<string, Record<string, { id: string }>>>(query, { input }));
      return data[field]![payloadField]!.id;
    },
    sql: (text, values) => api.sql(text, values),
  };
  const committees = committeeCodes(tag);
  const committee = (code: string, targetSchools: { schoolId: string }[]) =>
    kit.make('createCommittee', 'CreateCommitteeInput', 'committee', {
      programId: f.programId,
      code,
      nameEn: `Matrix committee ${code}`,
      nameZh: '矩阵专家委员会',
      description: 'A committee the committee writers act for.',
      targetSchools,
    });
  await committee(committees.own, [{ schoolId: f.schoolId }]);
  await committee(committees.other, []);
  return { kit, committees };
}
