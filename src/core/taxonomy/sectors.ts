/**
 * The shipped sector taxonomy: the 35 WIPO technology fields (Schmoch 2008 concordance,
 * codes wipo-01..wipo-35, each under one of WIPO's five sector groups) and the industry
 * sectors a Shenzhen technology transfer center reports on (codes ind-*).
 */

export const WIPO_SECTOR_GROUPS = [
  { code: 'electrical', en: 'Electrical engineering', zh: '电气工程' },
  { code: 'instruments', en: 'Instruments', zh: '仪器' },
  { code: 'chemistry', en: 'Chemistry', zh: '化学' },
  { code: 'mechanical', en: 'Mechanical engineering', zh: '机械工程' },
  { code: 'other', en: 'Other fields', zh: '其他领域' },
] as const;
export type WipoSectorGroupCode = (typeof WIPO_SECTOR_GROUPS)[number]['code'];

export type SectorGroup = 'wipo' | 'industry';

export type Sector = {
  readonly code: string;
  readonly group: SectorGroup;
  readonly en: string;
  readonly zh: string;
  /** WIPO's sector group for a WIPO field; null for industry sectors. */
  readonly wipoSector: WipoSectorGroupCode | null;
};

const wipo = (n: number, wipoSector: WipoSectorGroupCode, en: string, zh: string): Sector => ({
  code: `wipo-${String(n).padStart(2, '0')}`,
  group: 'wipo',
  en,
  zh,
  wipoSector,
});

const industry = (code: string, en: string, zh: string): Sector => ({
  code,
  group: 'industry',
  en,
  zh,
  wipoSector: null,
});

export const WIPO_FIELDS: readonly Sector[] = [
  wipo(1, 'electrical', 'Electrical machinery, apparatus, energy', '电机、电气装置与电能'),
  wipo(2, 'electrical', 'Audio-visual technology', '音像技术'),
  wipo(3, 'electrical', 'Telecommunications', '电信'),
  wipo(4, 'electrical', 'Digital communication', '数字通信'),
  wipo(5, 'electrical', 'Basic communication processes', '基础通信过程'),
  wipo(6, 'electrical', 'Computer technology', '计算机技术'),
  wipo(7, 'electrical', 'IT methods for management', '管理用信息技术方法'),
  wipo(8, 'electrical', 'Semiconductors', '半导体'),
  wipo(9, 'instruments', 'Optics', '光学'),
  wipo(10, 'instruments', 'Measurement', '测量'),
  wipo(11, 'instruments', 'Analysis of biological materials', '生物材料分析'),
  wipo(12, 'instruments', 'Control', '控制'),
  wipo(13, 'instruments', 'Medical technology', '医疗技术'),
  wipo(14, 'chemistry', 'Organic fine chemistry', '有机精细化学'),
  wipo(15, 'chemistry', 'Biotechnology', '生物技术'),
  wipo(16, 'chemistry', 'Pharmaceuticals', '药品'),
  wipo(17, 'chemistry', 'Macromolecular chemistry, polymers', '高分子化学与聚合物'),
  wipo(18, 'chemistry', 'Food chemistry', '食品化学'),
  wipo(19, 'chemistry', 'Basic materials chemistry', '基础材料化学'),
  wipo(20, 'chemistry', 'Materials, metallurgy', '材料与冶金'),
  wipo(21, 'chemistry', 'Surface technology, coating', '表面技术与涂层'),
  wipo(22, 'chemistry', 'Micro-structural and nano-technology', '微结构与纳米技术'),
  wipo(23, 'chemistry', 'Chemical engineering', '化学工程'),
  wipo(24, 'chemistry', 'Environmental technology', '环境技术'),
  wipo(25, 'mechanical', 'Handling', '搬运装卸'),
  wipo(26, 'mechanical', 'Machine tools', '机床'),
  wipo(27, 'mechanical', 'Engines, pumps, turbines', '发动机、泵与涡轮机'),
  wipo(28, 'mechanical', 'Textile and paper machines', '纺织与造纸机械'),
  wipo(29, 'mechanical', 'Other special machines', '其他专用机械'),
  wipo(30, 'mechanical', 'Thermal processes and apparatus', '热工过程与设备'),
  wipo(31, 'mechanical', 'Mechanical elements', '机械元件'),
  wipo(32, 'mechanical', 'Transport', '运输'),
  wipo(33, 'other', 'Furniture, games', '家具与游戏'),
  wipo(34, 'other', 'Other consumer goods', '其他消费品'),
  wipo(35, 'other', 'Civil engineering', '土木工程'),
];

export const INDUSTRY_SECTORS: readonly Sector[] = [
  industry('ind-nev', 'New-energy vehicles', '新能源汽车'),
  industry('ind-energy-storage', 'Batteries and energy storage', '电池与储能'),
  industry('ind-renewables', 'Renewable energy', '可再生能源'),
  industry('ind-semiconductors', 'Semiconductors and integrated circuits', '半导体与集成电路'),
  industry('ind-ai-software', 'Artificial intelligence and software', '人工智能与软件'),
  industry('ind-robotics', 'Robotics and intelligent manufacturing', '机器人与智能制造'),
  industry('ind-biomedicine', 'Biomedicine', '生物医药'),
  industry('ind-medical-devices', 'Medical devices', '医疗器械'),
  industry('ind-new-materials', 'New materials', '新材料'),
  industry('ind-environment', 'Environmental protection', '节能环保'),
  industry('ind-agrifood', 'Agriculture and food', '农业与食品'),
  industry('ind-marine', 'Marine economy', '海洋经济'),
  industry('ind-aerospace', 'Aerospace and drones', '航空航天与无人机'),
  industry('ind-digital-creative', 'Digital creative industries', '数字创意'),
  industry('ind-smart-city', 'Smart city and construction', '智慧城市与建筑'),
  industry('ind-telecom', '5G/6G and telecommunications', '5G/6G与通信'),
  industry('ind-fintech', 'Financial technology', '金融科技'),
];

export const SECTORS: readonly Sector[] = [...WIPO_FIELDS, ...INDUSTRY_SECTORS];

const byCode: ReadonlyMap<string, Sector> = new Map(SECTORS.map((s) => [s.code, s]));

/** True when `code` is one of the shipped sector codes (wipo-01..wipo-35, ind-*). */
export const isSectorCode = (code: string): boolean => byCode.has(code);

/** The sector with this code, or undefined. */
export const findSector = (code: string): Sector | undefined => byCode.get(code);

/** The WIPO field code for a field number 1..35, e.g. 8 -> 'wipo-08'. */
export const wipoFieldCode = (fieldNumber: number): string => `wipo-${String(fieldNumber).padStart(2, '0')}`;
