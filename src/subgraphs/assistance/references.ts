import { entityReference } from '../../graphql/federation';

/*
 * Entities owned by the directory and people subgraphs, as this subgraph sees them: the key only,
 * by type name. The assistance subgraph adds programme, partnership, activity and event fields to
 * them (extensions.resolver.ts) and returns them as references that the gateway resolves in their owner.
 */
export const UniversityReference = entityReference('University');
export const CountyReference = entityReference('County');
export const SchoolReference = entityReference('School');
export const PersonReference = entityReference('Person');
export const AppointmentReference = entityReference('Appointment');
export const AgencyReference = entityReference('Agency');
export const EducationBureauReference = entityReference('EducationBureau');
export const ProvinceReference = entityReference('Province');
export const PrefectureReference = entityReference('Prefecture');
