import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { Attendance } from './event.entity';
import { CreateAttendanceInput, UpdateAttendanceInput } from './attendance.inputs';

const PARTICIPANTS = ['person', 'school', 'university', 'educationBureau', 'agency'] as const;

// An attendance hangs off who attended: a university its own, a county (or a university covering it)
// its schools', an organisation the people in its reach; bureaus and agencies are the ministry's.
declareWrites(Attendance, {
  hangs: ['university', 'schoolStaff', 'person'],
  anchor: (attendance) => {
    if (attendance.university) return { kind: 'university', id: String(attendance.university) };
    if (attendance.school) return { kind: 'schoolStaff', id: String(attendance.school) };
    if (attendance.person) return { kind: 'person', id: String(attendance.person) };
    return MINISTRY;
  },
  // The database holds it too (attendance_one_participant).
  check: (attendance) =>
    PARTICIPANTS.filter((key) => attendance[key]).length === 1
      ? undefined
      : {
          property: 'person',
          message: 'give exactly one of personId, schoolId, universityId, educationBureauId, agencyId',
        },
});

@Resolver()
export class AttendanceMutations extends recordMutations(Attendance, {
  field: 'attendance',
  create: {
    name: 'createAttendance',
    description: 'Records who took part in an event.',
    input: CreateAttendanceInput,
  },
  update: {
    name: 'updateAttendance',
    description: 'Changes an attendance at the version read.',
    input: UpdateAttendanceInput,
  },
  remove: {
    name: 'removeAttendance',
    description: 'Removes an attendance at the version read.',
  },
}) {}
