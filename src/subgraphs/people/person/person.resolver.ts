import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { Appointment } from '../appointment/appointment.entity';
import { Person } from './person.entity';
import { PersonListing } from '../listings';

@Resolver(() => Person)
export class PersonResolver extends entityQueries(Person, {
  listing: PersonListing,
  one: 'person',
  many: 'people',
  what: 'person',
}) {
  @FieldResolver(() => [Appointment], { description: "The person's appointments, most recent first." })
  appointments(@Root() person: Person, @Ctx() ctx: Context): Promise<Appointment[]> {
    return ctx.loaders.many(Appointment, 'person', { startDate: 'desc' }).load(person.id);
  }
}
