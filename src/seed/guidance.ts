/**
 * Tracking and guidance seed (issue 14): problems found at the schools and counties, their status
 * history, the guidance given, and good practice resting on the seeded activities and metrics. All
 * synthetic, from a stream of its own (`rng.fork('tracking')`), generated after every other row from
 * what the other generators wrote (collected by TrackingCollector as it passes to the sink), so that
 * no existing row, id or figure changes. Works at any scale: it follows the rows of every replica.
 */
import type { EntityClass } from '@mikro-orm/core';
import type { BaseEntity } from '../db/base.entity';
import { Activity } from '../subgraphs/assistance/activity/activity.entity';
import { CommitteeMember, CommitteeTargetSchool } from '../subgraphs/assistance/committee/committee.entity';
import {
  FindingMethod,
  FollowUpStatus,
  ImprovementTask,
  ProblemSeverity,
  ProblemStatus,
  TrackingParty,
} from '../subgraphs/assistance/enums';
import {
  Guidance,
  Practice,
  PracticeEvidence,
  Problem,
  ProblemStatusChange,
} from '../subgraphs/assistance/guidance/guidance.entity';
import { SchoolMetric } from '../subgraphs/assistance/metric/school-metric.entity';
import { Partnership, PartnershipSchool } from '../subgraphs/assistance/partnership/partnership.entity';
import { School } from '../subgraphs/directory/school/school.entity';
import { synthetic, type SeedContext } from './context';
import { addDays, dateBetween, type Rng } from './random';
import type { Row, Sink } from './writer';

/** How many activities and metrics of a school are kept as candidate evidence. */
const KEPT_PER_SCHOOL = 4;

interface SchoolFacts {
  county: string;
  nameZh: string;
  nameEn: string;
  activities: { id: string; startDate: string; partnership: string | null }[];
  metrics: string[];
}

/** What the tracking seed needs of the rows written before it, kept compact (ids and a few facts). */
export class TrackingCollector implements Sink {
  readonly schools = new Map<string, SchoolFacts>();
  readonly partnerships = new Map<string, { university: string; county: string; schools: string[] }>();
  readonly committees = new Map<string, { schools: string[]; members: string[] }>();

  constructor(private readonly next: Sink) {}

  add<E extends BaseEntity>(entity: EntityClass<E>, row: Row<E>): void {
    this.collect(entity as EntityClass<BaseEntity>, row as Record<string, unknown> & { id: string });
    this.next.add(entity, row);
  }

  checkpoint(): Promise<void> {
    return this.next.checkpoint();
  }

  get counts(): Readonly<Record<string, number>> {
    return this.next.counts;
  }

  private committee(id: string) {
    let committee = this.committees.get(id);
    if (!committee) {
      committee = { schools: [], members: [] };
      this.committees.set(id, committee);
    }
    return committee;
  }

  private collect(entity: EntityClass<BaseEntity>, row: Record<string, unknown> & { id: string }): void {
    const text = (key: string) => (row[key] === null || row[key] === undefined ? null : String(row[key]));
    if (entity === School) {
      const facts = { county: text('county')!, nameZh: text('nameZh')!, nameEn: text('nameEn')! };
      this.schools.set(row.id, { ...facts, activities: [], metrics: [] });
    } else if (entity === Partnership) {
      this.partnerships.set(row.id, { university: text('university')!, county: text('county')!, schools: [] });
    } else if (entity === PartnershipSchool) {
      this.partnerships.get(text('partnership')!)?.schools.push(text('school')!);
    } else if (entity === CommitteeTargetSchool) {
      this.committee(text('committee')!).schools.push(text('school')!);
    } else if (entity === CommitteeMember) {
      this.committee(text('committee')!).members.push(text('person')!);
    } else if (entity === Activity) {
      const school = this.schools.get(text('school') ?? '');
      if (school && school.activities.length < KEPT_PER_SCHOOL) {
        school.activities.push({ id: row.id, startDate: text('startDate')!, partnership: text('partnership') });
      }
    } else if (entity === SchoolMetric) {
      const school = this.schools.get(text('school') ?? '');
      if (school && school.metrics.length < KEPT_PER_SCHOOL) school.metrics.push(row.id);
    }
  }
}

/** What is found, per improvement task (titles of problems; names of practices). */
const TASKS: Record<ImprovementTask, { problem: string[]; practice: { zh: string; en: string } }> = {
  [ImprovementTask.EDUCATIONAL_QUALITY]: {
    problem: ['Pass rates lag the province', 'No school-based teaching research', 'Weak senior-year review'],
    practice: { zh: '集体备课与同课异构', en: 'Joint lesson planning and parallel lessons' },
  },
  [ImprovementTask.TEACHING_FORCE_CAPACITY]: {
    problem: ['Too few senior-title teachers', 'Young teachers without mentors', 'Shortage of physics teachers'],
    practice: { zh: '名师工作室带教', en: 'Master-teacher studio mentoring' },
  },
  [ImprovementTask.STUDENT_WELL_ROUNDEDNESS]: {
    problem: ['Few arts and sports activities', 'No career guidance', 'Laboratories rarely used'],
    practice: { zh: '走进大学实验室', en: 'University laboratory days for county students' },
  },
  [ImprovementTask.SCHOOL_MANAGEMENT]: {
    problem: [
      'No multi-year development plan',
      'Teacher evaluation not linked to results',
      'Dormitory management gaps',
    ],
    practice: { zh: '现代学校管理制度建设', en: 'Building a modern school management system' },
  },
};

const TASK_LIST = Object.values(ImprovementTask);
const SEVERITIES = [ProblemSeverity.LOW, ProblemSeverity.MEDIUM, ProblemSeverity.HIGH, ProblemSeverity.CRITICAL];

/** How a problem's story ends: its statuses after OPEN. */
const STORIES: { statuses: ProblemStatus[]; weight: number }[] = [
  { statuses: [], weight: 25 },
  { statuses: [ProblemStatus.IN_PROGRESS], weight: 35 },
  { statuses: [ProblemStatus.IN_PROGRESS, ProblemStatus.RESOLVED], weight: 35 },
  { statuses: [ProblemStatus.WITHDRAWN], weight: 5 },
];

/** Who found a problem: the party, the committee or university, and how. */
interface Finder {
  foundBy: TrackingParty;
  committee?: string;
  university?: string;
  method: FindingMethod;
  /** Who advises on it: a committee's members, a university's team, or the ministry. */
  adviser: { givenBy: TrackingParty; committee?: string; university?: string; people: string[] };
}

interface Place {
  school: string | null;
  county: string;
  partnership: string | null;
}

/** Writes the tracking records after every other row (see the file comment). */
export function seedTracking(ctx: SeedContext, seen: TrackingCollector): void {
  const rng = ctx.rng.fork('tracking');
  const add = <E extends BaseEntity>(entity: EntityClass<E>, row: Omit<Row<E>, 'id'>): string => {
    const id = ctx.ids.next();
    ctx.sink.add(entity, { id, ...synthetic, ...row } as Row<E>);
    return id;
  };

  const problem = (place: Place, finder: Finder, foundOn: string): void => {
    const task = rng.pick(TASK_LIST);
    const story = rng.weighted(
      STORIES.map((s) => s.statuses),
      STORIES.map((s) => s.weight),
    );
    // The status history: OPEN when found, then a change every one to four months.
    const changes: { status: ProblemStatus; on: string }[] = [{ status: ProblemStatus.OPEN, on: foundOn }];
    for (const status of story) changes.push({ status, on: addDays(changes.at(-1)!.on, rng.int(30, 120)) });
    const last = changes.at(-1)!;
    const problemId = add(Problem, {
      school: place.school,
      county: place.county,
      partnership: place.partnership,
      committee: finder.committee ?? null,
      university: finder.university ?? null,
      task,
      title: rng.pick(TASKS[task].problem),
      description: `Found by ${finder.method.toLowerCase().replace(/_/g, ' ')}; synthetic record of the seed.`,
      foundBy: finder.foundBy,
      method: finder.method,
      foundOn,
      severity: rng.weighted(SEVERITIES, [2, 4, 3, 1]),
      status: last.status,
      statusOn: last.on,
    });
    for (const change of changes) {
      add(ProblemStatusChange, { problem: problemId, status: change.status, changedOn: change.on });
    }
    if (last.status === ProblemStatus.WITHDRAWN) return;
    // Guidance soon after it was found; followed up when the problem moved on.
    const advice = last.status === ProblemStatus.OPEN ? (rng.chance(0.5) ? 1 : 0) : rng.int(1, 2);
    for (let n = 0; n < advice; n++) {
      const givenOn = addDays(foundOn, rng.int(3, 25) + n * 20);
      const { givenBy, committee, university, people } = finder.adviser;
      const followUp =
        last.status === ProblemStatus.RESOLVED
          ? FollowUpStatus.DONE
          : last.status === ProblemStatus.IN_PROGRESS
            ? FollowUpStatus.IN_PROGRESS
            : FollowUpStatus.PENDING;
      add(Guidance, {
        problem: problemId,
        givenBy,
        committee: committee ?? null,
        university: university ?? null,
        person: people.length ? rng.pick(people) : null,
        suggestion: `Suggested measures on ${task.toLowerCase().replace(/_/g, ' ')} (synthetic).`,
        givenOn,
        followUpStatus: followUp,
        followUp: followUp === FollowUpStatus.PENDING ? null : 'Followed up at the next visit (synthetic).',
        followUpOn: followUp === FollowUpStatus.PENDING ? null : addDays(givenOn, rng.int(30, 90)),
      });
    }
  };

  // The committees' field research, surveys and online meetings at their target schools (document 000).
  for (const [committee, { schools, members }] of seen.committees) {
    for (const school of schools) {
      const facts = seen.schools.get(school);
      if (!facts || !rng.chance(0.35)) continue;
      const method = rng.weighted(
        [FindingMethod.FIELD_RESEARCH, FindingMethod.SURVEY, FindingMethod.ONLINE_MEETING],
        [5, 3, 2],
      );
      const adviser = { givenBy: TrackingParty.COMMITTEE, committee, people: members };
      problem(
        { school, county: facts.county, partnership: null },
        { foundBy: TrackingParty.COMMITTEE, committee, method, adviser },
        dateBetween(rng, '2023-03-01', '2024-06-30'),
      );
    }
  }

  // The universities' visits to the schools they took on, and the counties' own reports (document 004).
  let nth = 0;
  for (const [partnership, { university, county, schools }] of seen.partnerships) {
    nth++;
    const school = schools.length ? rng.pick(schools) : null;
    if (school && rng.chance(0.5)) {
      const adviser = { givenBy: TrackingParty.UNIVERSITY, university, people: [] };
      problem(
        { school, county, partnership },
        { foundBy: TrackingParty.UNIVERSITY, university, method: FindingMethod.VISIT, adviser },
        dateBetween(rng, '2022-10-01', '2024-12-31'),
      );
    }
    if (nth % 7 === 0) {
      const adviser = { givenBy: TrackingParty.MINISTRY, people: [] };
      problem(
        { school: null, county, partnership },
        { foundBy: TrackingParty.COUNTY, method: FindingMethod.REPORT, adviser },
        dateBetween(rng, '2023-01-01', '2024-12-31'),
      );
    }
    // Good practice of the partnership at a school, resting on its activities there and the school's figures.
    const facts = school ? seen.schools.get(school) : undefined;
    const activities = facts?.activities.filter((activity) => activity.partnership === partnership) ?? [];
    if (!facts || !activities.length || !rng.chance(0.4)) continue;
    practice(rng, add, { school: school!, county, partnership, university, facts, activities });
  }
}

function practice(
  rng: Rng,
  add: <E extends BaseEntity>(entity: EntityClass<E>, row: Omit<Row<E>, 'id'>) => string,
  at: {
    school: string;
    county: string;
    partnership: string;
    university: string;
    facts: SchoolFacts;
    activities: SchoolFacts['activities'];
  },
): void {
  const task = rng.pick(TASK_LIST);
  const name = TASKS[task].practice;
  const evidence = rng.sample(at.activities, Math.min(2, at.activities.length));
  const latest = evidence
    .map((a) => a.startDate)
    .sort()
    .at(-1)!;
  // About one in four is marked for promotion by the ministry, some months after the evidence.
  const promotion = rng.chance(0.25)
    ? { promotedOn: addDays(latest, rng.int(60, 240)), promotedBy: 'seed:ministry' }
    : { promotedOn: null, promotedBy: null };
  const practiceId = add(Practice, {
    nameZh: `${at.facts.nameZh}${name.zh}`,
    nameEn: `${name.en} at ${at.facts.nameEn}`,
    description: `${name.en}, grown from the partnership's activities at the school (synthetic).`,
    task,
    school: at.school,
    county: at.county,
    university: at.university,
    partnership: at.partnership,
    ...promotion,
  });
  for (const activity of evidence) {
    add(PracticeEvidence, { practice: practiceId, activity: activity.id, note: 'The activity it grew from.' });
  }
  const metric = at.facts.metrics.at(-1);
  if (metric) add(PracticeEvidence, { practice: practiceId, metric, note: "The school's figures since." });
}
