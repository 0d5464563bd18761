/**
 * Universities directly under the Ministry of Education (教育部直属高校), the
 * universities that take part in the MOE's county assistance programmes.
 * These are names and public identifiers, listed here because no maintained
 * npm package provides them.
 */

export interface UniversityRef {
  /**
   * 10-digit MOE institution identification code (学校标识码): '4' (higher
   * education), '1' (regular HEI), 2-digit province, then '0' + nationalCode.
   */
  readonly code: string;
  /** 5-digit national code of the institution (国标代码), e.g. '10001'. */
  readonly nationalCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** GB/T 2260 province code of the main campus. */
  readonly provinceCode: string;
  /** GB/T 2260 prefecture code of the main campus ('1101' for Beijing's districts). */
  readonly prefectureCode: string;
  /** Well-known affiliated high school that joins the university's assistance work. */
  readonly affiliatedHighSchoolZh?: string;
  readonly affiliatedHighSchoolEn?: string;
}

export const UNIVERSITIES_SOURCE =
  'MOE list of universities directly under the Ministry of Education (教育部直属高校名单), ' +
  'institution identification codes from the MOE national list of higher education institutions (全国高等学校名单)';

type Row = [
  code: string,
  nameZh: string,
  nameEn: string,
  prefectureCode: string,
  highSchool?: readonly [zh: string, en: string],
];

/** Compact rows keep the list reviewable; nationalCode/provinceCode are derived from the code. */
// prettier-ignore
const ROWS: readonly Row[] = [
  // Beijing
  ['4111010001', '北京大学', 'Peking University', '1101', ['北京大学附属中学', 'High School Affiliated to Peking University']],
  ['4111010002', '中国人民大学', 'Renmin University of China', '1101', ['中国人民大学附属中学', 'High School Affiliated to Renmin University of China']],
  ['4111010003', '清华大学', 'Tsinghua University', '1101', ['清华大学附属中学', 'High School Affiliated to Tsinghua University']],
  ['4111010004', '北京交通大学', 'Beijing Jiaotong University', '1101'],
  ['4111010008', '北京科技大学', 'University of Science and Technology Beijing', '1101'],
  ['4111010010', '北京化工大学', 'Beijing University of Chemical Technology', '1101'],
  ['4111010013', '北京邮电大学', 'Beijing University of Posts and Telecommunications', '1101'],
  ['4111010019', '中国农业大学', 'China Agricultural University', '1101'],
  ['4111010022', '北京林业大学', 'Beijing Forestry University', '1101'],
  ['4111010026', '北京中医药大学', 'Beijing University of Chinese Medicine', '1101'],
  ['4111010027', '北京师范大学', 'Beijing Normal University', '1101', ['北京师范大学附属中学', 'High School Affiliated to Beijing Normal University']],
  ['4111010030', '北京外国语大学', 'Beijing Foreign Studies University', '1101', ['北京外国语大学附属中学', 'High School Affiliated to Beijing Foreign Studies University']],
  ['4111010032', '北京语言大学', 'Beijing Language and Culture University', '1101'],
  ['4111010033', '中国传媒大学', 'Communication University of China', '1101'],
  ['4111010034', '中央财经大学', 'Central University of Finance and Economics', '1101'],
  ['4111010036', '对外经济贸易大学', 'University of International Business and Economics', '1101'],
  ['4111010045', '中央音乐学院', 'Central Conservatory of Music', '1101'],
  ['4111010047', '中央美术学院', 'Central Academy of Fine Arts', '1101'],
  ['4111010048', '中央戏剧学院', 'Central Academy of Drama', '1101'],
  ['4111010053', '中国政法大学', 'China University of Political Science and Law', '1101'],
  ['4111010054', '华北电力大学', 'North China Electric Power University', '1101'],
  ['4111011413', '中国矿业大学（北京）', 'China University of Mining and Technology (Beijing)', '1101'],
  ['4111011414', '中国石油大学（北京）', 'China University of Petroleum (Beijing)', '1101'],
  ['4111011415', '中国地质大学（北京）', 'China University of Geosciences (Beijing)', '1101'],
  // Tianjin
  ['4112010055', '南开大学', 'Nankai University', '1201'],
  ['4112010056', '天津大学', 'Tianjin University', '1201'],
  // Liaoning, Jilin, Heilongjiang
  ['4121010141', '大连理工大学', 'Dalian University of Technology', '2102'],
  ['4121010145', '东北大学', 'Northeastern University', '2101'],
  ['4122010183', '吉林大学', 'Jilin University', '2201', ['吉林大学附属中学', 'High School Affiliated to Jilin University']],
  ['4122010200', '东北师范大学', 'Northeast Normal University', '2201', ['东北师范大学附属中学', 'High School Attached to Northeast Normal University']],
  ['4123010225', '东北林业大学', 'Northeast Forestry University', '2301'],
  // Shanghai
  ['4131010246', '复旦大学', 'Fudan University', '3101', ['复旦大学附属中学', 'High School Affiliated to Fudan University']],
  ['4131010247', '同济大学', 'Tongji University', '3101'],
  ['4131010248', '上海交通大学', 'Shanghai Jiao Tong University', '3101', ['上海交通大学附属中学', 'High School Affiliated to Shanghai Jiao Tong University']],
  ['4131010251', '华东理工大学', 'East China University of Science and Technology', '3101'],
  ['4131010255', '东华大学', 'Donghua University', '3101'],
  ['4131010269', '华东师范大学', 'East China Normal University', '3101', ['华东师范大学第二附属中学', 'No. 2 High School of East China Normal University']],
  ['4131010271', '上海外国语大学', 'Shanghai International Studies University', '3101'],
  ['4131010272', '上海财经大学', 'Shanghai University of Finance and Economics', '3101'],
  // Jiangsu
  ['4132010284', '南京大学', 'Nanjing University', '3201', ['南京大学附属中学', 'High School Affiliated to Nanjing University']],
  ['4132010286', '东南大学', 'Southeast University', '3201'],
  ['4132010290', '中国矿业大学', 'China University of Mining and Technology', '3203'],
  ['4132010294', '河海大学', 'Hohai University', '3201'],
  ['4132010295', '江南大学', 'Jiangnan University', '3202'],
  ['4132010307', '南京农业大学', 'Nanjing Agricultural University', '3201'],
  ['4132010316', '中国药科大学', 'China Pharmaceutical University', '3201'],
  // Zhejiang, Anhui, Fujian
  ['4133010335', '浙江大学', 'Zhejiang University', '3301', ['浙江大学附属中学', 'High School Affiliated to Zhejiang University']],
  ['4134010359', '合肥工业大学', 'Hefei University of Technology', '3401'],
  ['4135010384', '厦门大学', 'Xiamen University', '3502'],
  // Shandong
  ['4137010422', '山东大学', 'Shandong University', '3701'],
  ['4137010423', '中国海洋大学', 'Ocean University of China', '3702'],
  ['4137010425', '中国石油大学（华东）', 'China University of Petroleum (East China)', '3702'],
  // Hubei
  ['4142010486', '武汉大学', 'Wuhan University', '4201'],
  ['4142010487', '华中科技大学', 'Huazhong University of Science and Technology', '4201'],
  ['4142010491', '中国地质大学（武汉）', 'China University of Geosciences (Wuhan)', '4201'],
  ['4142010497', '武汉理工大学', 'Wuhan University of Technology', '4201'],
  ['4142010504', '华中农业大学', 'Huazhong Agricultural University', '4201'],
  ['4142010511', '华中师范大学', 'Central China Normal University', '4201', ['华中师范大学第一附属中学', 'No. 1 Middle School Affiliated to Central China Normal University']],
  ['4142010520', '中南财经政法大学', 'Zhongnan University of Economics and Law', '4201'],
  // Hunan, Guangdong
  ['4143010532', '湖南大学', 'Hunan University', '4301'],
  ['4143010533', '中南大学', 'Central South University', '4301'],
  ['4144010558', '中山大学', 'Sun Yat-sen University', '4401'],
  ['4144010561', '华南理工大学', 'South China University of Technology', '4401'],
  // Chongqing, Sichuan
  ['4150010611', '重庆大学', 'Chongqing University', '5001'],
  ['4150010635', '西南大学', 'Southwest University', '5001', ['西南大学附属中学', 'High School Affiliated to Southwest University']],
  ['4151010610', '四川大学', 'Sichuan University', '5101', ['四川大学附属中学', 'High School Affiliated to Sichuan University']],
  ['4151010613', '西南交通大学', 'Southwest Jiaotong University', '5101'],
  ['4151010614', '电子科技大学', 'University of Electronic Science and Technology of China', '5101'],
  ['4151010651', '西南财经大学', 'Southwestern University of Finance and Economics', '5101'],
  // Shaanxi, Gansu
  ['4161010698', '西安交通大学', "Xi'an Jiaotong University", '6101', ['西安交通大学附属中学', "High School Affiliated to Xi'an Jiaotong University"]],
  ['4161010701', '西安电子科技大学', 'Xidian University', '6101'],
  ['4161010710', '长安大学', "Chang'an University", '6101'],
  ['4161010712', '西北农林科技大学', 'Northwest A&F University', '6104'],
  ['4161010718', '陕西师范大学', 'Shaanxi Normal University', '6101', ['陕西师范大学附属中学', 'High School Affiliated to Shaanxi Normal University']],
  ['4162010730', '兰州大学', 'Lanzhou University', '6201', ['兰州大学附属中学', 'High School Affiliated to Lanzhou University']],
];

export const MINISTRY_AFFILIATED_UNIVERSITIES: readonly UniversityRef[] = Object.freeze(
  ROWS.map(
    ([code, nameZh, nameEn, prefectureCode, highSchool]): UniversityRef =>
      Object.freeze({
        code,
        nationalCode: code.slice(5),
        nameZh,
        nameEn,
        provinceCode: code.slice(2, 4),
        prefectureCode,
        ...(highSchool ? { affiliatedHighSchoolZh: highSchool[0], affiliatedHighSchoolEn: highSchool[1] } : {}),
      }),
  ),
);
