/**
 * China's provincial-level divisions (ISO 3166-2:CN codes, without Hong Kong, Macao and Taiwan,
 * which the platform keeps as their own ISO 3166-1 codes) and the cities the center reports on,
 * with English and Chinese names. Organizations write regions and cities as free text; these
 * tables turn 'Guangdong', '广东省' or 'guangdong province' into one key.
 */

export type ChinaProvince = { readonly code: string; readonly en: string; readonly zh: string };
export type ChinaCity = { readonly code: string; readonly province: string; readonly en: string; readonly zh: string };

export const CHINA_PROVINCES: readonly ChinaProvince[] = [
  { code: 'BJ', en: 'Beijing', zh: '北京' },
  { code: 'TJ', en: 'Tianjin', zh: '天津' },
  { code: 'HE', en: 'Hebei', zh: '河北' },
  { code: 'SX', en: 'Shanxi', zh: '山西' },
  { code: 'NM', en: 'Inner Mongolia', zh: '内蒙古' },
  { code: 'LN', en: 'Liaoning', zh: '辽宁' },
  { code: 'JL', en: 'Jilin', zh: '吉林' },
  { code: 'HL', en: 'Heilongjiang', zh: '黑龙江' },
  { code: 'SH', en: 'Shanghai', zh: '上海' },
  { code: 'JS', en: 'Jiangsu', zh: '江苏' },
  { code: 'ZJ', en: 'Zhejiang', zh: '浙江' },
  { code: 'AH', en: 'Anhui', zh: '安徽' },
  { code: 'FJ', en: 'Fujian', zh: '福建' },
  { code: 'JX', en: 'Jiangxi', zh: '江西' },
  { code: 'SD', en: 'Shandong', zh: '山东' },
  { code: 'HA', en: 'Henan', zh: '河南' },
  { code: 'HB', en: 'Hubei', zh: '湖北' },
  { code: 'HN', en: 'Hunan', zh: '湖南' },
  { code: 'GD', en: 'Guangdong', zh: '广东' },
  { code: 'GX', en: 'Guangxi', zh: '广西' },
  { code: 'HI', en: 'Hainan', zh: '海南' },
  { code: 'CQ', en: 'Chongqing', zh: '重庆' },
  { code: 'SC', en: 'Sichuan', zh: '四川' },
  { code: 'GZ', en: 'Guizhou', zh: '贵州' },
  { code: 'YN', en: 'Yunnan', zh: '云南' },
  { code: 'XZ', en: 'Tibet', zh: '西藏' },
  { code: 'SN', en: 'Shaanxi', zh: '陕西' },
  { code: 'GS', en: 'Gansu', zh: '甘肃' },
  { code: 'QH', en: 'Qinghai', zh: '青海' },
  { code: 'NX', en: 'Ningxia', zh: '宁夏' },
  { code: 'XJ', en: 'Xinjiang', zh: '新疆' },
];

/** Municipalities are provinces and cities at once. */
const MUNICIPALITIES = new Set(['BJ', 'TJ', 'SH', 'CQ']);

export const CHINA_CITIES: readonly ChinaCity[] = [
  { code: 'SZ', province: 'GD', en: 'Shenzhen', zh: '深圳' },
  { code: 'GZ', province: 'GD', en: 'Guangzhou', zh: '广州' },
  { code: 'DG', province: 'GD', en: 'Dongguan', zh: '东莞' },
  { code: 'FS', province: 'GD', en: 'Foshan', zh: '佛山' },
  { code: 'ZH', province: 'GD', en: 'Zhuhai', zh: '珠海' },
  { code: 'HZ', province: 'ZJ', en: 'Hangzhou', zh: '杭州' },
  { code: 'NB', province: 'ZJ', en: 'Ningbo', zh: '宁波' },
  { code: 'NJ', province: 'JS', en: 'Nanjing', zh: '南京' },
  { code: 'SU', province: 'JS', en: 'Suzhou', zh: '苏州' },
  { code: 'WX', province: 'JS', en: 'Wuxi', zh: '无锡' },
  { code: 'HF', province: 'AH', en: 'Hefei', zh: '合肥' },
  { code: 'WH', province: 'HB', en: 'Wuhan', zh: '武汉' },
  { code: 'CS', province: 'HN', en: 'Changsha', zh: '长沙' },
  { code: 'CD', province: 'SC', en: 'Chengdu', zh: '成都' },
  { code: 'XA', province: 'SN', en: "Xi'an", zh: '西安' },
  { code: 'QD', province: 'SD', en: 'Qingdao', zh: '青岛' },
  { code: 'JN', province: 'SD', en: 'Jinan', zh: '济南' },
  { code: 'XM', province: 'FJ', en: 'Xiamen', zh: '厦门' },
  { code: 'FZ', province: 'FJ', en: 'Fuzhou', zh: '福州' },
  { code: 'SY', province: 'LN', en: 'Shenyang', zh: '沈阳' },
  { code: 'DL', province: 'LN', en: 'Dalian', zh: '大连' },
  { code: 'HRB', province: 'HL', en: 'Harbin', zh: '哈尔滨' },
  { code: 'CC', province: 'JL', en: 'Changchun', zh: '长春' },
  { code: 'ZZ', province: 'HA', en: 'Zhengzhou', zh: '郑州' },
  { code: 'KM', province: 'YN', en: 'Kunming', zh: '昆明' },
  { code: 'NC', province: 'JX', en: 'Nanchang', zh: '南昌' },
  { code: 'TY', province: 'SX', en: 'Taiyuan', zh: '太原' },
  { code: 'SJZ', province: 'HE', en: 'Shijiazhuang', zh: '石家庄' },
];

/**
 * A place name folded for comparison: lower case, without spaces, apostrophes, hyphens and the
 * administrative suffixes (province, city, municipality, 省, 市, 自治区...).
 */
export function foldPlaceName(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’\-_.]/g, '')
    .replace(/(province|municipality|autonomousregion|specialadministrativeregion|city|shi|sheng)$/u, '')
    .replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/u, '');
}

const provinceByName = new Map<string, ChinaProvince>();
for (const p of CHINA_PROVINCES) {
  provinceByName.set(foldPlaceName(p.en), p);
  provinceByName.set(foldPlaceName(p.zh), p);
}
provinceByName.set('xizang', CHINA_PROVINCES.find((p) => p.code === 'XZ')!);
provinceByName.set('neimenggu', CHINA_PROVINCES.find((p) => p.code === 'NM')!);

const cityByName = new Map<string, ChinaCity>();
for (const c of CHINA_CITIES) {
  cityByName.set(foldPlaceName(c.en), c);
  cityByName.set(foldPlaceName(c.zh), c);
}
const provinceByCode = new Map(CHINA_PROVINCES.map((p) => [p.code, p]));
const cityByCode = new Map(CHINA_CITIES.map((c) => [`${c.province}-${c.code}`, c]));

/** The province a free-text region names ('Guangdong', '广东省'), or undefined. */
export const findChinaProvince = (name: string | null | undefined): ChinaProvince | undefined =>
  name ? provinceByName.get(foldPlaceName(name)) : undefined;

/** The city a free-text name names ('Shenzhen', '深圳市'), or undefined. */
export const findChinaCity = (name: string | null | undefined): ChinaCity | undefined => (name ? cityByName.get(foldPlaceName(name)) : undefined);

export const chinaProvinceByCode = (code: string): ChinaProvince | undefined => provinceByCode.get(code);

/** A city by its key 'GD-SZ'. */
export const chinaCityByKey = (key: string): ChinaCity | undefined => cityByCode.get(key);

export const isMunicipality = (provinceCode: string): boolean => MUNICIPALITIES.has(provinceCode);
