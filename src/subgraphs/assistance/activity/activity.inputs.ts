import { InputType } from 'type-graphql';
import { DateInput, EnumInput, IdInput, IntInput, ListInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { ActivityKind, EventFormat, ParticipationRole } from '../enums';

/** Most participants one activity is recorded with at once (more: addParticipation, or the import). */
export const MAX_PARTICIPANTS = 500;
/** How many people an activity may say it reached. */
const MAX_REACH = 10_000_000;

@InputType({ description: 'A person taking part in an activity, as it is recorded.' })
export class ParticipantInput {
  @IdInput('The person (see `people`); must exist.')
  personId!: string;

  @EnumInput(ParticipationRole, 'How the person took part.')
  role!: ParticipationRole;
}

@InputType({ description: 'An activity to record, with the people who took part.' })
export class CreateActivityInput {
  @IdInput('The programme it was done under.')
  programId!: string;

  @IdInput('The partnership that did it. A university records activities of its own partnerships only.', {
    optional: true,
  })
  partnershipId?: string | null;

  @IdInput('The expert committee that did it, if one did (ministry only).', { optional: true })
  committeeId?: string | null;

  @IdInput('The university that ran it, if any.', { optional: true })
  universityId?: string | null;

  @IdInput("The school it was for or at; with a partnership, a school of the partnership's county.", {
    optional: true,
  })
  schoolId?: string | null;

  @IdInput('The county it was for, if one.', { optional: true })
  countyId?: string | null;

  @EnumInput(ActivityKind, 'What was done.')
  kind!: ActivityKind;

  @TextInput('Short title', 255)
  title!: string;

  @EnumInput(EventFormat, 'In person (the default), hybrid or online.', { optional: true })
  format?: EventFormat;

  @DateInput('First day.')
  startDate!: string;

  @DateInput('Last day, not before the first; null for one day.', { optional: true })
  endDate?: string | null;

  @IntInput('How many people it reached, recorded or not (default 0)', 0, MAX_REACH, { optional: true })
  reach?: number;

  @ListInput(ParticipantInput, 'The people who took part', MAX_PARTICIPANTS, {
    by: (participant: ParticipantInput) => participant.personId,
    what: 'a person',
  })
  participants?: ParticipantInput[];
}

@InputType({ description: 'An activity to change: its id, the version read, and the fields to change.' })
export class UpdateActivityInput extends RecordVersionInput {
  @EnumInput(ActivityKind, 'What was done.', { optional: true })
  kind?: ActivityKind;

  @TextInput('Short title', 255, { optional: true })
  title?: string;

  @EnumInput(EventFormat, 'In person, hybrid or online.', { optional: true })
  format?: EventFormat;

  @DateInput('First day.', { optional: true })
  startDate?: string;

  @DateInput('Last day, not before the first (null: one day).', { optional: true })
  endDate?: string | null;

  @IntInput('How many people it reached', 0, MAX_REACH, { optional: true })
  reach?: number;

  @IdInput("The school it was for or at (in the partnership's county).", { optional: true })
  schoolId?: string | null;
}

@InputType({ description: 'A person to add to an activity.' })
export class AddParticipationInput extends ParticipantInput {
  @IdInput('The activity.')
  activityId!: string;
}

@InputType({ description: 'A participation to change: how the person took part.' })
export class UpdateParticipationInput extends RecordVersionInput {
  @EnumInput(ParticipationRole, 'How the person took part.', { optional: true })
  role?: ParticipationRole;
}
