/**
 * Place names that tell which country an affiliation string is about: country names and common
 * variants (English, a few local and Chinese forms) plus first-level subdivisions of the countries
 * whose addresses often omit the country (US states, Canadian provinces, Australian states,
 * Chinese provinces, UK nations). Used only as evidence by the organization resolver.
 */
import { nameKey } from './org-normalize.js';

// code: name|variant|...  (one line per country; variants are matched after normalization)
const COUNTRIES = `
AD:Andorra
AE:United Arab Emirates|UAE|U.A.E.|Emirates|Abu Dhabi|Dubai
AF:Afghanistan
AG:Antigua and Barbuda
AL:Albania
AM:Armenia
AO:Angola
AR:Argentina|Argentine Republic
AT:Austria|Osterreich
AU:Australia
AZ:Azerbaijan
BA:Bosnia and Herzegovina|Bosnia
BB:Barbados
BD:Bangladesh
BE:Belgium|Belgique|Belgie
BF:Burkina Faso
BG:Bulgaria
BH:Bahrain
BI:Burundi
BJ:Benin
BN:Brunei|Brunei Darussalam
BO:Bolivia
BR:Brazil|Brasil
BS:Bahamas
BT:Bhutan
BW:Botswana
BY:Belarus
BZ:Belize
CA:Canada
CD:Democratic Republic of the Congo|DR Congo|DRC
CF:Central African Republic
CG:Republic of the Congo|Congo
CH:Switzerland|Suisse|Schweiz|Svizzera
CI:Ivory Coast|Cote d'Ivoire
CL:Chile
CM:Cameroon|Cameroun
CN:China|P.R. China|PR China|P.R.China|PRC|People's Republic of China|Peoples Republic of China|中国|中华人民共和国
CO:Colombia
CR:Costa Rica
CU:Cuba
CV:Cabo Verde|Cape Verde
CY:Cyprus
CZ:Czech Republic|Czechia
DE:Germany|Deutschland|FRG|Federal Republic of Germany|德国
DJ:Djibouti
DK:Denmark|Danmark
DM:Dominica
DO:Dominican Republic
DZ:Algeria|Algerie
EC:Ecuador
EE:Estonia
EG:Egypt
ER:Eritrea
ES:Spain|Espana
ET:Ethiopia
FI:Finland|Suomi
FJ:Fiji
FR:France|法国
GA:Gabon
GB:United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|英国
GD:Grenada
GE:Georgia
GH:Ghana
GM:Gambia|The Gambia
GN:Guinea
GQ:Equatorial Guinea
GR:Greece|Hellas
GT:Guatemala
GW:Guinea-Bissau
GY:Guyana
HK:Hong Kong|Hong Kong SAR|HKSAR|香港
HN:Honduras
HR:Croatia|Hrvatska
HT:Haiti
HU:Hungary|Magyarorszag
ID:Indonesia
IE:Ireland|Eire|Republic of Ireland
IL:Israel
IN:India
IQ:Iraq
IR:Iran|Islamic Republic of Iran|I.R. Iran
IS:Iceland
IT:Italy|Italia
JM:Jamaica
JO:Jordan
JP:Japan|Nippon|日本
KE:Kenya
KG:Kyrgyzstan
KH:Cambodia
KP:North Korea|DPRK
KR:South Korea|Korea|Republic of Korea|Rep. of Korea|ROK|韩国|대한민국
KW:Kuwait
KZ:Kazakhstan
LA:Laos|Lao PDR
LB:Lebanon
LI:Liechtenstein
LK:Sri Lanka
LR:Liberia
LS:Lesotho
LT:Lithuania
LU:Luxembourg
LV:Latvia
LY:Libya
MA:Morocco|Maroc
MC:Monaco
MD:Moldova
ME:Montenegro
MG:Madagascar
MK:North Macedonia|Macedonia
ML:Mali
MM:Myanmar|Burma
MN:Mongolia
MO:Macao|Macau|澳门
MR:Mauritania
MT:Malta
MU:Mauritius
MV:Maldives
MW:Malawi
MX:Mexico
MY:Malaysia
MZ:Mozambique
NA:Namibia
NE:Niger
NG:Nigeria
NI:Nicaragua
NL:Netherlands|The Netherlands|Holland|Nederland
NO:Norway|Norge
NP:Nepal
NZ:New Zealand|Aotearoa
OM:Oman
PA:Panama
PE:Peru
PG:Papua New Guinea
PH:Philippines
PK:Pakistan
PL:Poland|Polska
PR:Puerto Rico
PS:Palestine
PT:Portugal
PY:Paraguay
QA:Qatar
RE:Reunion
RO:Romania
RS:Serbia
RU:Russia|Russian Federation|USSR|Rossiya|俄罗斯
RW:Rwanda
SA:Saudi Arabia|KSA
SD:Sudan
SE:Sweden|Sverige
SG:Singapore|新加坡
SI:Slovenia
SK:Slovakia|Slovak Republic
SL:Sierra Leone
SN:Senegal
SO:Somalia
SR:Suriname
SS:South Sudan
SV:El Salvador
SY:Syria
SZ:Eswatini|Swaziland
TD:Chad
TG:Togo
TH:Thailand
TJ:Tajikistan
TL:Timor-Leste|East Timor
TM:Turkmenistan
TN:Tunisia
TR:Turkey|Turkiye
TT:Trinidad and Tobago|Trinidad
TW:Taiwan|台湾|臺灣
TZ:Tanzania
UA:Ukraine
UG:Uganda
US:United States|United States of America|USA|U.S.A.|U.S.|America|EUA|EE.UU.|Estados Unidos|美国
UY:Uruguay
UZ:Uzbekistan
VE:Venezuela
VN:Vietnam|Viet Nam
YE:Yemen
ZA:South Africa
ZM:Zambia
ZW:Zimbabwe
`;

// Subdivisions whose mention implies the country.
const SUBDIVISIONS = `
US:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Washington DC|Georgia|West Virginia|Wisconsin|Wyoming|District of Columbia|Calif.|Fla.|Penn.|Conn.|Mich.|Minn.|Tex.|N.Y.|N.J.|N.C.|D.C.
CA:Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island
AU:New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Australian Capital Territory|Northern Territory|NSW
CN:Beijing|Shanghai|Tianjin|Chongqing|Guangdong|Jiangsu|Zhejiang|Shandong|Hubei|Hunan|Henan|Hebei|Sichuan|Fujian|Anhui|Jiangxi|Shaanxi|Shanxi|Liaoning|Jilin|Heilongjiang|Yunnan|Guizhou|Guangxi|Gansu|Qinghai|Hainan|Ningxia|Xinjiang|Inner Mongolia|Tibet|北京|上海|天津|重庆|广东|江苏|浙江|山东|湖北|湖南|河南|河北|四川|福建|安徽|江西|陕西|山西|辽宁|吉林|黑龙江|云南|贵州|广西|甘肃|青海|海南|宁夏|新疆|内蒙古|西藏
`;

// Two-letter US postal codes recognized only when written in capitals next to a ZIP code.
const US_POSTAL = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

function parseTable(table: string): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    if (colon !== 2) continue;
    const code = line.slice(0, 2);
    for (const variant of line.slice(3).split('|')) {
      const key = nameKey(variant);
      if (key.length === 0) continue;
      let set = byKey.get(key);
      if (!set) byKey.set(key, (set = new Set()));
      set.add(code);
    }
  }
  return byKey;
}

let placeKeys: Map<string, Set<string>> | null = null;
let maxPlaceTokens = 0;

function places(): Map<string, Set<string>> {
  if (placeKeys) return placeKeys;
  const map = parseTable(COUNTRIES);
  for (const [key, codes] of parseTable(SUBDIVISIONS)) {
    const existing = map.get(key);
    if (existing) for (const c of codes) existing.add(c);
    else map.set(key, codes);
  }
  for (const key of map.keys()) maxPlaceTokens = Math.max(maxPlaceTokens, key.split(' ').length);
  placeKeys = map;
  return map;
}

/** A place named in a text: token span [start, end) and the countries it implies. */
export type PlaceMention = { start: number; end: number; countries: ReadonlySet<string> };

/** The longest number of tokens of a known place name. */
export function maxPlaceNameTokens(): number {
  places();
  return maxPlaceTokens;
}

/** Countries implied by a normalized place key ("new york" -> US), or undefined. */
export function countriesOfPlace(key: string): ReadonlySet<string> | undefined {
  return places().get(key);
}

/**
 * Places a text mentions, given its canonical token keys and the tokens as written (for
 * capitalized US postal codes followed by a ZIP code). Overlapping mentions are all kept.
 */
export function findPlaces(keys: readonly string[], raws: readonly string[]): PlaceMention[] {
  const map = places();
  const found: PlaceMention[] = [];
  for (let i = 0; i < keys.length; i++) {
    let phrase = '';
    for (let n = 1; n <= maxPlaceTokens && i + n <= keys.length; n++) {
      phrase = n === 1 ? keys[i]! : `${phrase} ${keys[i + n - 1]!}`;
      const codes = map.get(phrase);
      if (codes) found.push({ start: i, end: i + n, countries: codes });
    }
  }
  for (let i = 0; i + 1 < raws.length; i++) {
    if (US_POSTAL.has(raws[i]!) && /^\d{5}$/.test(raws[i + 1]!)) found.push({ start: i, end: i + 1, countries: US_ONLY });
  }
  return found;
}

const US_ONLY: ReadonlySet<string> = new Set(['US']);

/** Whether a token as written is a capitalized US postal code (state) such as "MD". */
export function isUsPostalCode(raw: string): boolean {
  return US_POSTAL.has(raw);
}
