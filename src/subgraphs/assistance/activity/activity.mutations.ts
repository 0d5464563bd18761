import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { datesInOrder, matchesPartnership } from '../partnership/partnership.mutations';
import { PracticeEvidence } from '../guidance/guidance.entity';
import { Activity, Participation } from './activity.entity';
import {
  AddParticipationInput,
  CreateActivityInput,
  UpdateActivityInput,
  UpdateParticipationInput,
} from './activity.inputs';

// An activity hangs off its partnership (a university records its own); one without, or one naming a
// committee (the ministry's), off the ministry.
declareWrites(Activity, {
  anchor: (activity) => [
    activity.partnership ? { kind: 'partnership', id: String(activity.partnership) } : MINISTRY,
    ...(activity.committee ? [MINISTRY] : []),
  ],
  check: async (activity, writes) => [
    datesInOrder(activity, 'startDate', 'endDate'),
    await matchesPartnership(activity, writes),
  ],
});

// A participation hangs off its activity.
declareWrites(Participation, {
  anchor: (participation) => ({ kind: 'activity', id: String(participation.activity) }),
});

/** An activity's participants, created with it (by createActivity and by the import). */
export const ACTIVITY_CHILDREN = { participants: { entity: Participation, parent: 'activity' } };

@Resolver()
export class ActivityMutations extends recordMutations(Activity, {
  field: 'activity',
  create: {
    name: 'createActivity',
    description:
      'Records an activity with the people who took part (one transaction). Rights: ministry_admin; a university for its own partnerships, naming only people in its reach (Person.gender says who).',
    input: CreateActivityInput,
    children: ACTIVITY_CHILDREN,
  },
  update: {
    name: 'updateActivity',
    description: 'Changes an activity at the version read. Rights: as createActivity, on the activity as it is.',
    input: UpdateActivityInput,
  },
  remove: {
    name: 'cancelActivity',
    description:
      'Cancels an activity: removes it, its participations and the practice evidence resting on it (the audit trail keeps what they were). Rights: as updateActivity.',
    cascade: [
      { entity: Participation, foreignKey: 'activity' },
      { entity: PracticeEvidence, foreignKey: 'activity' },
    ],
  },
}) {}

@Resolver()
export class ParticipationMutations extends recordMutations(Participation, {
  field: 'participation',
  create: {
    name: 'addParticipation',
    description:
      'Adds a person to an activity. Rights: ministry_admin; a university for the activities of its own partnerships, and a person in its reach (Person.gender says who).',
    input: AddParticipationInput,
  },
  update: {
    name: 'updateParticipation',
    description: 'Changes how a person took part, at the version read. Rights: as addParticipation.',
    input: UpdateParticipationInput,
  },
  remove: {
    name: 'removeParticipation',
    description: 'Removes a person from an activity, at the version read. Rights: as addParticipation.',
  },
}) {}
