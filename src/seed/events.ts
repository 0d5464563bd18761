/**
 * The documents' conferences, seminar and symposium with who took part, plus the helpers the
 * committee module uses for its work conference. The events are source facts; where a date or a
 * participant list is our reading rather than the document's words, the comment says so.
 */
import { Attendance, Event } from '../subgraphs/assistance/event/event.entity';
import { AttendanceRole, EventFormat, EventKind } from '../subgraphs/assistance/enums';
import { fromDocument, synthetic, type Origin, type SeedContext } from './context';
import { provincialBureauCode, SYMPOSIUM_BUREAUS, SYMPOSIUM_DEPARTMENTS } from './directory';
import { DOCUMENTS, FACTS } from './facts';
import type { NamedOfficials } from './people';
import type { Row } from './writer';

export type EventSpec = Omit<Row<Event>, 'id'> & {
  code: string;
  nameEn: string;
  kind: EventKind;
  format: EventFormat;
  startDate: string;
  endDate: string;
};

export function addEvent(ctx: SeedContext, spec: EventSpec): string {
  const id = ctx.ids.next();
  ctx.sink.add(Event, { id, ...spec });
  return id;
}

export type Participant =
  | { person: string }
  | { school: string }
  | { university: string }
  | { educationBureau: string }
  | { agency: string };

export function attend(
  ctx: SeedContext,
  event: string,
  who: Participant,
  role: AttendanceRole,
  origin: Origin,
  note?: string,
): void {
  ctx.sink.add(Attendance, {
    id: ctx.ids.next(),
    ...origin,
    event,
    person: null,
    school: null,
    university: null,
    educationBureau: null,
    agency: null,
    ...who,
    role,
    note: note ?? null,
  });
}

export interface EventIds {
  newc2021: string;
  newc2023: string;
  seminar: string;
  symposium: string;
}

/** The two national conferences, the 51st seminar and its symposium (documents 001–003). */
export function seedEvents(
  ctx: SeedContext,
  officials: NamedOfficials,
  programs: { nationalTraining: string },
): EventIds {
  const rng = ctx.rng.fork('events');
  const moe = ctx.dir.agencies.get('MOE')!;
  const naea = ctx.dir.agencies.get('NAEA')!;
  const provincialBureaus = [...ctx.dir.provinces.keys()].map(
    (code) => ctx.dir.bureaus.get(provincialBureauCode(code))!,
  );

  // --- National Educational Work Conference 2021 (document 003) ---------------------------
  const doc2021 = fromDocument(DOCUMENTS.newc2021);
  const newc2021 = addEvent(ctx, {
    ...doc2021,
    code: 'NEWC-2021',
    nameEn: 'National Educational Work Conference 2021',
    nameZh: '2021年全国教育工作会议',
    kind: EventKind.CONFERENCE,
    format: EventFormat.IN_PERSON,
    startDate: FACTS.newc2021.startDate,
    endDate: FACTS.newc2021.endDate,
    location: 'Beijing',
    summary:
      `Convened in Beijing (the document dates it "On ${FACTS.newc2021.quotedDates}"; the conference met on 8 January 2021). ` +
      'Officials from the MOE and representatives from local education authorities and universities directly affiliated to the MOE attended. ' +
      "Chen Baosheng, Minister of Education and Secretary of the MOE's Party Leading Group, delivered the work report: steady progress and quality, " +
      'fairness in development, institutional reform, accountability and a holistic approach to quality, as education enters the quality development phase of the 14th Five-Year Plan period.',
    organizer: moe,
  });
  attend(
    ctx,
    newc2021,
    { person: officials.chenBaosheng },
    AttendanceRole.REPORTER,
    doc2021,
    'Delivered the work report',
  );
  attend(ctx, newc2021, { agency: moe }, AttendanceRole.ATTENDEE, doc2021, 'Officials from the MOE attended');
  // "representatives from local education authorities and universities directly affiliated to
  // the MOE attended": the document names none, so these rows are synthetic.
  for (const bureau of provincialBureaus) {
    attend(ctx, newc2021, { educationBureau: bureau }, AttendanceRole.ATTENDEE, synthetic, 'Representatives attended');
  }
  for (const u of ctx.dir.universities) {
    attend(ctx, newc2021, { university: u.id }, AttendanceRole.ATTENDEE, synthetic, 'Representatives attended');
  }

  // --- 2023 National Educational Work Conference (document 002) ----------------------------
  const doc2023 = fromDocument(DOCUMENTS.newc2023);
  const newc2023 = addEvent(ctx, {
    ...doc2023,
    code: 'NEWC-2023',
    nameEn: '2023 National Educational Work Conference',
    nameZh: '2023年全国教育工作会议',
    kind: EventKind.CONFERENCE,
    format: EventFormat.IN_PERSON,
    startDate: FACTS.newc2023.startDate,
    endDate: FACTS.newc2023.endDate,
    location: 'Beijing',
    summary:
      'A two-day conference closing with its Second Plenary Meeting on 13 January 2023, at which twelve educational departments of local governments made reports. ' +
      'Huai Jinpeng, Minister of Education, hosted the meeting and delivered a speech on the priorities for 2023: rolling out the strategy of invigorating China through education, ' +
      'improving the quality of talent training, quality and balanced development of basic education, opening wider to the world, and proper COVID-19 control.',
    organizer: moe,
  });
  attend(
    ctx,
    newc2023,
    { person: officials.huaiJinpeng },
    AttendanceRole.HOST,
    doc2023,
    'Hosted the second plenary meeting and delivered a speech',
  );
  // Which twelve local departments reported is not in the document: synthetic (the count is the fact).
  const reporters = rng
    .sample([...ctx.dir.provinces.keys()], FACTS.newc2023.localReports)
    .sort()
    .map((code) => ctx.dir.bureaus.get(provincialBureauCode(code))!);
  for (const bureau of reporters) {
    attend(
      ctx,
      newc2023,
      { educationBureau: bureau },
      AttendanceRole.REPORTER,
      synthetic,
      'Made a report at the second plenary meeting',
    );
  }

  // --- 51st Seminar for Local Education Bureau Directors and its symposium (document 001) ---
  const doc001 = fromDocument(DOCUMENTS.symposium);
  // The seminar's dates are not in the document: the week around the symposium (synthetic).
  const seminar = addEvent(ctx, {
    ...doc001,
    code: 'SEMINAR-LEB-DIRECTORS-51',
    nameEn: '51st Seminar for Local Education Bureau Directors',
    kind: EventKind.SEMINAR,
    format: EventFormat.IN_PERSON,
    startDate: '2023-10-09',
    endDate: '2023-10-13',
    location: 'Beijing',
    edition: FACTS.symposium.seminarEdition,
    summary:
      'Seminar for directors of local education bureaus run by the National Academy of Education Administration. ' +
      'Its dates here are synthetic (the week of the symposium of 11 October 2023); the document gives only the edition and the symposium.',
    organizer: naea,
  });
  for (const b of SYMPOSIUM_BUREAUS) {
    attend(
      ctx,
      seminar,
      { educationBureau: ctx.dir.bureaus.get(b.code)! },
      AttendanceRole.ATTENDEE,
      doc001,
      'Head of the bureau took part in the seminar',
    );
  }

  const symposium = addEvent(ctx, {
    ...doc001,
    code: 'SYMPOSIUM-LEB-DIRECTORS-2023-10-11',
    nameEn: 'Symposium for Participants of Seminar for Local Education Bureau Directors',
    kind: EventKind.SYMPOSIUM,
    format: EventFormat.IN_PERSON,
    startDate: FACTS.symposium.date,
    endDate: FACTS.symposium.date,
    location: 'Ministry of Education, Beijing',
    summary:
      'On the afternoon of October 11, participants of the 51st Seminar for Local Education Bureau Directors, with representatives from the National Training Programme, ' +
      'visited the Ministry of Education for a symposium chaired and addressed by Vice Minister Wang Jiayi. Heads of eight local education authorities exchanged ideas on ' +
      'high-quality and balanced development of compulsory education, allocating educational resources, enhancing competence of educators, and high-quality educational development in ethnic regions.',
    parent: seminar,
    organizer: moe,
    program: programs.nationalTraining,
  });
  attend(
    ctx,
    symposium,
    { person: officials.wangJiayi },
    AttendanceRole.CHAIR,
    doc001,
    'Chaired and addressed the symposium; closing remarks',
  );
  attend(ctx, symposium, { person: officials.houHuijun }, AttendanceRole.ATTENDEE, doc001, 'Attended');
  for (const code of SYMPOSIUM_DEPARTMENTS) {
    attend(
      ctx,
      symposium,
      { agency: ctx.dir.agencies.get(code)! },
      AttendanceRole.ATTENDEE,
      doc001,
      'Officials of the department attended',
    );
  }
  attend(
    ctx,
    symposium,
    { agency: naea },
    AttendanceRole.ATTENDEE,
    doc001,
    'Represented by its Party Secretary and Executive Vice President',
  );
  for (const b of SYMPOSIUM_BUREAUS) {
    attend(
      ctx,
      symposium,
      { educationBureau: ctx.dir.bureaus.get(b.code)! },
      AttendanceRole.SPEAKER,
      doc001,
      'Head of the bureau exchanged ideas with the ministry',
    );
  }

  return { newc2021, newc2023, seminar, symposium };
}
