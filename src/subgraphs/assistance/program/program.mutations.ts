import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { datesInOrder } from '../partnership/partnership.mutations';
import { Program } from './program.entity';
import { CreateProgramInput, UpdateProgramInput } from './program.inputs';

declareWrites(Program, {
  hangs: [],
  anchor: () => MINISTRY,
  check: (program) => datesInOrder(program, 'announcedOn', 'startsOn'),
});

@Resolver()
export class ProgramMutations extends recordMutations(Program, {
  field: 'program',
  create: {
    name: 'createProgram',
    description: 'Creates a programme (its code is unique: another is a CONFLICT).',
    input: CreateProgramInput,
  },
  update: {
    name: 'updateProgram',
    description: 'Changes a programme at the version read.',
    input: UpdateProgramInput,
  },
}) {}
