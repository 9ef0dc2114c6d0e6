/**
 * The overseas half of ITTC's demo listings, written in English by us for ITTC (not copied
 * from any profile database) for the organizations in overseas-organizations.ts. About a
 * third carry a Chinese translation. Deterministic: plain literals, no randomness.
 *
 * Each spec below is compact: amounts are given in major units and converted to integer
 * minor units by the currency's exponent; the country comes from the owner; the WIPO fields
 * of the IPC codes are added to the sectors named.
 */
import type { CooperationType, IprStatus, ListingKind, ListingStatus, Visibility } from '../../core/listings/listing.js';
import { minorUnits } from '../../core/taxonomy/currencies.js';
import { wipoFieldsForIpcCodes } from '../../core/taxonomy/ipc-wipo.js';
import { overseasOrganizations } from './overseas-organizations.js';
import type { DemoListing, DemoLocalized } from './types.js';

type Price = NonNullable<DemoListing['price']>;

/** A price or budget range given in major units (EUR 250,000 -> 25000000 minor units). */
const money = (currency: string, min: number | null, max: number | null): Price => {
  const factor = 10 ** minorUnits(currency);
  return { currency, min_minor: min === null ? null : Math.round(min * factor), max_minor: max === null ? null : Math.round(max * factor) };
};

type Spec = {
  key: string;
  /** Defaults to technology_offer. */
  kind?: ListingKind;
  owner: string;
  title: string;
  summary: string;
  description: string;
  zh?: DemoLocalized;
  confidential?: string;
  keywords: string[];
  /** Industry sectors and any WIPO fields not implied by the IPC codes. */
  sectors: string[];
  ipc?: string[];
  trl: number | null;
  ipr: IprStatus;
  patents?: string[];
  coop: CooperationType[];
  price?: Price;
  /** Target countries; defaults to ['CN']. */
  to?: string[];
  visibility?: Visibility;
  /** Defaults to published. */
  status?: ListingStatus;
  days: number | null;
  deadline?: number;
};

const countryOf = new Map(overseasOrganizations.map((o) => [o.key, o.country]));

function build(s: Spec): DemoListing {
  const country = countryOf.get(s.owner);
  if (country === undefined) throw new Error(`demo listing ${s.key}: unknown owner ${s.owner}`);
  const ipc = s.ipc ?? [];
  const listing: DemoListing = {
    key: s.key,
    kind: s.kind ?? 'technology_offer',
    language: 'en',
    title: s.title,
    summary: s.summary,
    description: s.description,
    confidential_details: s.confidential ?? null,
    keywords: s.keywords,
    sectors: [...new Set([...s.sectors, ...wipoFieldsForIpcCodes(ipc)])],
    ipc_codes: ipc,
    trl: s.trl,
    ipr_status: s.ipr,
    patent_numbers: s.patents ?? [],
    cooperation_types: s.coop,
    price: s.price ?? null,
    country,
    target_countries: s.to ?? ['CN'],
    owner: s.owner,
    visibility: s.visibility ?? 'public',
    status: s.status ?? 'published',
    published_days_ago: s.days,
    deadline_in_days: s.deadline ?? null,
  };
  if (s.zh !== undefined) listing.translations = { zh: s.zh };
  return listing;
}

const germany: Spec[] = [
  {
    key: 'de-rvi-femtosecond-glass-cutting',
    owner: 'de-rvi-photonics',
    title: 'Femtosecond laser filamentation process for crack-free cutting of ultra-thin cover glass',
    summary:
      'A laser process that cuts chemically strengthened cover glass from 50 to 700 µm thick with edge strength above 300 MPa and no micro-cracks. It replaces mechanical scribing and breaking in display and camera-module production and runs on standard industrial femtosecond sources.',
    description:
      'Thin and foldable displays, camera cover windows and glass interposers need glass cut without chipping, because every edge defect becomes a starting point for fracture. The institute has developed a femtosecond laser process that forms a column of modified material through the full glass thickness in a single pass using a shaped Bessel-like beam, followed by a controlled thermal separation step. Free-form contours with radii down to 0.5 mm are possible. Compared with mechanical scribing the process gives no debris, edge roughness below 1 µm Ra and a four-point bending strength of more than 300 MPa on strengthened aluminosilicate glass, so edge grinding can often be skipped. The process has been validated on a pilot station with a 50 W industrial femtosecond laser at feed rates up to 500 mm/s, and tested with samples from two display suppliers. The institute offers a licence to the process patents together with a technical service package (process window transfer, optics design, operator training). Machine builders and display or camera-module manufacturers are sought as licensees; joint development of application-specific variants such as through-glass vias is also possible.',
    zh: {
      title: '超薄盖板玻璃无裂纹切割的飞秒激光成丝工艺',
      summary:
        '该激光工艺可切割 50 至 700 微米厚的化学强化盖板玻璃，边缘强度高于 300 MPa，且无微裂纹。它可替代显示屏和摄像头模组生产中的机械划片与裂片，并可在常规工业飞秒激光器上运行。',
      description:
        '薄型和可折叠显示屏、摄像头盖板及玻璃中介层都要求玻璃切割无崩边，因为任何边缘缺陷都会成为断裂起点。本所开发了一种飞秒激光工艺：利用整形的类贝塞尔光束单次贯穿玻璃厚度形成改性柱，再经受控热分离完成切割，可加工半径小至 0.5 毫米的自由轮廓。与机械划片相比，该工艺无碎屑，边缘粗糙度低于 1 微米 Ra，强化铝硅玻璃的四点弯曲强度超过 300 MPa，通常可省去磨边工序。工艺已在配备 50 W 工业飞秒激光器的中试工位上验证，进给速度可达 500 mm/s，并用两家显示屏供应商的样品完成测试。本所提供工艺专利许可及技术服务包（工艺窗口转移、光学设计、操作培训），寻求设备制造商及显示屏或摄像头模组制造商作为被许可方，也可针对玻璃通孔等特定应用开展合作开发。',
    },
    confidential:
      'Process window for 0.55 mm Gorilla-type glass: pulse energy 180-220 µJ, burst of 4 sub-pulses at 25 ns spacing, filament pitch 4 µm, CO2 separation at 35 W. Licence terms proposed: EUR 120,000 upfront plus 3% royalty on machine sales or EUR 0.002 per cut part.',
    keywords: ['femtosecond laser', 'glass cutting', 'cover glass', 'display', 'filamentation', 'Bessel beam'],
    sectors: ['ind-digital-creative', 'ind-new-materials'],
    ipc: ['B23K 26/0622', 'B23K 26/53', 'C03B 33/02'],
    trl: 6,
    ipr: 'granted',
    patents: ['EP3512384B1', 'DE102019114275B4'],
    coop: ['license', 'technical_service', 'joint_development'],
    price: money('EUR', 120000, 400000),
    to: ['CN', 'KR', 'JP', 'TW'],
    days: 42,
  },
  {
    key: 'de-rvi-fmcw-lidar-chip',
    owner: 'de-rvi-photonics',
    title: 'Silicon-photonic FMCW LiDAR chip with solid-state beam steering for automotive and robotics',
    summary:
      'A frequency-modulated continuous-wave LiDAR transceiver on a silicon nitride photonic chip, measuring distance and radial velocity per point with no moving parts. Range of 150 m on 10% reflective targets has been shown on the lab demonstrator.',
    description:
      'Time-of-flight LiDAR sensors are sensitive to sunlight and to interference from other sensors, and mechanical scanners are costly and wear out. The institute has designed an FMCW LiDAR in which the laser chirp, coherent receiver and an optical phased array for horizontal steering sit on one silicon nitride chip; vertical steering uses wavelength tuning over a grating emitter. Coherent detection makes the sensor immune to sunlight and to other LiDARs, and gives the velocity of each point directly, which simplifies object tracking. The lab demonstrator reaches 150 m on 10% targets with 2 cm range precision and a 60° x 20° field of view. The chip is designed for a standard foundry process, so cost at volume is expected to fall well below that of current mechanical units. The institute seeks an automotive tier-1 supplier, a robotics company or a photonics foundry for joint development towards an A-sample, with an option to license the resulting IP.',
    confidential:
      'Unpublished measurements: chirp linearity error below 0.05% after pre-distortion, phased-array side-lobe suppression 14 dB. Two further patent applications on the grating emitter are being drafted and can be shared under NDA.',
    keywords: ['LiDAR', 'FMCW', 'silicon photonics', 'optical phased array', 'autonomous driving', 'robot perception'],
    sectors: ['ind-nev', 'ind-robotics', 'ind-semiconductors'],
    ipc: ['G01S 17/34', 'G01S 7/4911', 'G02B 6/12'],
    trl: 4,
    ipr: 'applied',
    patents: ['EP4123871A1'],
    coop: ['joint_development', 'license'],
    to: ['CN', 'DE', 'US', 'JP'],
    days: 118,
    deadline: 150,
  },
  {
    key: 'de-rvi-hyperspectral-plastic-sorting',
    owner: 'de-rvi-photonics',
    title: 'Hyperspectral imaging and classification module for sorting black and multilayer plastics in recycling plants',
    summary:
      'A mid-infrared hyperspectral camera with on-board classification identifies black plastics and multilayer packaging that near-infrared sorters miss. Installed on a conveyor at 3 m/s it reaches above 95% purity for PP, PE, PS and PET fractions.',
    description:
      'Near-infrared sorters, the standard in plastic recycling, cannot see carbon-black-pigmented plastics and confuse multilayer films, so these materials go to incineration. The institute has built a sorting module that images the conveyor in the mid-infrared band between 2 and 5 µm, where black polymers still have distinct absorption features. A compact classification network runs on an embedded GPU next to the camera and triggers air jets with a latency below 8 ms. In a six-month trial at a German sorting plant the module separated black PP, PE, PS and PET at belt speeds of 3 m/s with purities between 95 and 98%. It can be retrofitted above existing ejector bars. The institute offers licences to the optical design and the trained models, plus support to integrate the module into sorting machines. Sorting equipment manufacturers and recycling plant operators are invited to get in touch.',
    keywords: ['hyperspectral imaging', 'plastic recycling', 'black plastics', 'waste sorting', 'mid-infrared', 'machine vision'],
    sectors: ['ind-environment', 'ind-ai-software'],
    ipc: ['B07C 5/342', 'G01N 21/3563', 'G06V 10/58'],
    trl: 7,
    ipr: 'granted',
    patents: ['EP3877215B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 80000, 250000),
    to: ['CN', 'FR', 'IT', 'ES', 'PL'],
    days: 203,
  },
  {
    key: 'de-rvi-perovskite-tandem-scribing',
    owner: 'de-rvi-photonics',
    title: 'Picosecond laser scribing process (P1-P3) for monolithic interconnection of perovskite-silicon tandem and all-perovskite modules',
    summary:
      'Know-how for the three laser scribing steps that divide perovskite thin-film modules into series-connected cells, with a dead area below 2% and no damage to the perovskite layer. Suitable for 1.2 x 0.6 m substrates on standard scribing tools.',
    description:
      'Perovskite modules lose much of their efficiency at the interconnection lines: thermal damage at the P2 and P3 scribes causes shunts and decomposition of the absorber, and wide scribes waste area. The institute has developed a picosecond process at 532 and 355 nm with top-hat beam shaping and in-line camera alignment, which keeps the total dead area below 2% and the heat-affected zone under 3 µm. Modules of 30 x 30 cm made with the process keep more than 93% of the cell efficiency, and damp-heat tests show no degradation starting from the scribe lines. The process works for perovskite-on-glass single junctions and for four-terminal and two-terminal tandem stacks. The institute transfers the process as secret know-how with a tool specification and on-site ramp-up support, and seeks module makers and laser equipment suppliers building perovskite pilot lines.',
    zh: {
      title: '用于钙钛矿/晶硅叠层及全钙钛矿组件单片互联的皮秒激光划线工艺（P1-P3）',
      summary:
        '该技术秘密涵盖将钙钛矿薄膜组件划分为串联电池的三道激光划线工序，死区面积低于 2%，且不损伤钙钛矿层。适用于在标准划线设备上加工 1.2 × 0.6 米基板。',
      description:
        '钙钛矿组件的大量效率损失发生在互联线处：P2、P3 划线的热损伤会导致分流和吸光层分解，过宽的划线则浪费有效面积。本所开发了 532 nm 和 355 nm 皮秒激光工艺，结合平顶光束整形与在线相机对位，使总死区面积低于 2%，热影响区小于 3 微米。采用该工艺制作的 30 × 30 厘米组件保持了 93% 以上的电池效率，湿热试验未发现从划线处开始的衰减。该工艺适用于玻璃基单结钙钛矿以及四端和两端叠层结构。本所以技术秘密形式转让工艺，提供设备规格书和现场爬坡支持，寻求正在建设钙钛矿中试线的组件制造商和激光设备供应商。',
    },
    confidential:
      'P2 parameters: 355 nm, 10 ps, 0.9 µJ, 1.2 MHz, 2 m/s, spot 28 µm top-hat; P3 uses 532 nm at 1.6 µJ with 40% pulse overlap. Transfer fee indicated at EUR 250,000 plus 6 weeks of on-site engineering.',
    keywords: ['perovskite', 'tandem solar cell', 'laser scribing', 'monolithic interconnection', 'thin-film PV', 'picosecond laser'],
    sectors: ['ind-renewables', 'ind-semiconductors'],
    ipc: ['H01L 31/18', 'H10K 71/00', 'B23K 26/364'],
    trl: 5,
    ipr: 'secret_know_how',
    coop: ['license', 'technical_service'],
    price: money('EUR', 250000, 350000),
    days: 27,
  },
  {
    key: 'de-rvi-uvc-led-water-module',
    owner: 'de-rvi-photonics',
    title: 'Compact UV-C LED flow reactor for point-of-use water disinfection with 4-log reduction at 5 L/min',
    summary:
      'A UV-C LED flow cell whose reflective optics and flow guidance give a uniform dose, reaching 4-log reduction of E. coli and MS2 surrogate at 5 L/min with 6 W electrical input. Mercury-free and instantly on.',
    description:
      'Mercury UV lamps need warm-up time, contain toxic mercury and are too large for taps, coffee machines or dialysis equipment. UV-C LEDs solve these problems but their beams are narrow, so simple designs leave parts of the water under-dosed. The institute has designed a flow reactor in which a PTFE reflector and a helical flow guide expose every volume element to a similar dose. With six 275 nm LEDs at 6 W electrical input the reactor reaches 4-log reduction of E. coli and of the MS2 surrogate virus at 5 L/min, verified by an accredited lab. An integrated UV sensor monitors the LED output over life. Appliance makers, water-dispenser manufacturers and medical-device firms are sought as licensees or as partners to develop product-specific versions.',
    keywords: ['UV-C LED', 'water disinfection', 'point of use', 'mercury-free', 'flow reactor'],
    sectors: ['ind-environment', 'ind-medical-devices'],
    ipc: ['C02F 1/325', 'A61L 2/10'],
    trl: 7,
    ipr: 'granted',
    patents: ['DE102020108712B3'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 40000, 90000),
    to: ['CN', 'IN', 'SG', 'AE'],
    status: 'expired',
    days: 388,
  },
  {
    key: 'de-rvi-rdp-photonic-pilot-line',
    kind: 'rd_partnership',
    owner: 'de-rvi-photonics',
    title: 'Partners wanted for a Sino-European project on photonic integrated circuit packaging for data-centre optics',
    summary:
      'The institute is forming a consortium to develop automated fibre attach and hybrid laser integration for 1.6 Tb/s optical transceivers. It seeks a Chinese transceiver maker and a packaging equipment supplier.',
    description:
      'Packaging accounts for most of the cost of photonic integrated circuits in data-centre transceivers, because fibre arrays and lasers are still aligned actively, one by one. The institute is preparing a joint research proposal for a bilateral programme between a German funding body and a Chinese partner programme. The project would develop passive-alignment fibre attach with laser-written glass interposers, flip-chip bonding of InP lasers onto silicon photonics and reliability testing to Telcordia standards. The institute brings laser glass micromachining and optical design; it seeks a transceiver manufacturer to define requirements and test packaged modules, and a packaging equipment company to build the assembly cell. Project duration is planned at 36 months with a total budget of about EUR 3 million, with each side funded by its own national programme.',
    keywords: ['photonic integrated circuit', 'optical transceiver', 'packaging', 'fibre attach', 'data centre', 'Sino-European cooperation'],
    sectors: ['ind-telecom', 'ind-semiconductors', 'wipo-09'],
    ipc: ['G02B 6/42', 'H01S 5/02'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    price: money('EUR', 2500000, 3500000),
    to: ['CN', 'DE'],
    days: 15,
    deadline: 90,
  },
  {
    key: 'de-elbtal-sulfide-electrolyte-synthesis',
    owner: 'de-elbtal-tu-tto',
    title: 'Scalable wet-chemical synthesis of argyrodite sulfide solid electrolyte (Li6PS5Cl) with ionic conductivity above 4 mS/cm',
    summary:
      'A solvent-based route to argyrodite sulfide electrolyte that avoids hours of high-energy ball milling and yields sub-micron particles for thin separator layers. Conductivity of 4.2 mS/cm at room temperature and kilogram batches have been shown.',
    description:
      'Sulfide solid electrolytes are the leading candidates for all-solid-state batteries because of their high ionic conductivity and softness, but most are made by long high-energy ball milling, which is hard to scale, contaminates the product and gives broad particle size distributions. The university group has developed a wet-chemical route in which the precursors react in a mixed solvent system at moderate temperature, followed by a short drying and annealing step. The process yields phase-pure Li6PS5Cl with a D50 of 0.6 µm and room-temperature conductivity of 4.2 mS/cm, and the particles can be cast directly into separator layers below 30 µm. Kilogram batches have been produced in the lab, and pouch cells with NMC811 cathodes have run for more than 500 cycles. The patent family is granted in Europe and pending in China, the US, Japan and Korea. The university offers exclusive or non-exclusive licences by field and seeks battery material producers and cell makers; a co-funded scale-up project to 100 kg batches is welcome.',
    zh: {
      title: '离子电导率高于 4 mS/cm 的硫银锗矿型硫化物固态电解质（Li6PS5Cl）规模化湿化学合成',
      summary:
        '一种以溶剂为基础的硫银锗矿型硫化物电解质制备路线，无需数小时的高能球磨，可得到适合制备薄隔膜层的亚微米颗粒。已实现室温电导率 4.2 mS/cm 和公斤级批次生产。',
      description:
        '硫化物固态电解质离子电导率高、质地柔软，是全固态电池的首选材料之一，但目前多采用长时间高能球磨制备，难以放大、易引入杂质且粒径分布宽。该大学课题组开发了一种湿化学路线：前驱体在混合溶剂体系中于适中温度下反应，随后经短时干燥与退火。该工艺可得到纯相 Li6PS5Cl，D50 为 0.6 微米，室温电导率 4.2 mS/cm，颗粒可直接流延成厚度低于 30 微米的隔膜层。实验室已制备公斤级批次，与 NMC811 正极组装的软包电池循环超过 500 次。该专利族已在欧洲获得授权，在中国、美国、日本和韩国处于审查中。大学提供按领域划分的独占或普通许可，寻求电池材料生产商和电芯制造商，也欢迎共同出资开展 100 公斤级放大项目。',
    },
    confidential:
      'Solvent system is tetrahydrofuran/ethanol 3:1 with a LiCl pre-dissolution step; annealing 2 h at 550 °C under argon. Unpublished: H2S release per kg during processing is 0.8 g, moisture tolerance up to -30 °C dew point. Licence benchmark: upfront EUR 200,000, royalty 2.5% of net electrolyte sales.',
    keywords: ['solid-state battery', 'sulfide electrolyte', 'argyrodite', 'Li6PS5Cl', 'wet chemical synthesis', 'solid electrolyte'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'ind-nev'],
    ipc: ['H01M 10/0562', 'C01B 25/14', 'H01M 10/052'],
    trl: 4,
    ipr: 'granted',
    patents: ['EP3794672B1', 'CN112567891A'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 200000, 800000),
    to: ['CN', 'KR', 'JP', 'DE'],
    days: 64,
  },
  {
    key: 'de-elbtal-gan-gate-driver',
    owner: 'de-elbtal-tu-tto',
    title: 'Monolithically integrated GaN gate driver with negative turn-off voltage for 650 V half-bridges',
    summary:
      'A gate driver integrated on the same GaN-on-Si die as the power transistors, with an on-chip charge pump that provides a negative turn-off voltage. It suppresses false turn-on at slew rates above 150 V/ns.',
    description:
      'GaN transistors switch very fast, but with an external driver the gate loop inductance causes ringing and false turn-on, which forces designers to slow the switching and lose efficiency. The university group has designed a driver stage built from enhancement-mode GaN devices on the same die as the power switch, including a charge pump that generates a -3 V turn-off level without an external supply. Test chips in a 650 V half-bridge switched cleanly at 170 V/ns, and a 1 kW totem-pole PFC demonstrator reached 99.1% efficiency at 500 kHz. The design uses standard layers of a commercial GaN-on-Si power process. The university seeks power semiconductor companies or foundries to license the circuit and layout IP and, optionally, to co-develop a product version for chargers and data-centre power supplies.',
    confidential: 'Layout database, foundry process name and double-pulse test data at 400 V / 20 A can be disclosed under NDA.',
    keywords: ['GaN', 'gate driver', 'power electronics', 'monolithic integration', 'half-bridge', 'fast charger'],
    sectors: ['ind-semiconductors'],
    ipc: ['H03K 17/687', 'H01L 27/0605', 'H02M 1/08'],
    trl: 5,
    ipr: 'applied',
    patents: ['WO2023147721A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'TW', 'US', 'JP'],
    days: 156,
  },
  {
    key: 'de-elbtal-carbon-textile-concrete',
    owner: 'de-elbtal-tu-tto',
    title: 'Carbon-textile reinforced concrete for 30 mm thin facade panels and bridge deck rehabilitation',
    summary:
      'Thin concrete elements reinforced with epoxy-impregnated carbon textiles instead of steel need no corrosion cover, saving up to 70% of cement. Building approvals for facade panels exist and a 15 m footbridge has been built.',
    description:
      'Steel-reinforced concrete needs 30-50 mm of cover to protect the steel from corrosion, which makes elements heavy and cement-intensive. Carbon textiles do not corrode, so concrete layers can be as thin as structural needs allow. The university has developed grid geometries, impregnation and anchorage details and design rules for carbon-textile reinforced concrete, and holds national technical approvals for ventilated facade panels 30 mm thick. The same technique strengthens existing bridge decks with a 15 mm overlay instead of demolition. Reference projects include office facades and a 15 m pedestrian bridge with 60% less concrete than a steel-reinforced design. The university offers licences to the patents and design tools, training for precast plants and joint development of new element types, for example for high-rise facades in humid coastal climates.',
    keywords: ['textile reinforced concrete', 'carbon reinforcement', 'facade panel', 'bridge rehabilitation', 'low-carbon construction'],
    sectors: ['ind-smart-city', 'ind-new-materials'],
    ipc: ['E04C 5/07', 'E04F 13/14', 'C04B 28/02'],
    trl: 8,
    ipr: 'granted',
    patents: ['EP3402944B1', 'DE102016100455B4'],
    coop: ['license', 'technical_service', 'joint_development'],
    price: money('EUR', 50000, 150000),
    to: ['CN', 'SG', 'AE', 'NL'],
    days: 231,
  },
  {
    key: 'de-elbtal-electroadhesive-gripper',
    owner: 'de-elbtal-tu-tto',
    title: 'Electroadhesive soft gripper for handling textiles, foils, food and fragile flat parts',
    summary:
      'A compliant gripper with printed interdigitated electrodes holds flat and deformable items by electrostatic attraction, with no vacuum and no pinching. It picks single textile plies from a stack and handles leaves, cakes and solar wafers.',
    description:
      'Robots struggle with limp or fragile items: vacuum grippers fail on porous textiles and leave marks on food, and finger grippers crush or wrinkle. The university has developed a soft gripper in which interdigitated electrodes printed on a stretchable silicone skin generate a high-voltage field that attracts the object. The gripper conforms to the surface, separates single plies of fabric from a stack with a peel motion, and releases instantly when the voltage is reversed. Power consumption is below 1 W, as no compressor is needed. Lab tests covered cotton and technical fabrics, baking paper, lettuce leaves, sponge cakes and 150 µm silicon wafers at holding pressures up to 6 kPa. A robot end-effector with standard flange and tool-changer interface has been built. The university seeks gripper manufacturers and automation integrators in garment, food and electronics industries for licensing and product development.',
    zh: {
      title: '用于抓取纺织品、薄膜、食品及易碎扁平零件的静电吸附柔性夹爪',
      summary:
        '一种顺应性夹爪，通过印刷在其上的叉指电极产生静电吸附力来抓持扁平和易变形物体，无需真空也不会夹伤物体。它可从布料堆中取出单层布片，并能抓取叶菜、蛋糕和太阳能硅片。',
      description:
        '机器人难以处理柔软或易碎物品：真空吸盘在多孔纺织品上失效，还会在食品上留下印痕；手指式夹爪则会压坏物体或使其起皱。该大学开发了一种柔性夹爪，将叉指电极印刷在可拉伸硅胶表皮上，通过高压电场吸附物体。夹爪能贴合物体表面，通过剥离动作从布料堆中分离单层布片，电压反向时即可瞬间释放。由于无需压缩机，功耗低于 1 W。实验室测试覆盖棉布和功能性面料、烘焙纸、生菜叶、海绵蛋糕和 150 微米硅片，吸附压力最高达 6 kPa。已制成带标准法兰和快换接口的机器人末端执行器。大学寻求服装、食品和电子行业的夹爪制造商与自动化集成商开展许可和产品开发合作。',
    },
    confidential:
      'Electrode pitch 0.8 mm, silver-nanowire ink on 0.5 mm Shore 20A silicone, operating at 3.5 kV with a 12 V DC-DC module. Durability data: 1.2 million grip cycles before 10% force loss.',
    keywords: ['soft gripper', 'electroadhesion', 'robot end-effector', 'textile handling', 'food handling', 'flexible automation'],
    sectors: ['ind-robotics'],
    ipc: ['B25J 15/0085', 'B25J 15/0061', 'H02N 13/00'],
    trl: 5,
    ipr: 'applied',
    patents: ['EP4035621A1'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 30000, 120000),
    to: ['CN', 'VN', 'BD', 'IT'],
    days: 9,
  },
  {
    key: 'de-elbtal-rdp-sodium-solid-state',
    kind: 'rd_partnership',
    owner: 'de-elbtal-tu-tto',
    title: 'Research partner sought: interface engineering for sodium all-solid-state batteries',
    summary:
      'Electrochemistry groups at the university seek an industrial or academic partner for a three-year project on stable interfaces between sodium metal anodes and sulfide or halide electrolytes.',
    description:
      'Sodium all-solid-state batteries could combine low material cost with high safety, but sodium dendrites and reactions at the anode-electrolyte interface limit cycle life. The university groups, which developed scalable sulfide electrolyte synthesis, plan a project on artificial interlayers, alloy anodes and pressure management, using operando impedance and X-ray tomography. They seek a partner that brings either electrolyte or cathode material production, or cell assembly at pouch-cell level. The intended framework is a bilateral call or an industry-funded doctoral programme; results would be shared under a consortium agreement with first-refusal licence rights for the industry partner.',
    keywords: ['sodium battery', 'solid-state battery', 'interface', 'sodium metal anode', 'collaborative research'],
    sectors: ['ind-energy-storage', 'ind-new-materials'],
    ipc: ['H01M 10/054', 'H01M 4/38'],
    trl: 2,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'KR', 'JP'],
    days: 77,
    deadline: 200,
  },
  {
    key: 'de-kessler-axial-flux-motor',
    owner: 'de-kessler-antriebe',
    title: 'Axial flux motor with segmented soft-magnetic-composite stator for light electric vehicles (2-15 kW)',
    summary:
      'A yokeless axial flux motor whose stator teeth are pressed from soft magnetic composite, giving 30% more torque per kilogram than radial motors of the same class. Designed for e-scooters, e-motorcycles and small utility vehicles.',
    description:
      'Light electric vehicles need compact, flat motors with high torque at low speed, ideally built into the wheel or close to it. Axial flux motors fit this need but are usually expensive to make because laminated stators with axial flux paths are hard to manufacture. Kessler has developed a yokeless, segmented stator in which each tooth is pressed from soft magnetic composite powder and wound with pre-formed flat wire before assembly. This allows automated winding, a slot fill of 65% and direct oil-spray cooling. The motor family covers 2 to 15 kW continuous power; the 8 kW version weighs 7.5 kg and delivers 95 Nm peak torque with 94% peak efficiency. Motors are in series production for a European e-motorcycle brand. Kessler offers licences for production in Asia and supplies prototype motors for customer integration; joint adaptation to new vehicle platforms is possible.',
    zh: {
      title: '采用分段式软磁复合材料定子的轻型电动车轴向磁通电机（2-15 kW）',
      summary:
        '一种无轭轴向磁通电机，其定子齿由软磁复合材料压制而成，单位重量扭矩比同级径向电机高 30%。适用于电动滑板车、电动摩托车和小型多用途车。',
      description:
        '轻型电动车需要结构紧凑、扁平、低速大扭矩的电机，最好能装在车轮内或紧邻车轮。轴向磁通电机符合这一需求，但由于具有轴向磁路的叠片定子难以制造，成本通常较高。Kessler 开发了一种无轭分段式定子：每个定子齿由软磁复合粉末压制而成，装配前绕上预成型扁线。该设计可实现自动化绕线，槽满率达 65%，并可直接喷油冷却。电机系列覆盖 2 至 15 kW 持续功率，其中 8 kW 型号重 7.5 公斤，峰值扭矩 95 Nm，峰值效率 94%。该电机已为一家欧洲电动摩托车品牌批量生产。Kessler 提供在亚洲生产的许可，并供应样机供客户集成，也可针对新车型平台开展联合适配开发。',
    },
    confidential:
      'SMC grade and compaction pressure (800 MPa, warm pressing at 90 °C), tooth geometry drawings and end-of-line test specification available under NDA. Licence model: EUR 3 per motor for volumes above 50,000 per year.',
    keywords: ['axial flux motor', 'electric motorcycle', 'soft magnetic composite', 'light electric vehicle', 'e-scooter', 'traction motor'],
    sectors: ['ind-nev'],
    ipc: ['H02K 21/24', 'H02K 1/148', 'H02K 1/02'],
    trl: 9,
    ipr: 'granted',
    patents: ['EP3667871B1', 'DE102018127459B4', 'US11303194B2'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 150000, 500000),
    to: ['CN', 'IN', 'VN', 'ID', 'TW'],
    days: 95,
  },
  {
    key: 'de-kessler-magnet-free-motor',
    owner: 'de-kessler-antriebe',
    title: 'Rare-earth-free electrically excited synchronous motor with brushless rotor power transfer for pump and fan drives',
    summary:
      'A synchronous motor that creates its rotor field with a winding fed through a contactless inductive transformer, avoiding rare-earth magnets and slip rings. Efficiency reaches IE5 class at 11 kW.',
    description:
      'Permanent-magnet motors reach the highest efficiency classes but depend on neodymium and dysprosium, whose prices and supply are volatile. Kessler has developed an electrically excited synchronous motor in which the rotor winding is supplied through an inductive rotary transformer integrated in the motor end shield, so no brushes or slip rings wear out. The excitation can be tuned on line, which gives a high power factor and efficient field weakening for variable-speed pumps and fans. A 11 kW prototype reached IE5 efficiency on the test bench, and two units are running in a water utility pilot. Kessler seeks motor manufacturers and pump OEMs as licensees or co-development partners and can supply prototypes in the 4-30 kW range.',
    keywords: ['rare-earth-free motor', 'synchronous motor', 'IE5', 'inductive power transfer', 'pump drive'],
    sectors: ['ind-nev', 'ind-environment'],
    ipc: ['H02K 19/12', 'H02K 19/26', 'H01F 38/18'],
    trl: 6,
    ipr: 'applied',
    patents: ['EP4088012A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'IT', 'TR', 'IN'],
    visibility: 'members',
    days: 52,
  },
  {
    key: 'de-kessler-req-sic-inverter-module',
    kind: 'technology_request',
    owner: 'de-kessler-antriebe',
    title: 'Sought: 1200 V SiC power module or inverter design partner for an 800 V motor drive platform',
    summary:
      'Kessler is looking for a supplier of 1200 V silicon carbide half-bridge modules, or a partner to co-develop a compact inverter, for a new 800 V drive platform of 50-150 kW. Automotive qualification per AQG 324 is required.',
    description:
      'Kessler is extending its motor range to 800 V platforms for light commercial vehicles and construction machinery. It needs a compact inverter with 1200 V SiC MOSFETs, switching at 20-40 kHz, with a power density above 30 kW/l. The company is open to two forms of cooperation: supply of qualified SiC half-bridge or six-pack modules with low stray inductance (below 8 nH) and sintered die attach, or joint development of the complete inverter including gate drivers and control board. Partners should be able to show AQG 324 test results or a plan to reach them, and offer a roadmap for 2026-2030 volumes of 20,000 to 60,000 units per year. Chinese and Japanese module makers are explicitly invited to respond.',
    keywords: ['silicon carbide', 'SiC MOSFET', 'power module', 'inverter', '800 V', 'motor drive'],
    sectors: ['ind-nev', 'ind-semiconductors'],
    ipc: ['H01L 25/07', 'H02M 7/5387'],
    trl: 7,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('EUR', 500000, 2000000),
    to: ['CN', 'JP', 'KR', 'DE'],
    days: 33,
    deadline: 120,
  },
  {
    key: 'de-isar-inv-deeptech-seed',
    kind: 'investment_offer',
    owner: 'de-isar-ventures',
    title: 'Seed and Series A investment for European deep-tech start-ups in energy, advanced materials and industrial software',
    summary:
      'Isar Deep Tech Ventures invests EUR 0.5-3 million as first institutional investor in hardware-heavy start-ups with defensible IP. It helps portfolio companies enter Asian manufacturing and markets through its Shenzhen partner office.',
    description:
      'The fund invests in companies that turn research into products in energy storage, power electronics, advanced materials, photonics and industrial software. Typical tickets are EUR 0.5-3 million at seed or Series A, with reserves for follow-on rounds up to EUR 8 million per company. The fund looks for a strong technical team, granted or filed patents, a first pilot customer and a credible path to manufacturing at scale. Beyond capital, the partners support supply-chain set-up in China and Southeast Asia, introductions to OEM customers and grant applications. Start-ups from Europe, Israel and Asian teams planning a European base are welcome to submit a pitch deck and a short technical summary.',
    keywords: ['venture capital', 'seed investment', 'deep tech', 'energy', 'advanced materials', 'Series A'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'ind-semiconductors', 'ind-ai-software'],
    trl: 4,
    ipr: 'none',
    coop: ['investment'],
    price: money('EUR', 500000, 3000000),
    to: ['DE', 'AT', 'CH', 'FR', 'IL', 'CN'],
    days: 140,
  },
  {
    key: 'de-isar-inv-battery-circularity',
    kind: 'investment_offer',
    owner: 'de-isar-ventures',
    title: 'Thematic investment: battery recycling, second-life storage and critical raw material recovery',
    summary:
      'A dedicated allocation of EUR 20 million for companies that close the battery materials loop, from collection logistics and diagnostics to hydrometallurgy and direct cathode recycling. Tickets of EUR 1-4 million.',
    description:
      'European battery regulation sets recycled-content targets for lithium, nickel and cobalt, creating demand for recycling capacity and for technologies that recover materials at lower cost and energy. Isar Deep Tech Ventures has set aside EUR 20 million for this theme. It is interested in fast state-of-health diagnostics for second-life grading, automated pack disassembly, low-reagent hydrometallurgy, direct recycling of cathode materials, and lithium recovery from production scrap. Companies should have lab or pilot data on recovery rates and purity and a plan for a first plant. Co-investment with strategic investors, including Asian battery and materials groups, is welcome.',
    keywords: ['battery recycling', 'circular economy', 'critical raw materials', 'second life', 'investment'],
    sectors: ['ind-energy-storage', 'ind-environment', 'wipo-20'],
    trl: 5,
    ipr: 'none',
    coop: ['investment'],
    price: money('EUR', 1000000, 4000000),
    to: ['DE', 'SE', 'FI', 'FR', 'CN', 'KR'],
    visibility: 'members',
    days: 61,
    deadline: 240,
  },
];
