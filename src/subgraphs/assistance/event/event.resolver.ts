import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Committee } from '../committee/committee.entity';
import { Program } from '../program/program.entity';
import {
  AgencyReference,
  EducationBureauReference,
  PersonReference,
  SchoolReference,
  UniversityReference,
} from '../references';
import { Attendance, Event } from './event.entity';
import { AttendanceListing, EventListing } from '../listings';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import { ListSize } from '../../../graphql/demand';
import { pageOf } from '../../../graphql/sql/field-sources';

const attendancesOfEvent = pageOf('Event', 'attendances', Attendance, 'event', AttendanceListing);

@Resolver(() => Event)
export class EventResolver extends entityQueries(Event, {
  listing: EventListing,
  one: 'event',
  many: 'events',
  what: 'event',
  code: 'event code',
}) {
  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event this one was part of (the seminar a symposium was held within); null for top-level events.',
  })
  parent(@Root() event: Event, @Ctx() ctx: Context): Promise<Event | null> {
    return loadRelated(ctx, Event, event.parent);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Event], { description: 'The sessions held within this event, earliest first.' })
  children(@Root() event: Event, @Ctx() ctx: Context): Promise<Event[]> {
    return ctx.loaders.many(Event, 'parent', { startDate: 'asc' }).load(event.id);
  }

  @FieldResolver(() => AgencyReference, {
    nullable: true,
    description: 'The agency that organized the event, where known.',
  })
  organizer(@Root() event: Event) {
    return reference(event.organizer);
  }

  @FieldResolver(() => Program, { nullable: true, description: 'The programme the event belongs to, if any.' })
  program(@Root() event: Event, @Ctx() ctx: Context): Promise<Program | null> {
    return loadRelated(ctx, Program, event.program);
  }

  @FieldResolver(() => Committee, {
    nullable: true,
    description: 'The expert committee that held the event, if one did.',
  })
  committee(@Root() event: Event, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, event.committee);
  }

  @FieldResolver(() => connectionFor(Attendance), {
    description: 'The people and organizations at the event, in the order recorded (sort by ROLE with `orderBy`).',
  })
  attendances(@Root() event: Event, @Ctx() ctx: Context, @Args(() => AttendanceListing.Args) args: ListArgs) {
    return attendancesOfEvent(ctx, event.id, args);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver extends entityQueries(Attendance, {
  listing: AttendanceListing,
  one: 'attendance',
  many: 'attendances',
  what: 'attendance',
}) {
  @FieldResolver(() => Event, { description: 'The event attended.' })
  event(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Event | null> {
    return loadRelated(ctx, Event, attendance.event);
  }

  @FieldResolver(() => PersonReference, {
    nullable: true,
    description: 'The person who took part, when the participant is a person (exactly one participant field is set).',
  })
  person(@Root() attendance: Attendance) {
    return reference(attendance.person);
  }

  @FieldResolver(() => SchoolReference, {
    nullable: true,
    description: 'The school that took part, when the participant is a school (exactly one participant field is set).',
  })
  school(@Root() attendance: Attendance) {
    return reference(attendance.school);
  }

  @FieldResolver(() => UniversityReference, {
    nullable: true,
    description:
      'The university that took part, when the participant is a university (exactly one participant field is set).',
  })
  university(@Root() attendance: Attendance) {
    return reference(attendance.university);
  }

  @FieldResolver(() => EducationBureauReference, {
    nullable: true,
    description:
      'The education bureau that took part, when the participant is a bureau (exactly one participant field is set).',
  })
  educationBureau(@Root() attendance: Attendance) {
    return reference(attendance.educationBureau);
  }

  @FieldResolver(() => AgencyReference, {
    nullable: true,
    description: 'The agency that took part, when the participant is an agency (exactly one participant field is set).',
  })
  agency(@Root() attendance: Attendance) {
    return reference(attendance.agency);
  }
}
