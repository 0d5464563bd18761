/**
 * English renderings of Chinese division names.
 *
 * Established English names are kept for the provinces only (divisions.ts);
 * below that level we follow the usual convention: pinyin of the proper name,
 * syllables joined and capitalised, then the administrative suffix translated:
 * 固原市 → "Guyuan City". Deterministic, so seeds are reproducible.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Readings that pinyin-pro gets wrong in place names (it picks the everyday
 * reading of a polyphonic character). Names, not codes: each entry is the
 * reading used in the official romanisation. Keys are proper names without
 * their administrative suffix, since that is what gets romanised.
 */
const WORD_READINGS: Readonly<Record<string, string>> = {
  乐清: 'yue qing',
  乐亭: 'lao ting',
  民乐: 'min le',
  黄陂: 'huang pi',
  涡阳: 'guo yang',
  洪洞: 'hong tong',
  大埔: 'da bu',
  泌阳: 'bi yang',
  筠连: 'jun lian',
  尉犁: 'yu li',
  荥经: 'ying jing',
  宕昌: 'tan chang',
  吴堡: 'wu bu',
  红寺堡: 'hong si pu',
  柞水: 'zha shui',
  称多: 'chen duo',
  六合: 'lu he',
  调兵山: 'diao bing shan',
};

/** Characters whose place-name reading never varies (都 is always du, never dou). */
const CHAR_READINGS: Readonly<Record<string, string>> = {
  都: 'du',
  大: 'da',
  什: 'shi',
  蚌: 'beng',
  歙: 'she',
  珲: 'hun',
  蔚: 'yu',
  单: 'shan',
  浚: 'xun',
  藏: 'zang',
  箐: 'qing',
};

const WORD_KEYS = Object.keys(WORD_READINGS).sort((a, b) => b.length - a.length);

/** Pinyin syllables of a Chinese string, corrected for place-name readings. */
function syllables(zh: string): string[] {
  // pinyin-pro reads the whole name so that its own word list gives context;
  // its array output has one syllable per (BMP) Chinese character.
  const out = pinyin(zh, { toneType: 'none', type: 'array', v: false });
  if (out.length === zh.length) {
    for (let i = 0; i < zh.length; ) {
      const key = WORD_KEYS.find((k) => zh.startsWith(k, i));
      if (key) {
        WORD_READINGS[key]!.split(' ').forEach((s, j) => (out[i + j] = s));
        i += key.length;
      } else {
        out[i] = CHAR_READINGS[zh[i]!] ?? out[i]!;
        i += 1;
      }
    }
  }
  // ü has no ASCII form; 'u' is the usual fallback on maps and road signs.
  return out.map((s) => s.trim().toLowerCase().replace(/ü/g, 'u')).filter((s) => /^[a-z]+$/.test(s));
}

/**
 * Romanise a proper name: syllables joined, first letter capitalised, with the
 * pinyin apostrophe before a syllable starting with a, o or e ("Xi'an").
 */
export function romanise(zh: string): string {
  const parts = syllables(zh);
  const joined = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English names of ethnic groups as they appear in autonomous areas' names. */
const ETHNIC_GROUPS: Readonly<Record<string, string>> = {
  蒙古: 'Mongol',
  回: 'Hui',
  藏: 'Tibetan',
  维吾尔: 'Uygur',
  苗: 'Miao',
  彝: 'Yi',
  壮: 'Zhuang',
  布依: 'Buyei',
  朝鲜: 'Korean',
  满: 'Manchu',
  侗: 'Dong',
  瑶: 'Yao',
  白: 'Bai',
  土家: 'Tujia',
  哈尼: 'Hani',
  哈萨克: 'Kazak',
  傣: 'Dai',
  黎: 'Li',
  傈僳: 'Lisu',
  佤: 'Va',
  畲: 'She',
  拉祜: 'Lahu',
  水: 'Sui',
  东乡: 'Dongxiang',
  纳西: 'Naxi',
  景颇: 'Jingpo',
  柯尔克孜: 'Kirgiz',
  土: 'Tu',
  达斡尔: 'Daur',
  仫佬: 'Mulao',
  羌: 'Qiang',
  布朗: 'Blang',
  撒拉: 'Salar',
  毛南: 'Maonan',
  仡佬: 'Gelao',
  锡伯: 'Xibe',
  普米: 'Pumi',
  塔吉克: 'Tajik',
  怒: 'Nu',
  鄂温克: 'Ewenki',
  保安: 'Bonan',
  裕固: 'Yugur',
  独龙: 'Derung',
  鄂伦春: 'Oroqen',
  各: 'Various Nationalities',
};

const ETHNIC_KEYS = Object.keys(ETHNIC_GROUPS).sort((a, b) => b.length - a.length);

/** Peel ethnic-group names off the end of an autonomous area's name. */
function splitEthnic(stem: string): { place: string; groups: string[] } {
  const groups: string[] = [];
  let place = stem;
  for (;;) {
    // "X族" always counts; a bare stem only when it is ≥ 2 characters (蒙古,
    // 哈萨克…), so one-character place-name endings are never mistaken.
    const key = ETHNIC_KEYS.find((k) => place.endsWith(`${k}族`) || (k.length >= 2 && place.endsWith(k)));
    if (!key) break;
    const cut = place.endsWith(`${key}族`) ? key.length + 1 : key.length;
    groups.unshift(ETHNIC_GROUPS[key]!);
    place = place.slice(0, place.length - cut);
  }
  return { place, groups };
}

function joinGroups(groups: string[]): string {
  if (groups.length <= 1) return groups.join('');
  return `${groups.slice(0, -1).join(', ')} and ${groups[groups.length - 1]}`;
}

/** "黔西南布依族苗族" → "Qianxinan Buyei and Miao"; "鄂伦春" → "Oroqen". */
function autonomousName(stem: string): string {
  const { place, groups } = splitEthnic(stem);
  return [place ? romanise(place) : '', joinGroups(groups)].filter(Boolean).join(' ');
}

/** Inner Mongolian banners carry direction words that read better translated. */
const BANNER_QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['联合', 'United'],
  ['左翼前', 'Left Wing Front'],
  ['左翼中', 'Left Wing Middle'],
  ['左翼后', 'Left Wing Rear'],
  ['右翼前', 'Right Wing Front'],
  ['右翼中', 'Right Wing Middle'],
  ['右翼后', 'Right Wing Rear'],
  ['前', 'Front'],
  ['中', 'Middle'],
  ['后', 'Rear'],
  ['左', 'Left'],
  ['右', 'Right'],
];

function bannerName(stem: string): string {
  const q = BANNER_QUALIFIERS.find(([zh]) => stem.endsWith(zh) && stem.length - zh.length >= 2);
  return q ? `${romanise(stem.slice(0, -q[0].length))} ${q[1]}` : romanise(stem);
}

/** English name of a prefecture-level division from city.json. */
export function prefectureNameEn(nameZh: string): string {
  if (nameZh.endsWith('自治州')) return `${autonomousName(nameZh.slice(0, -3))} Autonomous Prefecture`;
  if (nameZh.endsWith('地区')) return `${romanise(nameZh.slice(0, -2))} Prefecture`;
  if (nameZh.endsWith('盟')) return `${romanise(nameZh.slice(0, -1))} League`;
  if (nameZh.endsWith('市')) return `${romanise(nameZh.slice(0, -1))} City`;
  throw new Error(`Unrecognised prefecture name: ${nameZh}`);
}

export type CountyKindName =
  | 'DISTRICT'
  | 'COUNTY'
  | 'AUTONOMOUS_COUNTY'
  | 'COUNTY_LEVEL_CITY'
  | 'BANNER'
  | 'AUTONOMOUS_BANNER'
  | 'FORESTRY_DISTRICT'
  | 'SPECIAL_DISTRICT';

/**
 * Kind and English name of a county-level division, from its Chinese suffix.
 * Returns undefined for names with no administrative suffix (e.g. statistical
 * units such as 大柴旦行政委员会), which are not county-level divisions.
 *
 * 林区 is ambiguous: 神农架林区 is a forestry district but 碑林区 is an ordinary
 * district whose name happens to end in 林. GB/T 2260 gives ordinary districts
 * codes 01–20 or 51+, while 神农架 has a county-range code (21–50), so the code
 * decides.
 */
export function countyKindAndName(nameZh: string, code: string): { kind: CountyKindName; nameEn: string } | undefined {
  const n = Number(code.slice(4));
  if (nameZh.endsWith('自治县')) {
    return { kind: 'AUTONOMOUS_COUNTY', nameEn: `${autonomousName(nameZh.slice(0, -3))} Autonomous County` };
  }
  if (nameZh.endsWith('自治旗')) {
    return { kind: 'AUTONOMOUS_BANNER', nameEn: `${autonomousName(nameZh.slice(0, -3))} Autonomous Banner` };
  }
  if (nameZh.endsWith('林区') && n > 20 && n <= 50) {
    return { kind: 'FORESTRY_DISTRICT', nameEn: `${romanise(nameZh.slice(0, -2))} Forestry District` };
  }
  if (nameZh.endsWith('特区')) {
    return { kind: 'SPECIAL_DISTRICT', nameEn: `${romanise(nameZh.slice(0, -2))} Special District` };
  }
  if (nameZh.endsWith('区')) {
    // 梅里斯达斡尔族区 names its ethnic group like an autonomous area does.
    const stem = nameZh.slice(0, -1);
    return { kind: 'DISTRICT', nameEn: `${stem.endsWith('族') ? autonomousName(stem) : romanise(stem)} District` };
  }
  if (nameZh.endsWith('县')) return { kind: 'COUNTY', nameEn: `${romanise(nameZh.slice(0, -1))} County` };
  if (nameZh.endsWith('市')) return { kind: 'COUNTY_LEVEL_CITY', nameEn: `${romanise(nameZh.slice(0, -1))} City` };
  if (nameZh.endsWith('旗')) return { kind: 'BANNER', nameEn: `${bannerName(nameZh.slice(0, -1))} Banner` };
  return undefined;
}
