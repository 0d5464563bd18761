import { InputType } from 'type-graphql';
import { EnumInput, IdInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { AttendanceRole } from '../enums';

@InputType({
  description:
    'Who took part in an event, in a role: exactly one of a person, a school, a university, an education bureau or an agency.',
})
export class CreateAttendanceInput {
  @IdInput('The event.')
  eventId!: string;

  @IdInput('A person who took part.', { optional: true })
  personId?: string | null;

  @IdInput('A school that took part.', { optional: true })
  schoolId?: string | null;

  @IdInput('A university that took part.', { optional: true })
  universityId?: string | null;

  @IdInput('An education bureau that took part (ministry only).', { optional: true })
  educationBureauId?: string | null;

  @IdInput('An agency that took part (ministry only).', { optional: true })
  agencyId?: string | null;

  @EnumInput(AttendanceRole, 'Chair, host, speaker, reporter or attendee.')
  role!: AttendanceRole;

  @TextInput('What the participant did, as reported', 4000, { optional: true })
  note?: string | null;
}

@InputType({ description: 'An attendance to change: the role and the note.' })
export class UpdateAttendanceInput extends RecordVersionInput {
  @EnumInput(AttendanceRole, 'Chair, host, speaker, reporter or attendee.', { optional: true })
  role?: AttendanceRole;

  @TextInput('What the participant did, as reported', 4000, { optional: true })
  note?: string | null;
}
