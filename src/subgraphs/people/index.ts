import {
  buildSubgraph,
  extendedEntities,
  ownedEntities,
  type Subgraph,
  type SubgraphModule,
} from '../../graphql/federation';
import * as listings from './listings';
import { peoplePolicy } from './policy';
import { Appointment } from './appointment/appointment.entity';
import { AppointmentMutations } from './appointment/appointment.mutations';
import { AppointmentResolver } from './appointment/appointment.resolver';
import {
  AgencyStaffResolver,
  EducationBureauStaffResolver,
  SchoolPrincipalResolver,
  SchoolStaffResolver,
  UniversityStaffResolver,
} from './organization-staff.resolver';
import { Person } from './person/person.entity';
import { PersonMutations } from './person/person.mutations';
import { PersonResolver } from './person/person.resolver';

/** The people's entities, parents before children. */
const entities = [Person, Appointment];

/** The people subgraph: persons, their appointments, and the staff of every organization. */
export const people: SubgraphModule = {
  name: 'people',
  entities,
  listings: Object.values(listings),
  policy: peoplePolicy,
  build: buildPeopleSubgraph,
};

function buildPeopleSubgraph(): Promise<Subgraph> {
  return buildSubgraph(
    'people',
    {
      resolvers: [
        PersonResolver,
        AppointmentResolver,
        SchoolStaffResolver,
        SchoolPrincipalResolver,
        UniversityStaffResolver,
        EducationBureauStaffResolver,
        AgencyStaffResolver,
        // writes (README, Writes)
        PersonMutations,
        AppointmentMutations,
      ],
    },
    {
      ...ownedEntities(entities),
      ...extendedEntities(['School', 'University', 'EducationBureau', 'Agency']),
    },
  );
}
