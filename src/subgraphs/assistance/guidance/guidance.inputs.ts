import { InputType } from 'type-graphql';
import { DateInput, EnumInput, IdInput, ListInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import {
  FindingMethod,
  FollowUpStatus,
  ImprovementTask,
  ProblemSeverity,
  ProblemStatus,
  TrackingParty,
} from '../enums';

/** Most pieces of evidence a practice is recorded with at once. */
const MAX_EVIDENCE = 100;

@InputType({ description: 'A problem found at a school or a county.' })
export class CreateProblemInput {
  @IdInput('The school it was found at; leave out for a problem of the county as a whole.', { optional: true })
  schoolId?: string | null;

  @IdInput("The county: the school's, or the county the problem is about.")
  countyId!: string;

  @IdInput("The partnership it concerns, if one (of the problem's county).", { optional: true })
  partnershipId?: string | null;

  @EnumInput(TrackingParty, 'Who found it. COMMITTEE needs committeeId, UNIVERSITY needs universityId.')
  foundBy!: TrackingParty;

  @IdInput('The committee that found it (with foundBy COMMITTEE only).', { optional: true })
  committeeId?: string | null;

  @IdInput('The university that found it (with foundBy UNIVERSITY only).', { optional: true })
  universityId?: string | null;

  @EnumInput(FindingMethod, 'How it was found.')
  method!: FindingMethod;

  @DateInput('The day it was found.')
  foundOn!: string;

  @EnumInput(ImprovementTask, 'The improvement task it stands in the way of.')
  task!: ImprovementTask;

  @EnumInput(ProblemSeverity, 'How much it holds implementation back.')
  severity!: ProblemSeverity;

  @TextInput('Short title', 255)
  title!: string;

  @TextInput('What was found', 4000)
  description!: string;
}

@InputType({ description: 'A problem to change (not its status: see changeProblemStatus).' })
export class UpdateProblemInput extends RecordVersionInput {
  @EnumInput(ImprovementTask, 'The improvement task.', { optional: true })
  task?: ImprovementTask;

  @EnumInput(ProblemSeverity, 'How severe.', { optional: true })
  severity?: ProblemSeverity;

  @TextInput('Short title', 255, { optional: true })
  title?: string;

  @TextInput('What was found', 4000, { optional: true })
  description?: string;

  @IdInput("The partnership it concerns (null: none), of the problem's county.", { optional: true })
  partnershipId?: string | null;
}

@InputType({ description: "A problem's new status, the day it took it and why (recorded in its status history)." })
export class ChangeProblemStatusInput extends RecordVersionInput {
  @EnumInput(ProblemStatus, 'The new status.')
  status!: ProblemStatus;

  @DateInput('The day it took the status, not before the problem was found.')
  statusOn!: string;

  @TextInput('Why, or what was done', 4000, { optional: true })
  note?: string | null;
}

@InputType({ description: 'Guidance given for a problem.' })
export class AddGuidanceInput {
  @IdInput('The problem.')
  problemId!: string;

  @EnumInput(TrackingParty, 'Who gave it. COMMITTEE needs committeeId, UNIVERSITY needs universityId; not COUNTY.')
  givenBy!: TrackingParty;

  @IdInput('The committee whose member gave it (with givenBy COMMITTEE only).', { optional: true })
  committeeId?: string | null;

  @IdInput('The university whose team gave it (with givenBy UNIVERSITY only).', { optional: true })
  universityId?: string | null;

  @IdInput('The person who gave it, if recorded (a team lead; with a committee, one of its members).', {
    optional: true,
  })
  personId?: string | null;

  @TextInput('What was suggested', 4000)
  suggestion!: string;

  @DateInput('The day it was given.')
  givenOn!: string;
}

@InputType({ description: 'Guidance to change: mostly its follow-up.' })
export class UpdateGuidanceInput extends RecordVersionInput {
  @EnumInput(FollowUpStatus, 'What became of it.', { optional: true })
  followUpStatus?: FollowUpStatus;

  @TextInput('What the follow-up found', 4000, { optional: true })
  followUp?: string | null;

  @DateInput('The day of the follow-up, not before the guidance was given.', { optional: true })
  followUpOn?: string | null;

  @TextInput('What was suggested', 4000, { optional: true })
  suggestion?: string;
}

@InputType({ description: 'What a practice rests on: exactly one of an activity and a metric record.' })
export class PracticeEvidenceInput {
  @IdInput('An activity the practice rests on.', { optional: true })
  activityId?: string | null;

  @IdInput('A school figures record (metric) the practice rests on.', { optional: true })
  metricId?: string | null;

  @TextInput('What it shows', 4000, { optional: true })
  note?: string | null;
}

@InputType({ description: 'Good practice to record, with the evidence it rests on.' })
export class CreatePracticeInput {
  @TextInput('Chinese name', 255)
  nameZh!: string;

  @TextInput('English name', 255)
  nameEn!: string;

  @TextInput('What was done, and how', 4000)
  description!: string;

  @EnumInput(ImprovementTask, 'The improvement task it served.')
  task!: ImprovementTask;

  @IdInput('The school where it was done; leave out for a practice of the county as a whole.', { optional: true })
  schoolId?: string | null;

  @IdInput("The county: the school's, or where it was done.")
  countyId!: string;

  @IdInput('The university that did it, if one.', { optional: true })
  universityId?: string | null;

  @IdInput('The partnership it was done under, if one (of the county, and of the university).', { optional: true })
  partnershipId?: string | null;

  @ListInput(PracticeEvidenceInput, 'The activities and metric records it rests on', MAX_EVIDENCE)
  evidence?: PracticeEvidenceInput[];
}

@InputType({ description: 'A practice to change.' })
export class UpdatePracticeInput extends RecordVersionInput {
  @TextInput('Chinese name', 255, { optional: true })
  nameZh?: string;

  @TextInput('English name', 255, { optional: true })
  nameEn?: string;

  @TextInput('What was done, and how', 4000, { optional: true })
  description?: string;

  @EnumInput(ImprovementTask, 'The improvement task it served.', { optional: true })
  task?: ImprovementTask;
}
