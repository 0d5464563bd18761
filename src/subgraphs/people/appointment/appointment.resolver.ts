import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Person } from '../person/person.entity';
import { AgencyReference, EducationBureauReference, SchoolReference, UniversityReference } from '../references';
import { Appointment } from './appointment.entity';
import { AppointmentListing } from '../listings';

@Resolver(() => Appointment)
export class AppointmentResolver extends entityQueries(Appointment, {
  listing: AppointmentListing,
  one: 'appointment',
  many: 'appointments',
  what: 'appointment',
}) {
  @FieldResolver(() => Person, { description: 'Who holds the appointment.' })
  person(@Root() appointment: Appointment, @Ctx() ctx: Context): Promise<Person | null> {
    return loadRelated(ctx, Person, appointment.person);
  }

  @FieldResolver(() => SchoolReference, { nullable: true, description: 'The school, when the appointment is at one.' })
  school(@Root() appointment: Appointment) {
    return reference(appointment.school);
  }

  @FieldResolver(() => UniversityReference, {
    nullable: true,
    description: 'The university, when the appointment is at one.',
  })
  university(@Root() appointment: Appointment) {
    return reference(appointment.university);
  }

  @FieldResolver(() => EducationBureauReference, {
    nullable: true,
    description: 'The education bureau, when the appointment is at one.',
  })
  educationBureau(@Root() appointment: Appointment) {
    return reference(appointment.educationBureau);
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The agency, when the appointment is at one.' })
  agency(@Root() appointment: Appointment) {
    return reference(appointment.agency);
  }
}
