/**
 * The figures and named facts of the seed documents (../shared/seed-documents), as data. The seed
 * reproduces every one of them exactly; tests import them to check the database against the
 * documents rather than against copies of the numbers.
 */

/** File names of the seed documents (recorded as `sourceDocument`). */
export const DOCUMENTS = {
  /** MOE promotes talent-training support for rural areas (the expert committee's work conference). */
  committee: '000_3e10d3495b1524ef.txt',
  /** Symposium for Participants of Seminar for Local Education Bureau Directors (12 October 2023). */
  symposium: '001_93d892c64c8f57e9.txt',
  /** 2023 National Educational Work Conference concludes (2023-01-17). */
  newc2023: '002_37a488ee43ffedc8.txt',
  /** National Educational Work Conference 2021. */
  newc2021: '003_06e8877fa588bfa6.txt',
  /** County middle school trusteeship assistance by ministry-affiliated universities (China News Service, August 31 2022). */
  trusteeship: '004_95382a496363a359.txt',
} as const;

/** Western provinces of the committee's 160 key counties, with the real count per province. */
export const KEY_COUNTIES_BY_PROVINCE: Readonly<Record<string, number>> = {
  '45': 20, // Guangxi
  '50': 4, // Chongqing
  '51': 25, // Sichuan
  '52': 20, // Guizhou
  '53': 27, // Yunnan
  '61': 11, // Shaanxi
  '62': 23, // Gansu
  '63': 15, // Qinghai
  '64': 5, // Ningxia
  '65': 10, // Xinjiang
};

/**
 * The 23 provinces of the trusteeship project. Document 004 says "23 provinces in the central and
 * western and northeastern regions and the Xinjiang Production and Construction Corps", but those
 * three regions hold only 21 province-level divisions (central 6, western 12, northeastern 3); the
 * seed adds Hebei and Hainan, eastern provinces with counties of weak educational foundation, to
 * reach the document's 23.
 */
// prettier-ignore
export const TRUSTEESHIP_PROVINCES: readonly string[] = [
  // central
  '14', '34', '36', '41', '42', '43',
  // western
  '15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  // northeastern
  '21', '22', '23',
  // eastern, to reach 23 (see above)
  '13', '46',
];

/** The Xinjiang Production and Construction Corps' province-level code (see reference/divisions). */
export const CORPS_CODE = '66';

export const FACTS = {
  trusteeship: {
    document: DOCUMENTS.trusteeship,
    /** "organizes 48 subordinate colleges and universities" */
    universities: 48,
    /** "to support 115 counties" */
    counties: 115,
    /** "in 23 provinces … and the Xinjiang Production and Construction Corps" */
    provinces: 23,
    corps: true,
    /** 23 provinces + the Corps. */
    provinceLevelUnits: 24,
    /** "organized the principals of 115 middle schools … to participate in the special training" */
    principalsTrained: 115,
    /** "in May 2022, the General Office of the Ministry of Education issued the Notice" (first of the month). */
    announcedOn: '2022-05-01',
    /** "fully launched in the fall semester of 2022" */
    startsOn: '2022-09-01',
    noticeTitle:
      'Notice on Organizing and Implementing the Ministry of Universities and Counties Central Trust and Assistance Projects',
    /** The news item's date: agreements were "recently" signed before it. */
    reportedOn: '2022-08-31',
  },
  committee: {
    document: DOCUMENTS.committee,
    /** "they targeted 247 senior middle schools" */
    schools: 247,
    /** "in 160 key rural counties" */
    counties: 160,
    /** "in 10 western provinces or autonomous regions" */
    provinces: 10,
    /** "the 247 school principals" */
    principals: 247,
    /** "as well as 2,145 teachers and staff" */
    teachersAndStaff: 2145,
    /** "four improvement tasks" */
    improvementTasks: 4,
    keyCountiesByProvince: KEY_COUNTIES_BY_PROVINCE,
    /**
     * "held a work conference in a hybrid format on February 25–26". The document gives no year;
     * the seed reads it as 2023 (the committee's work before the "next stage" it plans).
     */
    conferenceStart: '2023-02-25',
    conferenceEnd: '2023-02-26',
  },
  symposium: {
    document: DOCUMENTS.symposium,
    /** "On the afternoon of October 11" (the release is dated 12 October 2023). */
    date: '2023-10-11',
    /** "the 51st Seminar for Local Education Bureau Directors" */
    seminarEdition: 51,
    /** "8 heads of local education authorities" */
    bureaus: 8,
    /** The seven MOE departments and offices named as attending. */
    departments: 7,
  },
  newc2023: {
    document: DOCUMENTS.newc2023,
    /** "held on Jan. 13, marking the end of the two-day conference" */
    startDate: '2023-01-12',
    endDate: '2023-01-13',
    /** "Twelve educational departments of local governments made reports" */
    localReports: 12,
  },
  newc2021: {
    document: DOCUMENTS.newc2021,
    /**
     * The document says "On January 1-8"; the conference was held on 8 January 2021, which the
     * seed records as a one-day event (the quote is kept in the event summary).
     */
    startDate: '2021-01-08',
    endDate: '2021-01-08',
    quotedDates: 'January 1-8',
  },
} as const;
