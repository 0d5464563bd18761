import { registerEnumType } from 'type-graphql';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender as recorded by the employing organization.',
  valuesConfig: { FEMALE: { description: 'Female.' }, MALE: { description: 'Male.' } },
});

export enum OrganizationKind {
  SCHOOL = 'SCHOOL',
  UNIVERSITY = 'UNIVERSITY',
  EDUCATION_BUREAU = 'EDUCATION_BUREAU',
  AGENCY = 'AGENCY',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Which kind of organization an appointment is at.',
  valuesConfig: {
    SCHOOL: { description: 'A school (see `Appointment.school`).' },
    UNIVERSITY: { description: 'A university (see `Appointment.university`).' },
    EDUCATION_BUREAU: { description: 'A local education bureau (see `Appointment.educationBureau`).' },
    AGENCY: { description: 'A national agency (see `Appointment.agency`).' },
  },
});

export enum AppointmentRole {
  PRINCIPAL = 'PRINCIPAL',
  VICE_PRINCIPAL = 'VICE_PRINCIPAL',
  TEACHER = 'TEACHER',
  STAFF = 'STAFF',
  MINISTER = 'MINISTER',
  VICE_MINISTER = 'VICE_MINISTER',
  DIRECTOR = 'DIRECTOR',
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  PRESIDENT = 'PRESIDENT',
  FACULTY = 'FACULTY',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(AppointmentRole, {
  name: 'AppointmentRole',
  description: 'The role a person holds at an organization.',
  valuesConfig: {
    PRINCIPAL: { description: 'Principal of a school.' },
    VICE_PRINCIPAL: { description: 'Vice principal of a school.' },
    TEACHER: { description: 'Teacher at a school.' },
    STAFF: { description: 'Non-teaching staff at a school.' },
    MINISTER: { description: 'Minister of Education.' },
    VICE_MINISTER: { description: 'Vice minister of education.' },
    DIRECTOR: { description: 'Head of a department, bureau or office.' },
    PARTY_SECRETARY: { description: 'Party secretary of an organization.' },
    PRESIDENT: { description: 'President or vice president of a university or academy.' },
    FACULTY: { description: 'Faculty member of a university (experts, trainers).' },
    OFFICIAL: { description: 'Other official of an agency or bureau.' },
  },
});
