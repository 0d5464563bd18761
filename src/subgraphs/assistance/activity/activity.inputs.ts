import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { IsRecordId, IsText } from '../../../graphql/mutations/validation';
import { LocalDate } from '../../../graphql/scalars';
import { ActivityKind, EventFormat, ParticipationRole } from '../enums';

/** Most participants one activity is recorded with at once (more: addParticipation, or the import). */
export const MAX_PARTICIPANTS = 500;

const REACH = { min: 0, max: 10_000_000 };

@InputType({ description: 'A person taking part in an activity, as it is recorded.' })
export class ParticipantInput {
  @Field(() => ID, { description: 'The person (see `people`); must exist.' })
  @IsRecordId()
  personId!: string;

  @Field(() => ParticipationRole, { description: 'How the person took part.' })
  @IsIn(Object.values(ParticipationRole))
  role!: ParticipationRole;
}

@InputType({ description: 'An activity to record, with the people who took part.' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The programme it was done under.' })
  @IsRecordId()
  programId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partnership that did it. A university may record activities of its own partnerships only.',
  })
  @IsOptional()
  @IsRecordId()
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The expert committee that did it, if one did (ministry only).' })
  @IsOptional()
  @IsRecordId()
  committeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The university that ran it, if any.' })
  @IsOptional()
  @IsRecordId()
  universityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The school it was for or at; with a partnership, a school of the partnership's county.",
  })
  @IsOptional()
  @IsRecordId()
  schoolId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The county it was for, if one.' })
  @IsOptional()
  @IsRecordId()
  countyId?: string | null;

  @Field(() => ActivityKind, { description: 'What was done.' })
  @IsIn(Object.values(ActivityKind))
  kind!: ActivityKind;

  @Field({ description: 'Short title (1–255 characters).' })
  @IsText(255)
  title!: string;

  @Field(() => EventFormat, { nullable: true, description: 'In person (the default), hybrid or online.' })
  @IsOptional()
  @IsIn(Object.values(EventFormat))
  format?: EventFormat;

  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, not before the first; null for one day.' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it reached, recorded or not (default 0).' })
  @IsOptional()
  @IsInt()
  @Min(REACH.min)
  @Max(REACH.max)
  reach?: number;

  @Field(() => [ParticipantInput], {
    nullable: true,
    description: `The people who took part (at most ${MAX_PARTICIPANTS}; each person once).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ArrayUnique((participant: ParticipantInput) => participant.personId, { message: 'names a person twice' })
  @ValidateNested()
  participants?: ParticipantInput[];
}

@InputType({ description: 'An activity to change: its id, the version read, and the fields to change.' })
export class UpdateActivityInput extends RecordVersionInput {
  @Field(() => ActivityKind, { nullable: true, description: 'What was done.' })
  @IsOptional()
  @IsIn(Object.values(ActivityKind))
  kind?: ActivityKind;

  @Field(() => String, { nullable: true, description: 'Short title (1–255 characters).' })
  @IsOptional()
  @IsText(255)
  title?: string;

  @Field(() => EventFormat, { nullable: true, description: 'In person, hybrid or online.' })
  @IsOptional()
  @IsIn(Object.values(EventFormat))
  format?: EventFormat;

  @Field(() => LocalDate, { nullable: true, description: 'First day.' })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, not before the first (null: one day).' })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it reached.' })
  @IsOptional()
  @IsInt()
  @Min(REACH.min)
  @Max(REACH.max)
  reach?: number;

  @Field(() => ID, { nullable: true, description: "The school it was for or at (in the partnership's county)." })
  @IsOptional()
  @IsRecordId()
  schoolId?: string | null;
}

@InputType({ description: 'A person to add to an activity.' })
export class AddParticipationInput extends ParticipantInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsRecordId()
  activityId!: string;
}

@InputType({ description: 'A participation to change: how the person took part.' })
export class UpdateParticipationInput extends RecordVersionInput {
  @Field(() => ParticipationRole, { nullable: true, description: 'How the person took part.' })
  @IsOptional()
  @IsIn(Object.values(ParticipationRole))
  role?: ParticipationRole;
}
