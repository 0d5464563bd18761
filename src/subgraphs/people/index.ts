import '../listings';
import '../policies';
import { buildSubgraph, extendedEntities, ownedEntities, type Subgraph } from '../../graphql/federation';
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

/** The people subgraph: persons, their appointments, and the staff of every organization. */
export function buildPeopleSubgraph(): Promise<Subgraph> {
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
      ...ownedEntities({ Person, Appointment }),
      ...extendedEntities(['School', 'University', 'EducationBureau', 'Agency']),
    },
  );
}
