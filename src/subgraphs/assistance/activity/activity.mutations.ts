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
  hangs: ['partnership'],
  ministryWhen: 'for an activity of no partnership or naming a committee',
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
  hangs: ['activity'],
  anchor: (participation) => ({ kind: 'activity', id: String(participation.activity) }),
});

/** An activity's participants, created with it (by createActivity and by the import). */
export const ACTIVITY_CHILDREN = { participants: { entity: Participation, parent: 'activity' } };

@Resolver()
export class ActivityMutations extends recordMutations(Activity, {
  field: 'activity',
  create: {
    name: 'createActivity',
    description: 'Records an activity with the people who took part (one transaction).',
    input: CreateActivityInput,
    children: ACTIVITY_CHILDREN,
  },
  update: {
    name: 'updateActivity',
    description: 'Changes an activity at the version read.',
    input: UpdateActivityInput,
  },
  remove: {
    name: 'cancelActivity',
    description:
      'Cancels an activity: removes it, its participations and the practice evidence resting on it (the audit trail keeps what they were).',
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
    description: 'Adds a person to an activity.',
    input: AddParticipationInput,
  },
  update: {
    name: 'updateParticipation',
    description: 'Changes how a person took part, at the version read.',
    input: UpdateParticipationInput,
  },
  remove: {
    name: 'removeParticipation',
    description: 'Removes a person from an activity, at the version read.',
  },
}) {}
