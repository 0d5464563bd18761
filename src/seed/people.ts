/**
 * The people subgraph's rows: the four officials the documents name, and synthetic principals,
 * teachers, staff and university faculty (persons with appointments).
 */
import { Appointment } from '../subgraphs/people/appointment/appointment.entity';
import { AppointmentRole, OrganizationKind, type Gender } from '../subgraphs/people/enums';
import { Person } from '../subgraphs/people/person/person.entity';
import { fromDocument, synthetic, type Origin, type SeedContext } from './context';
import { DOCUMENTS } from './facts';
import { personName } from './names';
import type { Rng } from './random';

export type Organization =
  | { school: string }
  | { university: string }
  | { educationBureau: string }
  | { agency: string };

function organizationKind(org: Organization): OrganizationKind {
  if ('school' in org) return OrganizationKind.SCHOOL;
  if ('university' in org) return OrganizationKind.UNIVERSITY;
  if ('educationBureau' in org) return OrganizationKind.EDUCATION_BUREAU;
  return OrganizationKind.AGENCY;
}

export function addAppointment(
  ctx: SeedContext,
  a: {
    person: string;
    org: Organization;
    role: AppointmentRole;
    title?: string | null;
    startDate?: string | null;
    endDate?: string | null;
    origin: Origin;
  },
): string {
  const id = ctx.ids.next();
  ctx.sink.add(Appointment, {
    id,
    ...a.origin,
    person: a.person,
    organizationKind: organizationKind(a.org),
    school: null,
    university: null,
    educationBureau: null,
    agency: null,
    ...a.org,
    role: a.role,
    title: a.title ?? null,
    startDate: a.startDate ?? null,
    endDate: a.endDate ?? null,
  });
  return id;
}

/** A synthetic person; returns the id. */
export function addSyntheticPerson(
  ctx: SeedContext,
  rng: Rng,
  opts: { birthYears: [number, number]; gender?: Gender; subject?: string | null },
): string {
  const id = ctx.ids.next();
  const name = personName(rng, opts.gender);
  ctx.sink.add(Person, {
    id,
    ...synthetic,
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    gender: name.gender,
    birthYear: rng.int(opts.birthYears[0], opts.birthYears[1]),
    subject: opts.subject ?? null,
  });
  return id;
}

/** Key disciplines of a senior middle school (teaching subjects). */
export const SUBJECTS: readonly string[] = [
  'Chinese',
  'Mathematics',
  'English',
  'Physics',
  'Chemistry',
  'Biology',
  'History',
  'Geography',
  'Politics',
  'Information Technology',
  'Physical Education',
  'Music',
  'Fine Arts',
];
const SUBJECT_WEIGHTS = [5, 5, 5, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1];

const STAFF_TITLES: readonly string[] = [
  'Academic affairs officer',
  'Student affairs officer',
  'Counsellor',
  'Laboratory technician',
  'Librarian',
  'Finance officer',
  'Logistics officer',
  'Office administrator',
];

const FACULTY_TITLES: readonly string[] = [
  'Professor, School of Education',
  'Associate Professor, School of Education',
  'Professor, School of Mathematical Sciences',
  'Associate Professor, School of Physics',
  'Professor, College of Chemistry',
  'Associate Professor, School of Life Sciences',
  'Professor, School of Foreign Languages',
  'Associate Professor, School of Chinese Language and Literature',
  'Lecturer, Teacher Education Centre',
  'Director, Office of Rural Revitalization',
];

export interface SchoolStaff {
  principal: string;
  teachers: string[];
  staff: string[];
}

/**
 * A principal and `count` teachers and non-teaching staff (about one in six staff) for a school,
 * with appointments there. Returns the person ids.
 */
export function staffSchool(ctx: SeedContext, rng: Rng, school: string, count: number): SchoolStaff {
  const principal = addSyntheticPerson(ctx, rng, { birthYears: [1965, 1982] });
  addAppointment(ctx, {
    person: principal,
    org: { school },
    role: AppointmentRole.PRINCIPAL,
    title: 'Principal',
    startDate: `${rng.int(2012, 2021)}-${rng.pick(['02-20', '08-25', '09-01'])}`,
    origin: synthetic,
  });
  const teachers: string[] = [];
  const staff: string[] = [];
  for (let i = 0; i < count; i++) {
    const isTeacher = i === 0 || rng.chance(0.84);
    const subject = isTeacher ? rng.weighted(SUBJECTS, SUBJECT_WEIGHTS) : null;
    const person = addSyntheticPerson(ctx, rng, { birthYears: [1966, 1999], subject });
    addAppointment(ctx, {
      person,
      org: { school },
      role: isTeacher ? AppointmentRole.TEACHER : AppointmentRole.STAFF,
      title: isTeacher ? `${subject} teacher` : rng.pick(STAFF_TITLES),
      startDate: `${rng.int(1990, 2022)}-09-01`,
      origin: synthetic,
    });
    (isTeacher ? teachers : staff).push(person);
  }
  return { principal, teachers, staff };
}

/** `count` synthetic faculty members of a university (FACULTY appointments). */
export function addFaculty(ctx: SeedContext, rng: Rng, university: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = addSyntheticPerson(ctx, rng, { birthYears: [1962, 1990] });
    addAppointment(ctx, {
      person,
      org: { university },
      role: AppointmentRole.FACULTY,
      title: rng.pick(FACULTY_TITLES),
      startDate: `${rng.int(1990, 2020)}-09-01`,
      origin: synthetic,
    });
    out.push(person);
  }
  return out;
}

export interface NamedOfficials {
  wangJiayi: string;
  huaiJinpeng: string;
  chenBaosheng: string;
  houHuijun: string;
}

/**
 * The four officials the documents name, with their appointments as published. Gender and birth
 * year are left empty: the documents do not give them.
 */
export function seedOfficials(ctx: SeedContext): NamedOfficials {
  const moe = ctx.dir.agencies.get('MOE')!;
  const naea = ctx.dir.agencies.get('NAEA')!;
  const person = (nameZh: string, nameEn: string, document: string): string => {
    const id = ctx.ids.next();
    ctx.sink.add(Person, { id, ...fromDocument(document), nameZh, nameEn });
    return id;
  };

  const wangJiayi = person('王嘉毅', 'Wang Jiayi', DOCUMENTS.symposium);
  addAppointment(ctx, {
    person: wangJiayi,
    org: { agency: moe },
    role: AppointmentRole.VICE_MINISTER,
    title: 'Member of MOE CPC Leadership Group, Vice Minister, and National Chief Inspector',
    origin: fromDocument(DOCUMENTS.symposium),
  });

  const huaiJinpeng = person('怀进鹏', 'Huai Jinpeng', DOCUMENTS.newc2023);
  addAppointment(ctx, {
    person: huaiJinpeng,
    org: { agency: moe },
    role: AppointmentRole.MINISTER,
    title:
      "Minister of Education, Secretary of the Leading Party Group for MOE and head of the CPC Central Committee's Leading Group on Educational Work",
    origin: fromDocument(DOCUMENTS.newc2023),
  });

  const chenBaosheng = person('陈宝生', 'Chen Baosheng', DOCUMENTS.newc2021);
  addAppointment(ctx, {
    person: chenBaosheng,
    org: { agency: moe },
    role: AppointmentRole.MINISTER,
    title: "Minister of Education and Secretary of the MOE's Party Leading Group",
    // Public record: succeeded by Huai Jinpeng on 20 August 2021 (not in the document itself).
    endDate: '2021-08-20',
    origin: fromDocument(DOCUMENTS.newc2021),
  });

  const houHuijun = person('侯慧君', 'Hou Huijun', DOCUMENTS.symposium);
  addAppointment(ctx, {
    person: houHuijun,
    org: { agency: naea },
    role: AppointmentRole.PARTY_SECRETARY,
    title: 'Party Secretary and Executive Vice President of NAEA',
    origin: fromDocument(DOCUMENTS.symposium),
  });

  return { wangJiayi, huaiJinpeng, chenBaosheng, houHuijun };
}
