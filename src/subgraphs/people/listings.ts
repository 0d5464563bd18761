import { defineListing, RECORD_FIELDS } from '../../graphql/listing/listing';
import { OrderDirection } from '../../graphql/listing/operators';
import { CROSS_LINKS } from '../../shared/cross-links';
import { AppointmentRole, Gender, OrganizationKind } from './enums';

/* What people lists can be filtered and sorted by (see graphql/listing). */

export const PersonListing = defineListing({
  name: 'Person',
  plural: 'people',
  fields: {
    ...RECORD_FIELDS,
    nameZh: 'string',
    nameEn: 'string',
    gender: { enum: Gender, name: 'Gender' },
    birthYear: 'int',
    subject: 'string',
  },
  toMany: { appointments: { type: 'Appointment', foreignKey: 'person' }, ...CROSS_LINKS.Person },
  orderFields: { NAME_ZH: 'nameZh', NAME_EN: 'nameEn', BIRTH_YEAR: 'birthYear' },
});

export const AppointmentListing = defineListing({
  name: 'Appointment',
  plural: 'appointments',
  fields: {
    ...RECORD_FIELDS,
    organizationKind: { enum: OrganizationKind, name: 'OrganizationKind' },
    role: { enum: AppointmentRole, name: 'AppointmentRole' },
    title: 'string',
    startDate: 'date',
    endDate: 'date',
  },
  toOne: {
    person: 'Person',
    school: 'School',
    university: 'University',
    educationBureau: 'EducationBureau',
    agency: 'Agency',
  },
  orderFields: { ROLE: 'role', START_DATE: 'startDate', END_DATE: 'endDate', PERSON_NAME_EN: 'person.nameEn' },
  defaultOrder: [{ field: 'ROLE', direction: OrderDirection.ASC }],
});
