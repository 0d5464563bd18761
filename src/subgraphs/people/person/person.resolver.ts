import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import { entityQueries } from '../../../graphql/entity-queries';
import { Appointment } from '../appointment/appointment.entity';
import { Person } from './person.entity';
import { AppointmentListing, PersonListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const appointmentsOfPerson = pageOf('Person', 'appointments', Appointment, 'person', AppointmentListing);

@Resolver(() => Person)
export class PersonResolver extends entityQueries(Person, {
  listing: PersonListing,
  one: 'person',
  many: 'people',
  what: 'person',
}) {
  @FieldResolver(() => connectionFor(Appointment), { description: "The person's appointments, a page at a time." })
  appointments(@Root() person: Person, @Ctx() ctx: Context, @Args(() => AppointmentListing.Args) args: ListArgs) {
    return appointmentsOfPerson(ctx, person.id, args);
  }
}
