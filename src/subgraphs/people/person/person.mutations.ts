import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { ANY_WRITER } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { Person } from './person.entity';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs';

// Anyone who writes may record a new person (to appoint them, or to record them taking part); a
// person on record is changed by the ministry, or by an organisation whose reach includes them.
declareWrites(Person, {
  hangs: ['person'],
  createHangs: ['anyWriter'],
  anchor: (person) => (person.id ? { kind: 'person', id: String(person.id) } : ANY_WRITER),
});

@Resolver()
export class PersonMutations extends recordMutations(Person, {
  field: 'person',
  create: {
    name: 'createPerson',
    description: 'Records a person, to appoint them or to record them taking part.',
    input: CreatePersonInput,
  },
  update: {
    name: 'updatePerson',
    description: 'Changes a person at the version read.',
    input: UpdatePersonInput,
  },
}) {}
