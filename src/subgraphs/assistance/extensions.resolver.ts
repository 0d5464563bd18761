import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../graphql/listing/listing';
import type { Context } from '../../graphql/context';
import { Activity, Participation } from './activity/activity.entity';
import { CommitteeMember, CommitteeTargetSchool } from './committee/committee.entity';
import { Attendance, Event } from './event/event.entity';
import { SchoolMetric } from './metric/school-metric.entity';
import { Partnership, PartnershipSchool } from './partnership/partnership.entity';
import { PartnershipSchoolConnection } from './partnership/partnership.resolver';
import { AssistancePlan } from './plan/plan.entity';
import { Program } from './program/program.entity';
import {
  AgencyReference,
  CountyReference,
  EducationBureauReference,
  PersonReference,
  SchoolReference,
  UniversityReference,
} from './references';
import {
  ActivityListing,
  AttendanceListing,
  CommitteeTargetSchoolListing,
  EventListing,
  ParticipationListing,
  PartnershipListing,
  PartnershipSchoolListing,
} from './listings';
import { ListSize } from '../../graphql/demand';
import { pageOf } from '../../graphql/sql/field-sources';

/*
 * Assistance fields on entities other subgraphs own. Each parent is only its key; every list goes
 * through the per-request loaders, so a list level costs one statement however many parents it has
 * (two for lists through a join table: the join rows, then the records they point at).
 */

type Key = { id: string };

const partnershipsOfUniversity = pageOf('University', 'partnerships', Partnership, 'university', PartnershipListing);

const activitiesOfUniversity = pageOf('University', 'activities', Activity, 'university', ActivityListing);
const attendancesOfUniversity = pageOf('University', 'attendances', Attendance, 'university', AttendanceListing);
const partnershipsOfCounty = pageOf('County', 'partnerships', Partnership, 'county', PartnershipListing);
const activitiesOfCounty = pageOf('County', 'activities', Activity, 'county', ActivityListing);
const partnershipsOfSchool = pageOf('School', 'partnerships', PartnershipSchool, 'school', PartnershipSchoolListing);
const committeesOfSchool = pageOf(
  'School',
  'committees',
  CommitteeTargetSchool,
  'school',
  CommitteeTargetSchoolListing,
);
const activitiesOfSchool = pageOf('School', 'activities', Activity, 'school', ActivityListing);
const attendancesOfSchool = pageOf('School', 'attendances', Attendance, 'school', AttendanceListing);
const participationsOfPerson = pageOf('Person', 'participations', Participation, 'person', ParticipationListing);
const attendancesOfPerson = pageOf('Person', 'attendances', Attendance, 'person', AttendanceListing);
const organizedEventsOfAgency = pageOf('Agency', 'organizedEvents', Event, 'organizer', EventListing);
const attendancesOfAgency = pageOf('Agency', 'attendances', Attendance, 'agency', AttendanceListing);
const attendancesOfEducationBureau = pageOf(
  'EducationBureau',
  'attendances',
  Attendance,
  'educationBureau',
  AttendanceListing,
);

@Resolver(() => UniversityReference)
export class UniversityAssistanceResolver {
  @FieldResolver(() => connectionFor(Partnership), {
    description: 'The partnerships in which the university assists a county.',
  })
  partnerships(@Root() university: Key, @Ctx() ctx: Context, @Args(() => PartnershipListing.Args) args: ListArgs) {
    return partnershipsOfUniversity(ctx, university.id, args);
  }

  @FieldResolver(() => connectionFor(Activity), { description: 'The activities the university ran, earliest first.' })
  activities(@Root() university: Key, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfUniversity(ctx, university.id, args);
  }

  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The events the university took part in as an organization.',
  })
  attendances(@Root() university: Key, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfUniversity(ctx, university.id, args);
  }
}

@Resolver(() => CountyReference)
export class CountyAssistanceResolver {
  @FieldResolver(() => connectionFor(Partnership), {
    description: 'The partnerships in which a university assists the county.',
  })
  partnerships(@Root() county: Key, @Ctx() ctx: Context, @Args(() => PartnershipListing.Args) args: ListArgs) {
    return partnershipsOfCounty(ctx, county.id, args);
  }

  @FieldResolver(() => connectionFor(Activity), { description: 'The activities done for the county, earliest first.' })
  activities(@Root() county: Key, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfCounty(ctx, county.id, args);
  }
}

@Resolver(() => SchoolReference)
export class SchoolAssistanceResolver {
  @FieldResolver(() => PartnershipSchoolConnection, {
    description: 'The partnerships that cover the school as an assisted county school (through `partnership`).',
  })
  partnerships(@Root() school: Key, @Ctx() ctx: Context, @Args(() => PartnershipSchoolListing.Args) args: ListArgs) {
    return partnershipsOfSchool(ctx, school.id, args);
  }

  @ListSize({ assumedSize: 5 })
  @FieldResolver(() => [Partnership], {
    description: 'For a university-affiliated high school, the partnerships it takes part in on its university’s side.',
  })
  affiliatedPartnerships(@Root() school: Key, @Ctx() ctx: Context): Promise<Partnership[]> {
    return ctx.loaders.many(Partnership, 'affiliatedHighSchool').load(school.id);
  }

  @ListSize({ assumedSize: 5 })
  @FieldResolver(() => [AssistancePlan], {
    description: '"One school, one policy" assistance plans for the school, by first school year.',
  })
  assistancePlans(@Root() school: Key, @Ctx() ctx: Context): Promise<AssistancePlan[]> {
    return ctx.loaders.many(AssistancePlan, 'school', { startYear: 'asc' }).load(school.id);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [SchoolMetric], { description: "The school's yearly figures, earliest school year first." })
  metrics(@Root() school: Key, @Ctx() ctx: Context): Promise<SchoolMetric[]> {
    return ctx.loaders.many(SchoolMetric, 'school', { year: 'asc' }).load(school.id);
  }

  @FieldResolver(() => connectionFor(CommitteeTargetSchool), {
    description: 'The expert committees that target the school (through `committee`).',
  })
  committees(@Root() school: Key, @Ctx() ctx: Context, @Args(() => CommitteeTargetSchoolListing.Args) args: ListArgs) {
    return committeesOfSchool(ctx, school.id, args);
  }

  @FieldResolver(() => connectionFor(Activity), {
    description: 'The activities done for or at the school, earliest first.',
  })
  activities(@Root() school: Key, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfSchool(ctx, school.id, args);
  }

  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The events the school took part in as an organization.',
  })
  attendances(@Root() school: Key, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfSchool(ctx, school.id, args);
  }
}

@Resolver(() => PersonReference)
export class PersonAssistanceResolver {
  @FieldResolver(() => connectionFor(Participation), {
    description: 'The activities the person took part in, in the order recorded.',
  })
  participations(@Root() person: Key, @Ctx() ctx: Context, @Args(() => ParticipationListing.Args) args: ListArgs) {
    return participationsOfPerson(ctx, person.id, args);
  }

  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The events the person took part in, in the order recorded.',
  })
  attendances(@Root() person: Key, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfPerson(ctx, person.id, args);
  }

  @ListSize({ assumedSize: 5 })
  @FieldResolver(() => [CommitteeMember], { description: 'The committees the person serves on, with their role.' })
  committeeMemberships(@Root() person: Key, @Ctx() ctx: Context): Promise<CommitteeMember[]> {
    return ctx.loaders.many(CommitteeMember, 'person').load(person.id);
  }
}

@Resolver(() => AgencyReference)
export class AgencyAssistanceResolver {
  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Program], { description: 'The programmes whose launching notice the agency issued.' })
  issuedPrograms(@Root() agency: Key, @Ctx() ctx: Context): Promise<Program[]> {
    return ctx.loaders.many(Program, 'issuingAgency').load(agency.id);
  }

  @FieldResolver(() => connectionFor(Event), { description: 'The events the agency organized, earliest first.' })
  organizedEvents(@Root() agency: Key, @Ctx() ctx: Context, @Args(() => EventListing.Args) args: ListArgs) {
    return organizedEventsOfAgency(ctx, agency.id, args);
  }

  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The events the agency took part in as an organization.',
  })
  attendances(@Root() agency: Key, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfAgency(ctx, agency.id, args);
  }
}

@Resolver(() => EducationBureauReference)
export class EducationBureauAssistanceResolver {
  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The events the bureau took part in as an organization (e.g. to report).',
  })
  attendances(@Root() bureau: Key, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfEducationBureau(ctx, bureau.id, args);
  }
}
