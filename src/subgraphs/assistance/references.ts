import { entityReference } from '../../graphql/federation';
import { Agency } from '../directory/agency/agency.entity';
import { County } from '../directory/county/county.entity';
import { EducationBureau } from '../directory/education-bureau/education-bureau.entity';
import { Prefecture } from '../directory/prefecture/prefecture.entity';
import { Province } from '../directory/province/province.entity';
import { School } from '../directory/school/school.entity';
import { University } from '../directory/university/university.entity';
import { Appointment } from '../people/appointment/appointment.entity';
import { Person } from '../people/person/person.entity';

/*
 * Entities owned by the directory and people subgraphs, as this subgraph sees them: the key only.
 * The assistance subgraph adds programme, partnership, activity and event fields to them
 * (extensions.resolver.ts) and returns them as references that the gateway resolves in their owner.
 */
export const UniversityReference = entityReference(University);
export const CountyReference = entityReference(County);
export const SchoolReference = entityReference(School);
export const PersonReference = entityReference(Person);
export const AppointmentReference = entityReference(Appointment);
export const AgencyReference = entityReference(Agency);
export const EducationBureauReference = entityReference(EducationBureau);
export const ProvinceReference = entityReference(Province);
export const PrefectureReference = entityReference(Prefecture);
