/**
 * Synthetic Chinese person names: a family name drawn by (approximate) real frequency, one or two
 * given-name characters, and the pinyin rendering "Family Given" (e.g. 王嘉毅 → "Wang Jiayi").
 * Pinyin comes from pinyin-pro, computed once per character (surnames in surname mode, so 曾 is
 * Zeng), which keeps name generation fast at large scales. The character lists avoid polyphonic
 * characters whose name reading pinyin-pro might get wrong.
 */
import { pinyin } from 'pinyin-pro';
import { Gender } from '../subgraphs/people/enums';
import type { Rng } from './random';

/** Common family names with rough relative frequencies (per mille of the population). */
// prettier-ignore
const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 53], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20],
  ['吴', 20], ['周', 19], ['徐', 13], ['孙', 12], ['马', 12], ['朱', 11], ['胡', 11], ['郭', 10],
  ['何', 10], ['林', 9], ['高', 9], ['罗', 9], ['郑', 8], ['梁', 8], ['谢', 6], ['宋', 6],
  ['唐', 6], ['许', 6], ['韩', 6], ['邓', 5], ['冯', 5], ['曹', 5], ['彭', 5], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 5], ['潘', 4], ['袁', 4], ['蔡', 4], ['蒋', 4], ['余', 4],
  ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['苏', 4], ['吕', 4], ['丁', 4],
  ['任', 3], ['卢', 3], ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3],
  ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3], ['石', 3], ['金', 3], ['韦', 3], ['贾', 3],
  ['夏', 2], ['付', 2], ['方', 2], ['邹', 2], ['熊', 2], ['白', 2], ['孟', 2], ['秦', 2],
  ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2],
  ['龙', 2], ['黎', 2], ['史', 2], ['陶', 2], ['贺', 2], ['毛', 2], ['郝', 2], ['顾', 2],
  ['龚', 2], ['邵', 2], ['万', 2], ['覃', 2], ['武', 2], ['钱', 2], ['戴', 2], ['严', 2],
  ['莫', 1], ['孔', 1], ['向', 1], ['常', 1], ['汤', 1], ['康', 1], ['易', 1], ['乔', 1],
  ['欧阳', 1], ['司马', 0.3], ['上官', 0.2], ['诸葛', 0.1],
];

// prettier-ignore
const GIVEN_MALE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞',
  '鑫', '波', '宇', '浩', '凯', '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '阳', '建', '国',
  '志', '文', '海', '东', '峰', '亮', '成', '博', '晨', '振', '家', '嘉', '毅', '正', '兴', '德',
  '荣', '永', '春', '立', '岩', '松', '鸿', '锋', '彬', '昊', '睿', '泽',
];
// prettier-ignore
const GIVEN_FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '琳', '洁', '倩', '颖',
  '慧', '欣', '悦', '晶', '萍', '红', '梅', '莉', '蓉', '瑶', '璐', '楠', '佳', '琪', '月', '秀',
  '凤', '丹', '岚', '薇', '妍', '莹', '露', '婧',
];
// prettier-ignore
const GIVEN_NEUTRAL = [
  '文', '明', '晓', '佳', '子', '一', '思', '雨', '安', '清', '心', '新', '若', '如', '春', '秋',
  '云', '晴', '天', '宏', '玉', '海', '金', '亚', '小', '益', '恩', '奥', '爱', '欧',
];

interface Syllabled {
  zh: string;
  py: string;
}

interface Tables {
  families: Syllabled[];
  familyWeights: number[];
  male: Syllabled[];
  female: Syllabled[];
  neutral: Syllabled[];
}

let tables: Tables | undefined;

/** Passport-style: ü is written "yu" (吕 → Lyu); pinyin-pro already writes ju/qu/xu/yu with u. */
function ascii(py: string): string {
  return py
    .toLowerCase()
    .replace(/ü/g, 'yu')
    .replace(/[^a-z]/g, '');
}

function build(): Tables {
  const surname = (zh: string): Syllabled => ({
    zh,
    py: (pinyin(zh, { toneType: 'none', type: 'array', surname: 'head', v: false }) as string[]).map(ascii).join(''),
  });
  const given = (zh: string): Syllabled => ({
    zh,
    py: ascii(pinyin(zh, { toneType: 'none', v: false })),
  });
  return {
    families: FAMILY_NAMES.map(([zh]) => surname(zh)),
    familyWeights: FAMILY_NAMES.map(([, w]) => w),
    male: GIVEN_MALE.map(given),
    female: GIVEN_FEMALE.map(given),
    neutral: GIVEN_NEUTRAL.map(given),
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "jia" + "yi" → "Jiayi"; an apostrophe separates a syllable starting with a, o or e ("Xi'an"). */
export function joinSyllables(syllables: readonly string[]): string {
  return capitalise(syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join(''));
}

export interface PersonName {
  nameZh: string;
  nameEn: string;
  gender: Gender;
}

/** A synthetic name; gender is drawn when not given. Two-character given names are the majority. */
export function personName(rng: Rng, gender?: Gender): PersonName {
  const t = (tables ??= build());
  const g = gender ?? (rng.chance(0.5) ? Gender.MALE : Gender.FEMALE);
  const family = rng.weighted(t.families, t.familyWeights);
  const pool = g === Gender.MALE ? t.male : t.female;
  const parts: Syllabled[] = [];
  if (rng.chance(0.78)) {
    parts.push(rng.chance(0.35) ? rng.pick(t.neutral) : rng.pick(pool));
    let second = rng.pick(pool);
    if (second.zh === parts[0]!.zh) second = rng.pick(pool);
    parts.push(second);
  } else {
    parts.push(rng.pick(pool));
  }
  return {
    nameZh: family.zh + parts.map((p) => p.zh).join(''),
    nameEn: `${capitalise(family.py)} ${joinSyllables(parts.map((p) => p.py))}`,
    gender: g,
  };
}
