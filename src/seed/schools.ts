/**
 * County senior middle schools with their "one school, one policy" plans and yearly metrics.
 * Everything here is synthetic: the documents give the number of schools, not which ones.
 */
import { SchoolMetric } from '../subgraphs/assistance/metric/school-metric.entity';
import { ImprovementTask } from '../subgraphs/assistance/enums';
import { AssistancePlan, PlanGoal } from '../subgraphs/assistance/plan/plan.entity';
import { SchoolKind } from '../subgraphs/directory/enums';
import { School } from '../subgraphs/directory/school/school.entity';
import { synthetic, type SeedContext } from './context';
import type { CountyRef } from './reference/divisions';
import { chineseNumeral, type Rng } from './random';
import { goalMeasures } from './tracking';

/**
 * A unique synthetic ten-digit school code: '3' + the county's six-digit code + a three-digit
 * sequence; past 999 schools in one county the leading digit moves on (4, 5, …).
 */
export function nextSchoolCode(ctx: SeedContext, countyCode: string): string {
  const seq = ctx.schoolSeq.get(countyCode) ?? 0;
  ctx.schoolSeq.set(countyCode, seq + 1);
  const lead = 3 + Math.floor(seq / 999);
  if (lead > 9) throw new Error(`too many schools in county ${countyCode}`);
  return `${lead}${countyCode}${String((seq % 999) + 1).padStart(3, '0')}`;
}

export interface CountySchool {
  id: string;
  nameZh: string;
  nameEn: string;
  county: CountyRef;
  countyId: string;
}

/** A new county senior middle school: 西吉县中学, then 西吉县第二中学, 西吉县第三中学… */
export function addCountySchool(ctx: SeedContext, rng: Rng, county: CountyRef): CountySchool {
  const n = (ctx.schoolNumber.get(county.code) ?? 0) + 1;
  ctx.schoolNumber.set(county.code, n);
  const nameZh = n === 1 ? `${county.nameZh}中学` : `${county.nameZh}第${chineseNumeral(n)}中学`;
  const nameEn = n === 1 ? `${county.nameEn} Senior Middle School` : `${county.nameEn} No. ${n} Senior Middle School`;
  const id = ctx.ids.next();
  const countyId = ctx.dir.counties.get(county.code)!.id;
  ctx.sink.add(School, {
    id,
    ...synthetic,
    code: nextSchoolCode(ctx, county.code),
    nameZh,
    nameEn,
    kind: SchoolKind.COUNTY_SENIOR_MIDDLE_SCHOOL,
    foundedYear: rng.int(1923, 1988),
    county: countyId,
    province: ctx.dir.provinces.get(county.provinceCode)!.id,
    university: null,
  });
  return { id, nameZh, nameEn, county, countyId };
}

export const METRIC_YEARS: readonly number[] = [2021, 2022, 2023, 2024];

export interface MetricYear {
  year: number;
  enrolledStudents: number;
  teachers: number;
  seniorTitleTeachers: number;
  graduates: number;
  undergraduateAdmissions: number;
  trainingHours: number;
}

/**
 * Four school years of figures (2021–2024), internally consistent: graduates are about a third of
 * enrolment, admissions never exceed graduates, teachers follow enrolment at 12–16 students per
 * teacher and are never fewer than the teachers recorded by name, and from `assistedFrom` on the
 * admission rate, the senior-title share and training hours improve by `strength`.
 */
export function addMetrics(
  ctx: SeedContext,
  rng: Rng,
  school: string,
  opts: { recordedTeachers: number; assistedFrom: number; strength: number },
): MetricYear[] {
  const enrolled0 = rng.int(900, 3300);
  const growth = rng.float(-0.01, 0.035);
  const ratio0 = rng.float(13, 16.5);
  const senior0 = rng.float(0.1, 0.26);
  const rate0 = rng.float(0.22, 0.58);
  const hours0 = rng.float(18, 42);
  const out: MetricYear[] = [];
  for (const year of METRIC_YEARS) {
    const assisted = Math.max(0, year - opts.assistedFrom + 1);
    const enrolledStudents = Math.round(enrolled0 * Math.pow(1 + growth, year - 2021));
    const ratio = ratio0 - assisted * opts.strength * rng.float(0.2, 0.6);
    const teachers = Math.max(Math.round(enrolledStudents / ratio), opts.recordedTeachers + 5);
    const seniorShare = Math.min(0.6, senior0 + assisted * opts.strength * rng.float(0.01, 0.035));
    const graduates = Math.round((enrolledStudents / 3) * rng.float(0.9, 0.985));
    const rate = Math.min(0.95, rate0 + assisted * opts.strength * rng.float(0.015, 0.05));
    const hours = hours0 * (1 + assisted * opts.strength * rng.float(0.4, 0.8));
    const row: MetricYear = {
      year,
      enrolledStudents,
      teachers,
      seniorTitleTeachers: Math.round(teachers * seniorShare),
      graduates,
      undergraduateAdmissions: Math.min(graduates, Math.round(graduates * rate)),
      trainingHours: Math.round(teachers * hours),
    };
    out.push(row);
    ctx.sink.add(SchoolMetric, { id: ctx.ids.next(), ...synthetic, school, ...row });
  }
  return out;
}

const pct = (part: number, whole: number): number => Math.round((100 * part) / Math.max(1, whole));

/**
 * A "one school, one policy" plan with one goal per improvement task, its targets derived from
 * the school's 2021 figures.
 */
export function addPlan(
  ctx: SeedContext,
  rng: Rng,
  opts: {
    school: CountySchool;
    partnership: string | null;
    title: string;
    startYear: number;
    endYear: number;
    metrics: readonly MetricYear[];
    partnerName?: string;
  },
): string {
  const id = ctx.ids.next();
  ctx.sink.add(AssistancePlan, {
    id,
    ...synthetic,
    school: opts.school.id,
    partnership: opts.partnership,
    title: opts.title,
    startYear: opts.startYear,
    endYear: opts.endYear,
  });
  const base = opts.metrics[0]!;
  const rateNow = pct(base.undergraduateAdmissions, base.graduates);
  const rateTarget = Math.min(95, rateNow + rng.int(8, 18));
  const seniorNow = pct(base.seniorTitleTeachers, base.teachers);
  const seniorTarget = Math.min(60, seniorNow + rng.int(5, 12));
  const hoursTarget = rng.pick([60, 72, 80, 90, 100, 120]);
  const campers = rng.int(4, 12) * 10;
  const partner = opts.partnerName ? ` with ${opts.partnerName}` : '';
  const goals: Record<ImprovementTask, string> = {
    [ImprovementTask.EDUCATIONAL_QUALITY]: `Raise the undergraduate admission rate from ${rateNow}% (2021) to ${rateTarget}% by ${opts.endYear} through joint lesson planning and teaching-and-research guidance${partner}.`,
    [ImprovementTask.TEACHING_FORCE_CAPACITY]: `Raise the share of teachers with a senior title from ${seniorNow}% to ${seniorTarget}%; every teacher completes at least ${hoursTarget} training hours a year.`,
    [ImprovementTask.STUDENT_WELL_ROUNDEDNESS]: `Bring at least ${campers} students a year to summer or winter camps and laboratory open days; offer arts, sports and science clubs in every grade.`,
    [ImprovementTask.SCHOOL_MANAGEMENT]: `Adopt a modern school management system: a ${rng.pick(['three', 'five'])}-year development plan, grade-level management and a teacher evaluation scheme by ${opts.startYear + 1}.`,
  };
  ctx.plans.push({
    id,
    startYear: opts.startYear,
    endYear: opts.endYear,
    byPartnership: opts.partnership !== null,
  });
  const measured = goalMeasures(ctx.rng.fork(`tracking/goals/${id}`), base, opts.endYear, {
    rateNow,
    rateTarget,
    seniorNow,
    seniorTarget,
    hoursTarget,
  });
  for (const task of Object.values(ImprovementTask)) {
    ctx.sink.add(PlanGoal, {
      id: ctx.ids.next(),
      ...synthetic,
      plan: id,
      task,
      description: goals[task],
      ...measured[task],
    });
  }
  return id;
}
