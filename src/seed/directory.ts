/**
 * The directory subgraph's rows: every province-level unit (with the Corps as '66'), prefecture
 * and county-level division from the division-code registry, the ministry-affiliated universities
 * and their affiliated high schools, the national agencies and the education bureaus.
 */
import { Agency } from '../subgraphs/directory/agency/agency.entity';
import { County } from '../subgraphs/directory/county/county.entity';
import { EducationBureau } from '../subgraphs/directory/education-bureau/education-bureau.entity';
import { AgencyKind, BureauLevel, CountyKind, ProvinceKind, SchoolKind } from '../subgraphs/directory/enums';
import { Region } from '../shared/value-types';
import { Prefecture } from '../subgraphs/directory/prefecture/prefecture.entity';
import { Province } from '../subgraphs/directory/province/province.entity';
import { School } from '../subgraphs/directory/school/school.entity';
import { University } from '../subgraphs/directory/university/university.entity';
import { fromDocument, fromRegistry, type DirectoryIndex, type SeedContext } from './context';
import { DOCUMENTS, FACTS } from './facts';
import { DIVISIONS_SOURCE, loadDivisions, type CountyRef } from './reference/divisions';
import { MINISTRY_AFFILIATED_UNIVERSITIES, UNIVERSITIES_SOURCE } from './reference/universities';
import type { Rng } from './random';
import { nextSchoolCode } from './schools';

/** County-level kinds the seed treats as rural counties (not city districts or county-level cities). */
export const RURAL_COUNTY_KINDS: ReadonlySet<string> = new Set([
  CountyKind.COUNTY,
  CountyKind.AUTONOMOUS_COUNTY,
  CountyKind.BANNER,
  CountyKind.AUTONOMOUS_BANNER,
]);

export interface AgencySpec {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: AgencyKind;
  parent?: string;
  document: string;
}

/** The national agencies the documents name, parents first. */
export const AGENCIES: readonly AgencySpec[] = [
  {
    code: 'MOE',
    nameZh: '教育部',
    nameEn: 'Ministry of Education',
    kind: AgencyKind.MINISTRY,
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-GENERAL-OFFICE',
    nameZh: '教育部办公厅',
    nameEn: 'General Office of the Ministry of Education',
    kind: AgencyKind.OFFICE,
    parent: 'MOE',
    document: DOCUMENTS.trusteeship,
  },
  {
    code: 'MOE-DEPT-TEACHER-EDUCATION',
    nameZh: '教师工作司',
    nameEn: 'Department of Teacher Education',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-DEPT-DEVELOPMENT-PLANNING',
    nameZh: '发展规划司',
    nameEn: 'Department of Development and Planning',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-DEPT-FINANCE',
    nameZh: '财务司',
    nameEn: 'Department of Finance',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-NATIONAL-TEXTBOOK-BUREAU',
    nameZh: '教材局',
    nameEn: 'National Textbook Bureau',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-DEPT-BASIC-EDUCATION',
    nameZh: '基础教育司',
    nameEn: 'Department of Basic Education',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-DEPT-AFTER-SCHOOL-TUTORING-SUPERVISION',
    nameZh: '校外教育培训监管司',
    nameEn: 'Department of Supervision of After-School Tutoring Institutions',
    kind: AgencyKind.DEPARTMENT,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'MOE-OFFICE-NATIONAL-EDUCATION-INSPECTION',
    nameZh: '国家教育督导办公室',
    nameEn: 'Office of National Education Inspection',
    kind: AgencyKind.OFFICE,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
  {
    code: 'NAEA',
    nameZh: '国家教育行政学院',
    nameEn: 'National Academy of Education Administration',
    kind: AgencyKind.ACADEMY,
    parent: 'MOE',
    document: DOCUMENTS.symposium,
  },
];

/** The seven departments and offices document 001 names at the symposium. */
export const SYMPOSIUM_DEPARTMENTS: readonly string[] = AGENCIES.filter(
  (a) => a.parent === 'MOE' && a.code !== 'MOE-GENERAL-OFFICE' && a.code !== 'NAEA',
).map((a) => a.code);

export interface BureauSpec {
  /** Six-digit division code of the area served. */
  code: string;
  nameZh: string;
  nameEn: string;
  level: BureauLevel;
}

/** The eight local education authorities whose heads spoke at the symposium (document 001). */
export const SYMPOSIUM_BUREAUS: readonly BureauSpec[] = [
  {
    code: '640400',
    nameZh: '固原市教育体育局',
    nameEn: 'Guyuan Education and Sports Bureau',
    level: BureauLevel.PREFECTURAL,
  },
  {
    code: '522300',
    nameZh: '黔西南布依族苗族自治州教育局',
    nameEn: 'Education Bureau of Qianxinan Prefecture',
    level: BureauLevel.PREFECTURAL,
  },
  { code: '131000', nameZh: '廊坊市教育局', nameEn: 'Langfang Education Bureau', level: BureauLevel.PREFECTURAL },
  { code: '320100', nameZh: '南京市教育局', nameEn: 'Nanjing Education Bureau', level: BureauLevel.PREFECTURAL },
  { code: '410300', nameZh: '洛阳市教育局', nameEn: 'Luoyang Education Bureau', level: BureauLevel.PREFECTURAL },
  {
    code: '500103',
    nameZh: '中共重庆市渝中区委教育工作委员会',
    nameEn: 'Work Committee of the Education Commission of Yuzhong District of Chongqing',
    level: BureauLevel.COUNTY,
  },
  {
    code: '232700',
    nameZh: '大兴安岭地区行政公署教育局',
    nameEn: "Education Bureau of the Administrative Office of Daxing'anling Prefecture",
    level: BureauLevel.PREFECTURAL,
  },
  {
    code: '513200',
    nameZh: '阿坝藏族羌族自治州教育局',
    nameEn: 'Aba Prefecture Education Bureau',
    level: BureauLevel.PREFECTURAL,
  },
];

/**
 * Provenance of the provincial education departments: every province-level division has one (a
 * public fact); the names follow the official pattern and the codes are the division's.
 */
export const PROVINCIAL_DEPARTMENTS_SOURCE = `province-level education departments (省级教育行政部门), one per division of ${DIVISIONS_SOURCE}`;

/** Code of a province-level education department: the province code padded with zeros. */
export const provincialBureauCode = (provinceCode: string): string => `${provinceCode}0000`;

/**
 * Picks the committee's key rural-revitalization counties: in each of the ten western provinces
 * exactly the real number of counties, drawn (deterministically) from its rural counties. Which
 * counties is synthetic; the per-province counts are the real distribution.
 */
export function pickKeyCounties(rng: Rng, counties: readonly CountyRef[]): CountyRef[] {
  const picked: CountyRef[] = [];
  for (const [province, count] of Object.entries(FACTS.committee.keyCountiesByProvince)) {
    const pool = counties.filter((c) => c.provinceCode === province && RURAL_COUNTY_KINDS.has(c.kind));
    picked.push(...rng.sample(pool, count));
  }
  return picked.sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function emptyDirectory(): DirectoryIndex {
  return {
    provinces: new Map(),
    prefectures: new Map(),
    counties: new Map(),
    countiesByProvince: new Map(),
    keyCounties: [],
    universities: [],
    agencies: new Map(),
    bureaus: new Map(),
  };
}

/** Adds the directory rows and fills `ctx.dir`. */
export function seedDirectory(ctx: SeedContext): void {
  const { sink, ids, dir } = ctx;
  const rng = ctx.rng.fork('directory');
  const divisions = loadDivisions();
  const registry = fromRegistry(DIVISIONS_SOURCE);

  for (const p of divisions.provinces) {
    const id = ids.next();
    dir.provinces.set(p.code, { id, ref: p });
    sink.add(Province, {
      id,
      ...registry,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      kind: p.kind as ProvinceKind,
      region: p.region as Region,
    });
  }
  for (const p of divisions.prefectures) {
    const id = ids.next();
    dir.prefectures.set(p.code, { id, ref: p });
    sink.add(Prefecture, {
      id,
      ...registry,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      province: dir.provinces.get(p.provinceCode)!.id,
    });
  }

  dir.keyCounties = pickKeyCounties(rng.fork('key-counties'), divisions.counties);
  const keyCodes = new Set(dir.keyCounties.map((c) => c.code));
  for (const c of divisions.counties) {
    const id = ids.next();
    dir.counties.set(c.code, { id, ref: c });
    let list = dir.countiesByProvince.get(c.provinceCode);
    if (!list) dir.countiesByProvince.set(c.provinceCode, (list = []));
    list.push(c);
    sink.add(County, {
      id,
      ...registry,
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      kind: c.kind as CountyKind,
      // The flag is the committee's (document 000): which counties carry it is synthetic.
      keyRevitalizationCounty: keyCodes.has(c.code),
      prefecture: dir.prefectures.get(c.prefectureCode)!.id,
      province: dir.provinces.get(c.provinceCode)!.id,
    });
  }

  const universityOrigin = fromRegistry(UNIVERSITIES_SOURCE);
  for (const u of MINISTRY_AFFILIATED_UNIVERSITIES) {
    const id = ids.next();
    const province = dir.provinces.get(u.provinceCode);
    const prefecture = dir.prefectures.get(u.prefectureCode);
    if (!province || !prefecture) throw new Error(`university ${u.code}: unknown division ${u.prefectureCode}`);
    dir.universities.push({ id, ref: u });
    sink.add(University, {
      id,
      ...universityOrigin,
      code: u.code,
      nationalCode: u.nationalCode,
      nameZh: u.nameZh,
      nameEn: u.nameEn,
      ministryAffiliated: true,
      province: province.id,
      prefecture: prefecture.id,
    });
  }

  // Affiliated high schools: the name is public; the county (the first district of the
  // university's prefecture) and the ten-digit code are synthetic.
  for (const u of dir.universities) {
    if (!u.ref.affiliatedHighSchoolZh) continue;
    const inPrefecture = (dir.countiesByProvince.get(u.ref.provinceCode) ?? []).filter(
      (c) => c.prefectureCode === u.ref.prefectureCode,
    );
    const county = inPrefecture.find((c) => c.kind === CountyKind.DISTRICT) ?? inPrefecture[0];
    if (!county) throw new Error(`no county in prefecture ${u.ref.prefectureCode}`);
    const id = ids.next();
    const nameZh = u.ref.affiliatedHighSchoolZh;
    const nameEn = u.ref.affiliatedHighSchoolEn ?? `High School Affiliated to ${u.ref.nameEn}`;
    u.highSchool = { id, nameZh, nameEn };
    sink.add(School, {
      id,
      ...universityOrigin,
      code: nextSchoolCode(ctx, county.code),
      nameZh,
      nameEn,
      kind: SchoolKind.AFFILIATED_HIGH_SCHOOL,
      county: dir.counties.get(county.code)!.id,
      province: dir.provinces.get(county.provinceCode)!.id,
      university: u.id,
    });
  }

  for (const a of AGENCIES) {
    const id = ids.next();
    dir.agencies.set(a.code, id);
    sink.add(Agency, {
      id,
      ...fromDocument(a.document),
      code: a.code,
      nameZh: a.nameZh,
      nameEn: a.nameEn,
      kind: a.kind,
      parent: a.parent ? dir.agencies.get(a.parent)! : null,
    });
  }

  // One education department per province-level unit: a public fact, named by the official
  // pattern (省/自治区 教育厅, 直辖市 教育委员会, 兵团教育局); the code is the division's.
  for (const p of divisions.provinces) {
    const code = provincialBureauCode(p.code);
    const id = ids.next();
    dir.bureaus.set(code, id);
    const [nameZh, nameEn] =
      p.kind === 'MUNICIPALITY'
        ? [`${p.nameZh}教育委员会`, `${p.nameEn} Municipal Education Commission`]
        : p.kind === 'PRODUCTION_AND_CONSTRUCTION_CORPS'
          ? [`${p.nameZh}教育局`, `Education Bureau of ${p.nameEn}`]
          : [`${p.nameZh}教育厅`, `Education Department of ${p.nameEn}`];
    sink.add(EducationBureau, {
      id,
      ...fromRegistry(PROVINCIAL_DEPARTMENTS_SOURCE),
      code,
      nameZh,
      nameEn,
      level: BureauLevel.PROVINCIAL,
      province: dir.provinces.get(p.code)!.id,
    });
  }

  for (const b of SYMPOSIUM_BUREAUS) {
    const id = ids.next();
    dir.bureaus.set(b.code, id);
    const province = dir.provinces.get(b.code.slice(0, 2))!;
    const prefecture = dir.prefectures.get(b.code.slice(0, 4));
    const county = b.level === BureauLevel.COUNTY ? dir.counties.get(b.code) : undefined;
    if (!prefecture || (b.level === BureauLevel.COUNTY && !county)) {
      throw new Error(`bureau ${b.code}: unknown division`);
    }
    sink.add(EducationBureau, {
      id,
      ...fromDocument(DOCUMENTS.symposium),
      code: b.code,
      nameZh: b.nameZh,
      nameEn: b.nameEn,
      level: b.level,
      province: province.id,
      prefecture: prefecture.id,
      county: county?.id ?? null,
    });
  }
}
