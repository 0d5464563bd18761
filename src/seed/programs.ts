/**
 * The three programmes of the documents, and their synthetic replicas for larger scales. The
 * programmes' contents (partnerships, target schools, activities) are built by trusteeship.ts and
 * committee.ts.
 */
import { ProgramKind } from '../subgraphs/assistance/enums';
import { Program } from '../subgraphs/assistance/program/program.entity';
import { fromDocument, synthetic, type SeedContext } from './context';
import { DOCUMENTS, FACTS } from './facts';

export const TRUSTEESHIP_CODE = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';
export const COMMITTEE_PROGRAM_CODE = 'RURAL-TALENT-GROUP-ASSISTANCE';
export const COMMITTEE_CODE = 'RURAL-TALENT-EXPERT-COMMITTEE';
export const WORK_CONFERENCE_CODE = 'RURAL-TALENT-COMMITTEE-WORK-CONFERENCE';
export const NATIONAL_TRAINING_CODE = 'NATIONAL-TRAINING-PROGRAMME';

/** Code of replica `n` (2, 3, …) of a source-document code; replica 1 is the original. */
export const replicaCode = (code: string, replica: number): string => (replica === 1 ? code : `${code}-R${replica}`);
const replicaEn = (name: string, replica: number): string =>
  replica === 1 ? name : `${name} (synthetic replica ${replica})`;
const replicaZh = (name: string, replica: number): string => (replica === 1 ? name : `${name}（合成副本${replica}）`);

export const TRUSTEESHIP_DESCRIPTION =
  'In May 2022 the General Office of the Ministry of Education issued a notice organizing 48 universities directly under the ministry ' +
  'to take on, through trusteeship assistance, the county senior middle schools of 115 counties in 23 provinces of the central, western and ' +
  'northeastern regions and the Xinjiang Production and Construction Corps, serving the national rural revitalization strategy. Universities, ' +
  'county governments and county middle schools signed trusteeship assistance agreements and implementation began in the fall semester of 2022. ' +
  'Universities and their affiliated high schools drew up a "one school, one policy" assistance plan for each school; measures include sending ' +
  'a team of principal and teachers, regular visits by key-discipline teachers, teaching practice by outstanding college students, training ' +
  'for county middle school principals, post-job training of county teachers at affiliated high schools, and summer (winter) camps and key ' +
  'laboratory open days for county students. The ministry trained the principals of the 115 schools before the launch.';

export const COMMITTEE_PROGRAM_DESCRIPTION =
  'Group assistance in rural talent cultivation under the national rural revitalization programme (2018–2035): an MOE expert advisory ' +
  'committee targets 247 senior middle schools in 160 key rural revitalization counties of 10 western provinces and autonomous regions, ' +
  'working on four improvement tasks: educational quality, the capacity of the teaching force, student well-roundedness and school management.';

export const COMMITTEE_DESCRIPTION =
  'Through field research, online surveys, online meetings and other methods the committee targeted 247 senior middle schools in 160 key rural ' +
  'counties under the national rural revitalization program (2018–2035) in 10 western provinces or autonomous regions, analyzed the issues faced ' +
  'by the 247 school principals and 2,145 teachers and staff, and provided guidance and suggestions. Its members are to research the reality of ' +
  'rural schools, develop solutions to local problems (pedagogical quality, teacher capacity, transformation of educational systems), create ' +
  'group synergy, and pursue effectiveness and efficiency in group assistance.';

export function addTrusteeshipProgram(ctx: SeedContext, replica: number): string {
  const id = ctx.ids.next();
  ctx.sink.add(Program, {
    id,
    ...(replica === 1 ? fromDocument(DOCUMENTS.trusteeship) : synthetic),
    code: replicaCode(TRUSTEESHIP_CODE, replica),
    nameZh: replicaZh('教育部直属高校托管帮扶县中', replica),
    nameEn: replicaEn('Trusteeship assistance of county middle schools by ministry-affiliated universities', replica),
    kind: ProgramKind.TRUSTEESHIP_ASSISTANCE,
    description: TRUSTEESHIP_DESCRIPTION,
    noticeTitle: FACTS.trusteeship.noticeTitle,
    announcedOn: FACTS.trusteeship.announcedOn,
    startsOn: FACTS.trusteeship.startsOn,
    issuingAgency: ctx.dir.agencies.get('MOE-GENERAL-OFFICE')!,
  });
  return id;
}

export function addCommitteeProgram(ctx: SeedContext, replica: number): string {
  const id = ctx.ids.next();
  ctx.sink.add(Program, {
    id,
    ...(replica === 1 ? fromDocument(DOCUMENTS.committee) : synthetic),
    code: replicaCode(COMMITTEE_PROGRAM_CODE, replica),
    nameZh: replicaZh('乡村人才振兴组团帮扶', replica),
    nameEn: replicaEn('Group assistance in the field of rural talent cultivation', replica),
    kind: ProgramKind.GROUP_ASSISTANCE,
    description: COMMITTEE_PROGRAM_DESCRIPTION,
  });
  return id;
}

export function addNationalTrainingProgram(ctx: SeedContext): string {
  const id = ctx.ids.next();
  ctx.sink.add(Program, {
    id,
    ...fromDocument(DOCUMENTS.symposium),
    code: NATIONAL_TRAINING_CODE,
    nameZh: '国培计划',
    nameEn: 'National Training Programme',
    kind: ProgramKind.TRAINING_PROGRAMME,
    description:
      'The national training programme for teachers and education officials. Its representatives joined the participants of the 51st Seminar ' +
      'for Local Education Bureau Directors at the symposium held at the Ministry of Education on 11 October 2023.',
  });
  return id;
}

export { replicaEn, replicaZh };
