import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { Committee, CommitteeMember, CommitteeTargetSchool } from './committee.entity';
import {
  AddCommitteeMemberInput,
  AddCommitteeTargetSchoolInput,
  CreateCommitteeInput,
  UpdateCommitteeInput,
  UpdateCommitteeMemberInput,
} from './committee.inputs';

// Committees, their members and target schools are the ministry's to set.
for (const entity of [Committee, CommitteeMember, CommitteeTargetSchool])
  declareWrites(entity, { hangs: [], anchor: () => MINISTRY });

@Resolver()
export class CommitteeMutations extends recordMutations(Committee, {
  field: 'committee',
  create: {
    name: 'createCommittee',
    description: 'Creates an expert committee with its members and target schools (its code is unique).',
    input: CreateCommitteeInput,
    children: {
      members: { entity: CommitteeMember, parent: 'committee' },
      targetSchools: { entity: CommitteeTargetSchool, parent: 'committee' },
    },
  },
  update: {
    name: 'updateCommittee',
    description: 'Changes a committee at the version read.',
    input: UpdateCommitteeInput,
  },
}) {}

@Resolver()
export class CommitteeMemberMutations extends recordMutations(CommitteeMember, {
  field: 'committeeMember',
  create: {
    name: 'addCommitteeMember',
    description: 'Adds a person to a committee (once per person).',
    input: AddCommitteeMemberInput,
  },
  update: {
    name: 'updateCommitteeMember',
    description: "Changes a member's role at the version read.",
    input: UpdateCommitteeMemberInput,
  },
  remove: {
    name: 'removeCommitteeMember',
    description: 'Removes a member at the version read.',
  },
}) {}

@Resolver()
export class CommitteeTargetSchoolMutations extends recordMutations(CommitteeTargetSchool, {
  field: 'committeeTargetSchool',
  create: {
    name: 'addCommitteeTargetSchool',
    description: 'Adds a target school to a committee (once per school).',
    input: AddCommitteeTargetSchoolInput,
  },
  remove: {
    name: 'removeCommitteeTargetSchool',
    description: 'Removes a target school at the version read.',
  },
}) {}
