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

const unitedKingdom: Spec[] = [
  {
    key: 'gb-pennine-self-healing-asphalt',
    owner: 'gb-pennine-innovations',
    title: 'Self-healing asphalt with encapsulated rejuvenator that closes micro-cracks and doubles road surface life',
    summary:
      'Calcium-alginate capsules containing a bio-based rejuvenating oil are mixed into asphalt; traffic loading breaks them and the oil softens aged bitumen so micro-cracks close. Trial sections show a predicted doubling of surface course life.',
    description:
      'Road surfaces crack as bitumen ages and stiffens; once cracks let water in, potholes follow and the surface must be replaced. The university has developed capsules of calcium alginate, 2-4 mm in size, that survive the mixing temperature of hot asphalt and release a bio-based rejuvenator when micro-cracks pass through them or under repeated traffic loading. Laboratory fatigue tests show crack closure and up to 80% strength recovery after healing periods, and two trial sections on a regional road have performed better than control sections for four winters. The capsules are made with food-industry encapsulation equipment and add about 5% to the cost of the surface course. The university offers licences for capsule manufacture and use, and seeks asphalt producers, road authorities and admixture suppliers for further trials, including in hot and humid climates.',
    confidential:
      'Capsule recipe: 2% sodium alginate, 25% sunflower-based rejuvenator, cross-linked in 1.5% CaCl2; dosage 0.5% by mass of mix. Four-year trial section data and cost model available under NDA.',
    keywords: ['self-healing asphalt', 'road maintenance', 'encapsulation', 'rejuvenator', 'bitumen', 'infrastructure'],
    sectors: ['ind-smart-city', 'ind-new-materials'],
    ipc: ['E01C 7/26', 'C08L 95/00', 'B01J 13/14'],
    trl: 7,
    ipr: 'granted',
    patents: ['GB2580117B', 'EP3743563B1'],
    coop: ['license', 'joint_development'],
    price: money('GBP', 60000, 200000),
    to: ['CN', 'NL', 'AU', 'AE'],
    days: 187,
  },
  {
    key: 'gb-pennine-photoactive-antimicrobial-coating',
    owner: 'gb-pennine-innovations',
    title: 'Visible-light-activated antimicrobial coating for hospital touch surfaces and medical device housings',
    summary:
      'A clear sol-gel coating doped with a photosensitiser kills more than 99.9% of MRSA and E. coli within one hour under normal indoor lighting, without UV. It is applied by spray and cures at 80 °C.',
    description:
      'Hospital-acquired infections spread through frequently touched surfaces. Titanium dioxide coatings need UV light, and silver or copper additives leach out and discolour. The university has developed a transparent hybrid sol-gel coating in which a bound organic photosensitiser produces reactive oxygen species under ordinary LED ward lighting. Tests to ISO 22196 adapted for light exposure showed above 3-log reduction of MRSA, E. coli and a coronavirus surrogate within 60 minutes at 500 lux. The coating adheres to stainless steel, ABS, polycarbonate and glass, survives 5,000 wipe cycles with hospital disinfectants and cures at 80 °C, so it suits plastic device housings. The university seeks coating manufacturers and medical-device or furniture companies to license the technology and to co-fund clinical environment studies.',
    keywords: ['antimicrobial coating', 'photosensitiser', 'hospital infection', 'sol-gel', 'touch surfaces'],
    sectors: ['ind-medical-devices', 'ind-new-materials'],
    ipc: ['C09D 5/14', 'A61L 2/08', 'A01N 25/10'],
    trl: 5,
    ipr: 'applied',
    patents: ['GB2602345A'],
    coop: ['license', 'joint_development'],
    price: money('GBP', 40000, 120000),
    to: ['CN', 'SG', 'DE', 'US'],
    days: 74,
  },
  {
    key: 'gb-pennine-sepsis-aptamer-sensor',
    owner: 'gb-pennine-innovations',
    title: 'Electrochemical aptamer biosensor for bedside measurement of sepsis markers from a finger-prick blood sample in 10 minutes',
    summary:
      'A disposable screen-printed sensor measures procalcitonin and IL-6 together with aptamer recognition layers and impedance read-out. Lab results agree with central-lab immunoassays (r = 0.94) on 120 patient samples.',
    description:
      'Sepsis kills quickly, and its treatment depends on early recognition, but lab immunoassays for procalcitonin or interleukin-6 take an hour or more. The university has developed a low-cost disposable sensor in which DNA aptamers, rather than antibodies, capture the markers on gold electrodes. An anti-fouling layer allows direct measurement in whole blood, and a handheld potentiostat reads both markers within 10 minutes. In a retrospective study with 120 emergency department samples, results correlated with the hospital analyser with r = 0.94 for PCT and 0.91 for IL-6. Aptamers are synthesised chemically, are stable at room temperature and cost much less than antibodies. The university seeks a diagnostics company to license the aptamer sequences and sensor design and to take the product through clinical validation and regulatory approval.',
    zh: {
      title: '指尖血 10 分钟床旁检测脓毒症标志物的电化学适配体生物传感器',
      summary:
        '一种一次性丝网印刷传感器，利用适配体识别层和阻抗读出同时检测降钙素原和 IL-6。在 120 份患者样本上，其实验室结果与中心实验室免疫检测高度一致（r = 0.94）。',
      description:
        '脓毒症进展迅速，治疗有赖于早期识别，但降钙素原或白细胞介素-6 的实验室免疫检测需要一小时甚至更久。该大学开发了一种低成本一次性传感器，在金电极上用 DNA 适配体而非抗体捕获标志物。防污层使其可直接在全血中检测，手持式电化学工作站可在 10 分钟内读出两项指标。在一项使用 120 份急诊科样本的回顾性研究中，检测结果与医院分析仪的相关系数分别为 PCT 0.94、IL-6 0.91。适配体可化学合成，室温稳定，成本远低于抗体。大学寻求诊断企业许可适配体序列和传感器设计，并推进临床验证和注册审批。',
    },
    confidential:
      'Aptamer sequences (PCT-A7, IL6-B3), affinity constants (Kd 0.8 nM and 1.5 nM) and electrode surface chemistry are unpublished. Full 120-sample dataset with Bland-Altman analysis available under NDA.',
    keywords: ['sepsis', 'aptamer', 'biosensor', 'point-of-care', 'procalcitonin', 'IL-6', 'electrochemical detection'],
    sectors: ['ind-medical-devices', 'ind-biomedicine'],
    ipc: ['G01N 33/5438', 'G01N 27/327', 'C12N 15/115'],
    trl: 4,
    ipr: 'applied',
    patents: ['WO2024018832A1'],
    coop: ['license'],
    to: ['CN', 'US', 'DE', 'IN'],
    days: 112,
  },
  {
    key: 'gb-pennine-cultivated-fat-scaffold',
    owner: 'gb-pennine-innovations',
    title: 'Edible plant-protein scaffold for growing cultivated fat from bovine adipose stem cells',
    summary:
      'A porous scaffold made from textured pea and oat proteins supports adipocyte differentiation and stays in the final product, avoiding a separation step. Lab batches produce fat tissue with a fatty-acid profile close to beef fat.',
    description:
      'Cultivated meat products need fat for taste and texture, and fat cells grow best on three-dimensional supports. Most scaffolds are not edible or must be removed. The university has developed a food-grade porous scaffold from pea and oat protein with pore sizes of 100-300 µm, produced by freeze structuring. Bovine adipose-derived stem cells attach, proliferate and differentiate into lipid-filled adipocytes within 14 days in serum-free medium. The resulting tissue has a fatty-acid profile close to conventional beef fat and can be blended with plant-based or cultivated lean meat. The work is at proof-of-concept stage. The university seeks cultivated-meat companies or food ingredient producers for a licence and a sponsored research project on scale-up in bioreactors.',
    keywords: ['cultivated meat', 'cell-based fat', 'scaffold', 'plant protein', 'food technology', 'adipocyte'],
    sectors: ['ind-agrifood', 'ind-biomedicine'],
    ipc: ['C12N 5/0653', 'A23L 13/00', 'A23J 3/14'],
    trl: 3,
    ipr: 'applied',
    patents: ['GB2611904A'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'SG', 'US', 'IL', 'KR'],
    status: 'draft',
    days: null,
  },
  {
    key: 'gb-pennine-fbg-bridge-monitoring',
    owner: 'gb-pennine-innovations',
    title: 'Low-cost fibre Bragg grating strain network for long-term structural health monitoring of bridges and tunnels',
    summary:
      'A polymer-packaged fibre Bragg grating sensor chain and a low-cost interrogator monitor strain and temperature at up to 40 points per fibre. Installed on two road bridges, it has operated for five years without drift.',
    description:
      'Many bridges and tunnels built in the 1960s and 1970s need continuous monitoring, but electrical strain gauges drift and suffer from lightning and moisture. The university has developed a sensing chain of fibre Bragg gratings in glass-fibre-reinforced polymer packages that bond to concrete or steel and compensate temperature. A compact interrogator based on a tunable VCSEL costs a fraction of commercial units and reads 40 sensors on one fibre at 100 Hz. Data go to a cloud dashboard with anomaly detection. Two road bridges and a rail tunnel have been monitored for up to five years with drift below 5 microstrain. The university offers a licence and know-how transfer for the sensor packaging and interrogator design, and seeks instrumentation companies and infrastructure operators as partners.',
    keywords: ['structural health monitoring', 'fibre Bragg grating', 'bridge monitoring', 'strain sensor', 'infrastructure'],
    sectors: ['ind-smart-city'],
    ipc: ['G01M 11/083', 'G01L 1/246', 'G01D 5/353'],
    trl: 7,
    ipr: 'granted',
    patents: ['GB2568720B'],
    coop: ['license', 'technical_service'],
    price: money('GBP', 50000, 150000),
    to: ['CN', 'HK', 'SG', 'MY'],
    status: 'withdrawn',
    days: 290,
  },
  {
    key: 'gb-pennine-rdp-antimicrobial-resistance',
    kind: 'rd_partnership',
    owner: 'gb-pennine-innovations',
    title: 'Collaborative research on rapid antimicrobial susceptibility testing directly from positive blood cultures',
    summary:
      'Microbiology and engineering groups seek a diagnostics company and a hospital network to co-develop a microfluidic test that reports antibiotic susceptibility within four hours.',
    description:
      'Patients with bloodstream infections often receive broad-spectrum antibiotics for two to three days while culture-based susceptibility results are awaited. The university groups have shown in the lab that growth of bacteria trapped in nanolitre droplets can be read optically within four hours for common gram-negative pathogens. They are now looking for partners for a joint project: a diagnostics company to design a cartridge and instrument suitable for manufacturing, and a hospital network, ideally in a region with high resistance rates, to provide samples and run a clinical performance study. Funding would be sought jointly from UK and partner-country programmes, with IP arrangements agreed in a consortium agreement.',
    keywords: ['antimicrobial resistance', 'susceptibility testing', 'microfluidics', 'blood culture', 'diagnostics'],
    sectors: ['ind-medical-devices', 'ind-biomedicine'],
    ipc: ['C12Q 1/18', 'B01L 3/00'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'IN', 'BR', 'GB'],
    days: 129,
    deadline: 60,
  },
  {
    key: 'gb-fenland-laser-weeding-robot',
    owner: 'gb-fenland-agritech',
    title: 'Autonomous laser weeding robot for vegetable crops with deep-learning plant recognition',
    summary:
      'A solar-assisted field robot identifies weeds among vegetable seedlings with an on-board vision model and destroys them with short diode laser pulses, removing the need for herbicides in row crops. Work rate is up to 0.5 ha per hour.',
    description:
      'Herbicide options for vegetables are shrinking and hand weeding is costly and hard to staff. Fenland AgriTech has developed an autonomous field robot that drives along beds using RTK-GNSS and cameras, detects weeds among crop plants at the cotyledon to four-leaf stage with a convolutional network trained on more than two million annotated images, and hits each weed meristem with a 100 W diode laser pulse of about 50 ms. The system distinguishes crops such as onions, carrots, lettuce, brassicas and spinach from 40 common weed species with above 96% precision. In two seasons on UK and Dutch farms the robot replaced herbicide programmes in onions and carrots with comparable yields. The company offers licences to the recognition models and laser targeting, distribution agreements and joint development of versions adapted to Asian vegetable crops and field layouts.',
    zh: {
      title: '基于深度学习植物识别的蔬菜作物自主激光除草机器人',
      summary:
        '一种太阳能辅助田间机器人，利用车载视觉模型在蔬菜幼苗中识别杂草，并用短脉冲二极管激光将其清除，使行栽作物无需使用除草剂。作业效率可达每小时 0.5 公顷。',
      description:
        '蔬菜可用的除草剂日益减少，人工除草成本高且难以招工。Fenland AgriTech 开发了一种自主田间机器人：借助 RTK-GNSS 和摄像头沿苗床行驶，利用在两百多万张标注图像上训练的卷积神经网络，在子叶期至四叶期识别作物行间的杂草，并以约 50 毫秒的 100 W 二极管激光脉冲击中杂草生长点。系统可从 40 种常见杂草中区分洋葱、胡萝卜、生菜、甘蓝类和菠菜等作物，精确率超过 96%。在英国和荷兰农场的两个种植季中，该机器人在洋葱和胡萝卜上取代了除草剂方案，产量相当。公司提供识别模型和激光瞄准技术许可、经销协议，并可联合开发适应亚洲蔬菜作物和田块布局的版本。',
    },
    confidential:
      'Model architecture and training data split, laser dose-response curves per weed species, bill of materials (target EUR 38,000 per unit at 200 units/year). Distribution terms: exclusive territory for 5 years against minimum purchase of 40 units.',
    keywords: ['laser weeding', 'agricultural robot', 'precision agriculture', 'weed detection', 'herbicide-free', 'computer vision'],
    sectors: ['ind-agrifood', 'ind-robotics', 'ind-ai-software'],
    ipc: ['A01M 21/046', 'A01B 69/008', 'G06V 20/188'],
    trl: 7,
    ipr: 'granted',
    patents: ['GB2591237B', 'EP3914068B1'],
    coop: ['license', 'commercial_agreement', 'joint_development'],
    price: money('GBP', 150000, 600000),
    to: ['CN', 'JP', 'KR', 'NL', 'AU'],
    days: 48,
  },
  {
    key: 'gb-fenland-nitrate-soil-probe',
    owner: 'gb-fenland-agritech',
    title: 'In-field solid-state nitrate probe for continuous soil nitrogen monitoring and fertiliser scheduling',
    summary:
      'A buried ion-selective probe with a solid-contact reference electrode reports soil nitrate every 15 minutes over a full season by LoRaWAN, so farmers apply nitrogen only when the crop needs it.',
    description:
      'Nitrogen fertiliser is the largest variable cost in many crops and a major source of water pollution and nitrous oxide emissions, yet farmers rarely know how much nitrate is actually in the root zone. Fenland AgriTech has developed a probe with solid-contact ion-selective electrodes and a drift-compensating reference, encapsulated for a full season in soil. Each node measures nitrate, temperature and moisture at two depths and transmits by LoRaWAN to a dashboard that recommends fertiliser timing. Field trials in potatoes and wheat showed agreement within 15% of lab extraction results and nitrogen savings of 20-30% without yield loss. The company seeks sensor manufacturers for production under licence and distributors in China and Southeast Asia.',
    confidential: 'Membrane ionophore cocktail and PEDOT solid-contact layer composition; calibration drift data over 140 days.',
    keywords: ['soil sensor', 'nitrate', 'fertiliser management', 'precision agriculture', 'LoRaWAN', 'ion-selective electrode'],
    sectors: ['ind-agrifood', 'ind-environment'],
    ipc: ['G01N 27/333', 'G01N 33/24', 'A01C 21/007'],
    trl: 6,
    ipr: 'applied',
    patents: ['GB2617752A'],
    coop: ['license', 'commercial_agreement'],
    price: money('GBP', 30000, 90000),
    to: ['CN', 'VN', 'TH', 'IN'],
    days: 261,
  },
  {
    key: 'gb-fenland-fund-series-a',
    kind: 'funding_request',
    owner: 'gb-fenland-agritech',
    title: 'Series A of GBP 4-6 million to scale laser weeding robot production and enter Asian vegetable markets',
    summary:
      'Fenland AgriTech raises a Series A to move from 12 field units to a production run of 100 robots per year and to set up service hubs in the Netherlands and East Asia. Revenue 2024: GBP 1.1 million from robot-as-a-service contracts.',
    description:
      'Fenland AgriTech has 12 laser weeding robots operating on farms in the UK and the Netherlands under robot-as-a-service contracts, with 2024 revenue of GBP 1.1 million and a pipeline of 60 units. The Series A of GBP 4-6 million would fund a contract-manufacturing line for 100 robots per year, a second-generation laser module with 40% lower cost, and sales and service hubs in the Netherlands and in East Asia, where vegetable production is large and labour costs are rising. The company is open to strategic investors from agricultural machinery and to partners who can support manufacturing in China. Existing investors include an agri-food seed fund and a regional innovation grant.',
    confidential:
      'Pre-money valuation sought: GBP 18 million. Unit economics: RaaS contract GBP 2,400/ha/year, gross margin 52% at fleet size 30. Cap table and detailed financial model in data room.',
    keywords: ['Series A', 'agtech', 'agricultural robotics', 'robot-as-a-service', 'scale-up'],
    sectors: ['ind-agrifood', 'ind-robotics', 'wipo-29'],
    trl: 7,
    ipr: 'granted',
    patents: ['GB2591237B'],
    coop: ['investment'],
    price: money('GBP', 4000000, 6000000),
    to: ['GB', 'NL', 'CN', 'JP', 'US'],
    visibility: 'members',
    days: 36,
    deadline: 180,
  },
  {
    key: 'gb-thameside-lung-nodule-ct-ai',
    owner: 'gb-thameside-imaging',
    title: 'AI software for detection, measurement and malignancy risk scoring of lung nodules on low-dose chest CT',
    summary:
      'A CE/UKCA-marked software device that finds lung nodules on low-dose CT, measures their volume and growth and estimates malignancy risk, cutting radiologist reading time in lung screening programmes by around 40%.',
    description:
      'Lung cancer screening with low-dose CT saves lives but creates a large reading burden, since most scans contain small nodules that must be found, measured and followed. Thameside has developed a deep-learning software device that detects solid, part-solid and ground-glass nodules from 3 mm upwards, segments them in 3D, computes volume doubling time against prior scans and gives a malignancy risk score calibrated to screening guidelines. In a multi-centre UK evaluation with 4,800 scans the software reached 94% sensitivity at one false positive per scan and reduced mean reading time from 6.2 to 3.7 minutes. It integrates with PACS through DICOM and HL7/FHIR and runs on-premise or in a private cloud. The company seeks distribution or licensing partners in China and Asia that can lead local clinical validation and NMPA registration, and is open to co-developing models trained on local populations with higher ground-glass nodule prevalence.',
    zh: {
      title: '低剂量胸部 CT 肺结节检测、测量及恶性风险评分人工智能软件',
      summary:
        '一款已获 CE/UKCA 认证的软件医疗器械，可在低剂量 CT 上发现肺结节、测量其体积和生长，并估算恶性风险，使肺癌筛查项目中放射科医生的阅片时间缩短约 40%。',
      description:
        '低剂量 CT 肺癌筛查可以挽救生命，但也带来巨大的阅片负担，因为大多数扫描都含有需要发现、测量和随访的小结节。Thameside 开发了一款深度学习软件医疗器械，可检测 3 毫米以上的实性、部分实性和磨玻璃结节，进行三维分割，与既往扫描对比计算体积倍增时间，并给出按筛查指南校准的恶性风险评分。在一项涵盖 4,800 例扫描的英国多中心评估中，该软件在每例 1 个假阳性时灵敏度达 94%，平均阅片时间由 6.2 分钟降至 3.7 分钟。软件通过 DICOM 和 HL7/FHIR 与 PACS 集成，可本地部署或运行于私有云。公司寻求中国及亚洲的经销或许可合作伙伴，由其牵头本地临床验证和 NMPA 注册，也愿意利用磨玻璃结节比例更高的本地人群数据联合开发模型。',
    },
    confidential:
      'Per-site performance breakdown, failure analysis on 312 missed nodules, and the regulatory technical file index. Indicative licence: revenue share 30-40% to the local partner, minimum annual guarantee GBP 250,000 from year 3.',
    keywords: ['medical imaging AI', 'lung cancer screening', 'lung nodule', 'low-dose CT', 'computer-aided detection', 'radiology'],
    sectors: ['ind-medical-devices', 'ind-ai-software'],
    ipc: ['G06T 7/0012', 'A61B 6/032', 'G16H 50/20', 'G16H 30/40'],
    trl: 9,
    ipr: 'applied',
    patents: ['GB2598843A', 'US20230162301A1'],
    coop: ['license', 'commercial_agreement', 'joint_development'],
    price: money('GBP', 250000, 1000000),
    to: ['CN', 'HK', 'SG', 'KR', 'JP'],
    days: 21,
  },
  {
    key: 'gb-thameside-breast-density-risk',
    owner: 'gb-thameside-imaging',
    title: 'Volumetric breast density and five-year risk model from standard 2D mammograms',
    summary:
      'Software that computes volumetric breast density and a five-year breast cancer risk score from routine mammograms, supporting risk-stratified screening. Validated on 60,000 screening episodes.',
    description:
      'Women with dense breasts have a higher risk of breast cancer and a lower chance that cancer is seen on a mammogram, yet density is usually judged visually. Thameside has developed software that estimates volumetric density from the raw or processed 2D images of major vendors, and combines image features with age to predict five-year risk. On 60,000 screening episodes from two UK programmes the model reached an AUC of 0.72 for interval and next-round cancers, better than density alone. The output helps programmes offer supplemental ultrasound or MRI to high-risk women. The model is CE-marked for density and under clinical evaluation for risk. Partners are sought in Asia, where breast density is on average higher, for validation studies and distribution.',
    keywords: ['mammography', 'breast density', 'cancer risk model', 'medical imaging AI', 'screening'],
    sectors: ['ind-medical-devices', 'ind-ai-software'],
    ipc: ['A61B 6/502', 'G06T 7/0014', 'G16H 50/30'],
    trl: 7,
    ipr: 'secret_know_how',
    coop: ['joint_development', 'commercial_agreement'],
    to: ['CN', 'KR', 'JP', 'SG', 'TW'],
    days: 305,
  },
  {
    key: 'gb-thameside-fund-asia-registration',
    kind: 'funding_request',
    owner: 'gb-thameside-imaging',
    title: 'Growth financing of GBP 8 million for regulatory approvals and clinical studies in China, Korea and Japan',
    summary:
      'Thameside seeks equity or strategic investment to fund NMPA, MFDS and PMDA registrations of its lung nodule software, a 3,000-patient Asian validation study and a local cloud deployment.',
    description:
      'Thameside’s lung nodule software is used in 34 UK and European hospitals. Entering the largest screening markets in Asia requires local clinical evidence and registrations: in China a Class III approval for AI-assisted diagnosis, and approvals in Korea and Japan. The company seeks GBP 8 million to run a prospective validation study in 3,000 patients across at least six Asian hospitals, set up a compliant cloud deployment with data kept in-country, and build a small regional team. Strategic investors such as imaging equipment makers, PACS vendors or healthcare groups are preferred, and can combine investment with distribution rights.',
    confidential: 'Current ARR GBP 3.4 million, net revenue retention 128%. Term sheet from a European growth fund covers 50% of the round.',
    keywords: ['growth financing', 'NMPA registration', 'medical AI', 'clinical validation', 'strategic investment'],
    sectors: ['ind-medical-devices', 'ind-ai-software', 'wipo-13'],
    trl: 9,
    ipr: 'applied',
    coop: ['investment', 'commercial_agreement'],
    price: money('GBP', 6000000, 8000000),
    to: ['CN', 'KR', 'JP', 'SG'],
    visibility: 'members',
    days: 88,
    deadline: 120,
  },
  {
    key: 'gb-clyde-hull-cleaning-crawler',
    owner: 'gb-clyde-marine',
    title: 'Magnetic hull-cleaning crawler with capture of removed biofouling for in-water cleaning in port',
    summary:
      'A remotely operated crawler holds onto steel hulls with permanent magnets, removes early-stage biofouling with soft rotating brushes and pumps the debris to a filter on the quayside, meeting strict in-water cleaning rules.',
    description:
      'Biofouling on ship hulls raises fuel consumption by 10-20% and carries invasive species, but many ports ban in-water cleaning unless removed material is captured. Clyde Marine Robotics has built a crawler that attaches to the hull with switchable permanent magnets, navigates with an inertial system and hull-mapping sonar and cleans 1,500 m² per hour with brushes gentle enough for modern antifouling coatings. A shroud and pump send the removed material to a 50 µm filter unit on the quay, capturing over 95% of solids. The crawler has cleaned more than 80 vessels in UK and Norwegian ports. The company seeks licensees or distribution partners with port service operations in East Asia, and joint development of a version for aluminium and composite hulls.',
    confidential: 'Magnetic adhesion force curves vs. coating thickness, cleaning efficacy reports from 3 port authorities, and per-ship service pricing model.',
    keywords: ['hull cleaning', 'underwater robot', 'biofouling', 'ship efficiency', 'port services', 'marine robotics'],
    sectors: ['ind-marine', 'ind-robotics', 'ind-environment'],
    ipc: ['B63B 59/08', 'B08B 1/30', 'B62D 55/265'],
    trl: 8,
    ipr: 'granted',
    patents: ['GB2575438B', 'EP3819199B1'],
    coop: ['license', 'commercial_agreement', 'joint_development'],
    price: money('GBP', 200000, 500000),
    to: ['CN', 'SG', 'KR', 'JP'],
    days: 143,
  },
  {
    key: 'gb-clyde-subsea-acoustic-modem',
    owner: 'gb-clyde-marine',
    title: 'Low-power underwater acoustic modem with adaptive modulation for subsea sensor networks and AUV links',
    summary:
      'A compact acoustic modem that adapts its modulation to the channel and reaches 2-9 kbit/s over 3 km while drawing 0.3 W on receive, for seabed sensors, offshore wind monitoring and AUV communication.',
    description:
      'Subsea sensors for offshore wind foundations, aquaculture and ocean science are often recovered by ship just to read their data, because acoustic modems are expensive and power-hungry. Clyde Marine Robotics has developed a modem that measures channel conditions and switches between robust spread-spectrum and higher-rate OFDM modes, reaching 9 kbit/s at short range and 2 kbit/s at 3 km. A wake-up receiver draws 0.3 W, so battery-powered nodes last years. The modem has been tested in shallow, reverberant coastal waters and at an offshore wind farm. The company seeks partners producing ocean instruments or subsea networks to integrate the modem, under licence or as OEM supply.',
    keywords: ['underwater acoustic communication', 'modem', 'subsea sensor network', 'offshore wind', 'AUV'],
    sectors: ['ind-marine', 'ind-telecom'],
    ipc: ['H04B 11/00', 'H04B 13/02', 'H04L 27/26'],
    trl: 6,
    ipr: 'secret_know_how',
    coop: ['license', 'commercial_agreement'],
    to: ['CN', 'NO', 'KR', 'AU'],
    days: 377,
    status: 'expired',
  },
  {
    key: 'gb-clyde-req-marine-lfp-battery',
    kind: 'technology_request',
    owner: 'gb-clyde-marine',
    title: 'Wanted: pressure-tolerant LiFePO4 battery packs for subsea robots, rated to 300 m depth',
    summary:
      'Clyde Marine Robotics seeks a battery supplier able to deliver oil-compensated or pressure-tolerant LFP packs of 2-5 kWh with marine-grade BMS for underwater crawlers and seabed nodes.',
    description:
      'The company’s hull-cleaning crawlers and subsea nodes currently use lithium-ion packs inside heavy titanium pressure housings. To cut weight and cost it wants pressure-tolerant packs: LiFePO4 cells potted or immersed in dielectric oil with pressure compensation, rated to at least 300 m depth, in modules of 2-5 kWh at 48 V nominal, with a BMS that communicates over CAN and survives immersion. Expected volume is 150-300 packs per year from 2026. Suppliers with experience in marine or energy-storage packs, including Chinese cell and pack makers, are invited to propose an existing product or a joint development with shared tooling costs.',
    keywords: ['LiFePO4', 'battery pack', 'pressure tolerant', 'subsea', 'marine battery', 'BMS'],
    sectors: ['ind-energy-storage', 'ind-marine'],
    ipc: ['H01M 50/20', 'H01M 10/0525'],
    trl: 6,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('GBP', 100000, 400000),
    to: ['CN', 'KR', 'GB'],
    days: 19,
    deadline: 90,
  },
];

const franceAndNetherlands: Spec[] = [
  {
    key: 'fr-loire-heat-resistant-pla-blend',
    owner: 'fr-loire-materials',
    title: 'Home-compostable PLA/PBS blend with heat resistance up to 95 °C for injection-moulded food-service items',
    summary:
      'A reactive compatibilisation and nucleation package lets PLA/PBS blends crystallise in standard moulds with cycle times under 30 s, giving cutlery, lids and coffee capsules that withstand hot drinks and still compost at home temperatures.',
    description:
      'Polylactic acid is the most widely available bio-based compostable plastic, but amorphous PLA softens at about 55 °C and crystallises too slowly for economical moulding, while blends with other biodegradable polyesters tend to separate. The institute has developed a compounding route that couples PLA and PBS at the interface with a bio-based chain extender and adds a nucleating system active at mould temperatures of 90-100 °C. The resulting grades reach a heat deflection temperature of 95 °C, an impact strength three times that of neat PLA, and cycle times below 30 s on standard injection-moulding machines. Items disintegrate under home-composting conditions within 26 weeks according to EN 17427 testing. The institute offers licences to compounders and packaging producers and supports technology transfer on its pilot twin-screw line.',
    zh: {
      title: '耐热可达 95 °C、可家庭堆肥的 PLA/PBS 共混物，用于注塑餐饮用品',
      summary:
        '一种反应增容与成核配方，使 PLA/PBS 共混物在标准模具中结晶，成型周期低于 30 秒，制成的餐具、杯盖和咖啡胶囊可耐受热饮，并能在家庭堆肥温度下降解。',
      description:
        '聚乳酸是目前供应最广的生物基可堆肥塑料，但非晶态 PLA 在约 55 °C 即软化，结晶速度太慢难以经济地成型，而与其他生物降解聚酯的共混物又容易相分离。本所开发了一种混炼工艺：以生物基扩链剂在界面处偶联 PLA 与 PBS，并加入可在 90-100 °C 模温下起作用的成核体系。所得牌号热变形温度达 95 °C，冲击强度为纯 PLA 的三倍，在普通注塑机上成型周期低于 30 秒。按 EN 17427 测试，制品在家庭堆肥条件下 26 周内崩解。本所向改性料企业和包装生产商提供许可，并可在中试双螺杆生产线上支持技术转移。',
    },
    confidential:
      'Formulation window: PLA 70-80%, PBS 15-25%, 0.6% epoxy-functional bio-based chain extender, 1.5% nucleating masterbatch; barrel profile and mould temperature settings. Licence terms: EUR 0.04 per kg compound, minimum EUR 60,000 per year.',
    keywords: ['biodegradable plastics', 'PLA', 'PBS', 'compostable packaging', 'heat resistance', 'injection moulding'],
    sectors: ['ind-new-materials', 'ind-environment'],
    ipc: ['C08L 67/04', 'C08K 5/0083', 'B29C 45/00'],
    trl: 6,
    ipr: 'granted',
    patents: ['EP3681940B1', 'FR3078339B1'],
    coop: ['license', 'technical_service'],
    price: money('EUR', 60000, 300000),
    to: ['CN', 'VN', 'TH', 'IT'],
    days: 58,
  },
  {
    key: 'fr-loire-graphene-epoxy-offshore-coating',
    owner: 'fr-loire-materials',
    title: 'Graphene-nanoplatelet epoxy primer that halves zinc content in anticorrosion systems for offshore steel',
    summary:
      'Well-dispersed graphene nanoplatelets create a barrier labyrinth in an epoxy primer, so a system with 40% less zinc dust passes 4,200 hours of ISO 12944-9 cyclic ageing for offshore structures.',
    description:
      'Offshore wind foundations, platforms and ships are protected by zinc-rich epoxy primers, but high zinc loadings make coatings brittle, costly and a source of zinc emissions. The institute has developed a dispersion process that exfoliates graphene nanoplatelets in the epoxy resin without solvents and aligns them parallel to the substrate during application. The resulting primer, with zinc dust reduced from 80 to 45 wt%, passed 4,200 hours of ISO 12944-9 cyclic ageing with creep at the scribe below 3 mm, equivalent to the reference zinc-rich system. Adhesion and flexibility are improved. The institute seeks coating manufacturers to license the dispersion process and jointly qualify products, and offshore operators for field test panels.',
    keywords: ['anticorrosion coating', 'graphene', 'offshore wind', 'epoxy primer', 'zinc reduction', 'marine coating'],
    sectors: ['ind-marine', 'ind-new-materials'],
    ipc: ['C09D 163/00', 'C09D 5/10', 'C09D 7/62'],
    trl: 5,
    ipr: 'applied',
    patents: ['FR3121444A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'KR', 'NO', 'DK'],
    visibility: 'members',
    days: 166,
  },
  {
    key: 'fr-loire-cfrp-solvolysis-recycling',
    owner: 'fr-loire-materials',
    title: 'Low-temperature solvolysis for recovering long carbon fibres and resin monomers from aerospace and wind-blade composites',
    summary:
      'A catalysed solvolysis at 180 °C breaks epoxy matrices so that carbon fibres are recovered with above 95% of their original strength, and part of the resin comes back as reusable chemicals.',
    description:
      'End-of-life carbon-fibre composites from aircraft, wind blades and sports goods are mostly landfilled or pyrolysed, which damages fibre surfaces. The institute has developed a solvolysis process using a recyclable solvent and a mild catalyst at 180 °C and moderate pressure that dissolves amine-cured epoxies within four hours. Fibres are recovered as aligned mats with above 95% of virgin tensile strength and good sizing compatibility, and the dissolved resin yields phenolic and amine fractions that can be reused in new formulations. A 50-litre pilot reactor has processed aerospace scrap and wind-blade spar caps. The institute seeks recycling companies and composite producers for licences and a joint demonstrator at 1,000 t/year scale.',
    confidential: 'Solvent/catalyst system and energy balance per kg of recovered fibre (18 kWh/kg at pilot scale). Single-fibre test data from two aerospace suppliers.',
    keywords: ['composite recycling', 'carbon fibre', 'solvolysis', 'wind blade', 'circular economy'],
    sectors: ['ind-new-materials', 'ind-environment', 'ind-aerospace'],
    ipc: ['C08J 11/16', 'B29B 17/02', 'D01F 9/12'],
    trl: 5,
    ipr: 'applied',
    patents: ['EP4155912A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'DE', 'ES', 'US'],
    days: 223,
  },
  {
    key: 'fr-loire-rdp-low-carbon-marine-concrete',
    kind: 'rd_partnership',
    owner: 'fr-loire-materials',
    title: 'R&D partners wanted for durable low-clinker concrete for ports and offshore foundations',
    summary:
      'The institute is building a consortium to test calcined-clay and slag binders with bio-based admixtures in marine exposure, aiming at 50% lower CO2 per cubic metre with 100-year durability.',
    description:
      'Marine concrete is exposed to chlorides, sulphates and wetting-drying cycles, so codes favour cement-rich mixes with high carbon footprints. The institute proposes a three-year project on limestone-calcined clay and slag binders combined with bio-based corrosion inhibitors, with exposure sites in the Atlantic and, ideally, a partner site in the South China Sea. It seeks a cement or precast company, a port authority and a university with marine exposure facilities. The project will produce durability models and design recommendations, with IP shared under a consortium agreement.',
    keywords: ['low-carbon concrete', 'marine concrete', 'calcined clay', 'durability', 'port infrastructure'],
    sectors: ['ind-marine', 'ind-smart-city', 'ind-new-materials'],
    ipc: ['C04B 28/04', 'C04B 14/10'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'PT', 'MA', 'FR'],
    days: 96,
    deadline: 130,
  },
  {
    key: 'fr-garonne-phage-cocktail-pseudomonas',
    owner: 'fr-garonne-bio',
    title: 'Characterised bacteriophage cocktail against multidrug-resistant Pseudomonas aeruginosa for lung and wound infections',
    summary:
      'A cocktail of four strictly lytic, genome-sequenced phages covering 87% of a panel of 220 clinical MDR P. aeruginosa isolates, produced under a GMP-compatible process. Efficacy shown in two animal infection models.',
    description:
      'Multidrug-resistant Pseudomonas aeruginosa causes hard-to-treat lung infections in cystic fibrosis and ventilated patients, and chronic wound infections. Garonne Biothérapeutiques has selected four lytic phages with complementary receptor use, free of toxin, integrase and antibiotic-resistance genes, that together lyse 87% of a panel of 220 clinical isolates from European and Asian hospitals. The cocktail acts synergistically with several antibiotics and reduces biofilm. In mouse lung infection and pig wound models it lowered bacterial load by more than 3 logs. The company has developed a GMP-compatible production and purification process with endotoxin below 10 EU/ml. It seeks a pharmaceutical partner to license rights for Asia and to co-develop the product through phase I/II, or a regional partner for compassionate-use programmes.',
    zh: {
      title: '针对多重耐药铜绿假单胞菌肺部和伤口感染的已表征噬菌体鸡尾酒',
      summary:
        '由四种严格裂解性、已完成基因组测序的噬菌体组成的鸡尾酒制剂，可覆盖 220 株多重耐药铜绿假单胞菌临床分离株中的 87%，采用符合 GMP 要求的工艺生产，已在两种动物感染模型中证实有效。',
      description:
        '多重耐药铜绿假单胞菌可导致囊性纤维化患者和机械通气患者的难治性肺部感染，以及慢性伤口感染。Garonne Biothérapeutiques 筛选出四种受体利用互补的裂解性噬菌体，均不含毒素、整合酶和抗生素耐药基因，组合后可裂解来自欧洲和亚洲医院的 220 株临床分离株中的 87%。该鸡尾酒与多种抗生素具有协同作用，并能减少生物膜。在小鼠肺部感染和猪伤口模型中，细菌载量降低超过 3 个对数级。公司已开发出符合 GMP 要求的生产和纯化工艺，内毒素低于 10 EU/ml。公司寻求制药合作伙伴许可亚洲权益并共同推进 I/II 期临床开发，或寻找区域合作伙伴开展同情用药项目。',
    },
    confidential:
      'Phage genome accession numbers, host-range matrix for all 220 isolates, animal study reports, CMC summary (titre 1e11 PFU/ml at 20 L scale). Deal structure sought: upfront EUR 2-4 million, milestones, tiered royalties 8-12%.',
    keywords: ['phage therapy', 'antimicrobial resistance', 'Pseudomonas aeruginosa', 'bacteriophage', 'infectious disease'],
    sectors: ['ind-biomedicine'],
    ipc: ['A61K 35/76', 'C12N 7/00', 'A61P 31/04'],
    trl: 5,
    ipr: 'granted',
    patents: ['EP3597734B1', 'US11426457B2'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 2000000, 4000000),
    to: ['CN', 'IN', 'KR', 'JP'],
    days: 71,
  },
  {
    key: 'fr-garonne-lnp-low-reactogenicity',
    owner: 'fr-garonne-bio',
    title: 'Biodegradable ionisable lipid library for mRNA lipid nanoparticles with lower reactogenicity',
    summary:
      'Ionisable lipids with ester-linked, branched tails degrade quickly after delivery, reducing inflammatory responses while keeping protein expression after intramuscular injection equal to a benchmark lipid.',
    description:
      'Lipid nanoparticles made mRNA vaccines possible, but their ionisable lipids can persist in tissue and drive inflammation, and the best-known lipids are encumbered by patents. Garonne has synthesised a library of 60 ionisable lipids with biodegradable ester linkages and branched tails. Lead lipids form stable nanoparticles of 80-100 nm with above 90% encapsulation, give luciferase expression in mice equal to a benchmark after intramuscular injection, and halve inflammatory cytokine levels at the injection site. Freedom-to-operate analysis indicates the lead structures are outside major third-party claims. The company offers licences per field (vaccines, protein replacement, gene editing) and research collaborations with mRNA developers.',
    confidential: 'Lead lipid structures (GB-L17, GB-L23), pKa values, mouse expression and cytokine data, and the FTO opinion summary.',
    keywords: ['lipid nanoparticle', 'mRNA delivery', 'ionisable lipid', 'vaccine', 'drug delivery'],
    sectors: ['ind-biomedicine'],
    ipc: ['A61K 9/5123', 'A61K 48/0033', 'C07C 229/12'],
    trl: 3,
    ipr: 'applied',
    patents: ['WO2024105562A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'US', 'KR', 'SG'],
    visibility: 'members',
    days: 40,
  },
  {
    key: 'fr-garonne-fund-phase1',
    kind: 'funding_request',
    owner: 'fr-garonne-bio',
    title: 'Series B of EUR 10-14 million to take an anti-Pseudomonas phage therapy through phase I/IIa',
    summary:
      'Garonne Biothérapeutiques seeks investors to finance GMP manufacturing, a phase I safety study and a phase IIa study in cystic fibrosis patients with chronic Pseudomonas infection.',
    description:
      'Garonne has completed preclinical efficacy studies of its four-phage cocktail and a GMP-compatible manufacturing process. The Series B of EUR 10-14 million will fund GMP batches at a contract manufacturer, a phase I study in healthy volunteers with inhaled administration and a phase IIa study in 40 cystic fibrosis patients in France and Spain. The company has secured a EUR 2.5 million regional grant and soft loan. It welcomes specialist biotech investors and strategic partners, including Asian pharma companies that may combine investment with regional rights.',
    confidential: 'Pre-money valuation EUR 28 million; lead investor term sheet under negotiation; detailed clinical budget and timelines in data room.',
    keywords: ['Series B', 'phage therapy', 'clinical trial', 'biotech financing', 'cystic fibrosis'],
    sectors: ['ind-biomedicine', 'wipo-16'],
    trl: 5,
    ipr: 'granted',
    patents: ['EP3597734B1'],
    coop: ['investment'],
    price: money('EUR', 10000000, 14000000),
    to: ['FR', 'CH', 'US', 'CN', 'JP'],
    days: 128,
    deadline: 150,
  },
  {
    key: 'fr-garonne-req-phage-cdmo',
    kind: 'technology_request',
    owner: 'fr-garonne-bio',
    title: 'Contract manufacturer sought for GMP production of bacteriophage drug substance at 200 L scale',
    summary:
      'Garonne looks for a CDMO with viral or microbial GMP capacity able to produce and purify lytic phages at 50-200 L scale, including endotoxin removal and release testing.',
    description:
      'To supply phase I/II trials, Garonne needs GMP manufacture of four phages, each grown in its Pseudomonas host strain and purified by tangential flow filtration, chromatography and endotoxin removal. Batch sizes of 50 to 200 litres and fill-finish of an inhalation formulation are required. The company will transfer its process and analytical methods and expects the partner to provide BSL-2 GMP suites and QC release testing. Experience with viral vectors, vaccines or live biotherapeutics is an advantage. CDMOs in Europe and Asia, including China, are invited to respond with capacity and timelines for 2025-2026.',
    keywords: ['CDMO', 'GMP manufacturing', 'bacteriophage', 'biologics manufacturing', 'technology transfer'],
    sectors: ['ind-biomedicine'],
    ipc: ['C12N 7/02'],
    trl: 5,
    ipr: 'none',
    coop: ['technical_service', 'commercial_agreement'],
    price: money('EUR', 800000, 1500000),
    to: ['CN', 'IN', 'DE', 'KR'],
    days: 14,
    deadline: 75,
  },
  {
    key: 'fr-dauphine-aln-mems-microphone',
    owner: 'fr-dauphine-valorisation',
    title: 'Piezoelectric aluminium nitride MEMS microphone with 70 dB SNR and intrinsic dust and water resistance',
    summary:
      'A piezoelectric MEMS microphone design with stress-compensated AlN cantilever segments reaches a signal-to-noise ratio of 70 dB with no backplate, so dust and water cannot stick the membrane. Suitable for earbuds, smart speakers and outdoor devices.',
    description:
      'Capacitive MEMS microphones dominate consumer electronics, but their narrow air gap between membrane and backplate makes them sensitive to dust, water and particles, and they need a bias voltage. Piezoelectric microphones avoid these problems but have so far been noisier. A laboratory in the Grenoble area has designed a microphone with eight stress-compensated AlN cantilever segments and an optimised acoustic package that reaches 70 dB SNR (A-weighted, 94 dB SPL), low power consumption and IP68-level robustness without a mesh. Wafers have been produced on a 200 mm MEMS line. Dauphiné Valorisation represents the laboratory and offers a licence to the design and process patents, plus joint development with a MEMS foundry or a microphone maker.',
    zh: {
      title: '信噪比 70 dB、本征防尘防水的氮化铝压电 MEMS 麦克风',
      summary:
        '一种压电 MEMS 麦克风设计，采用应力补偿的 AlN 悬臂段，无需背板即可实现 70 dB 信噪比，灰尘和水无法粘住振膜。适用于耳机、智能音箱和户外设备。',
      description:
        '电容式 MEMS 麦克风在消费电子中占主导地位，但振膜与背板之间的窄气隙使其对灰尘、水和颗粒敏感，而且需要偏置电压。压电麦克风没有这些问题，但噪声一直较高。格勒诺布尔地区的一个实验室设计了一款麦克风，采用八个应力补偿的 AlN 悬臂段和优化的声学封装，信噪比达 70 dB（A 计权，94 dB SPL），功耗低，无需防护网即可达到 IP68 级防护。晶圆已在 200 毫米 MEMS 产线上制造。Dauphiné Valorisation 代表该实验室提供设计和工艺专利许可，并可与 MEMS 代工厂或麦克风制造商联合开发。',
    },
    confidential: 'Wafer-level test statistics (sensitivity spread ±1 dB over 200 mm wafer), stack thicknesses and stress-compensation layer recipe.',
    keywords: ['MEMS microphone', 'piezoelectric', 'aluminium nitride', 'acoustic sensor', 'earbuds', 'consumer electronics'],
    sectors: ['ind-semiconductors', 'ind-digital-creative'],
    ipc: ['H04R 17/02', 'H04R 19/005', 'B81B 3/0021'],
    trl: 5,
    ipr: 'granted',
    patents: ['EP3766263B1', 'US11350219B2'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 300000, 900000),
    to: ['CN', 'TW', 'KR', 'US'],
    days: 249,
  },
  {
    key: 'fr-dauphine-fdsoi-wakeup-receiver',
    owner: 'fr-dauphine-valorisation',
    title: 'Nanowatt wake-up receiver IP block in 22 nm FD-SOI for battery-free IoT sensors',
    summary:
      'A radio wake-up receiver that listens continuously at 2.4 GHz while consuming 180 nW, using back-gate biasing of FD-SOI transistors. Sensitivity is -72 dBm, enough for building-scale networks.',
    description:
      'Most IoT nodes waste energy on duty-cycled listening. A continuously listening wake-up receiver that consumes nanowatts lets nodes sleep until they are called, enabling energy harvesting instead of batteries. The laboratory has designed a receiver in 22 nm FD-SOI that uses adaptive back-gate biasing to trade sensitivity against power. Silicon measurements show 180 nW at -72 dBm sensitivity with a 1 kbit/s wake-up code and robustness against Wi-Fi interference. The block is delivered as hard IP with a digital correlator. Dauphiné Valorisation offers licences to chip companies making IoT SoCs or RFID-like tags.',
    keywords: ['wake-up receiver', 'FD-SOI', 'ultra-low power', 'IoT', 'RF IP', 'energy harvesting'],
    sectors: ['ind-semiconductors', 'ind-telecom'],
    ipc: ['H04B 1/16', 'H04W 52/0229', 'H01L 27/1203'],
    trl: 5,
    ipr: 'applied',
    patents: ['FR3117262A1'],
    coop: ['license'],
    price: money('EUR', 100000, 250000),
    to: ['CN', 'TW', 'KR', 'DE'],
    days: 332,
  },
  {
    key: 'fr-dauphine-fish-friendly-hydro-turbine',
    owner: 'fr-dauphine-valorisation',
    title: 'Fish-friendly very-low-head hydropower turbine for irrigation canals and existing weirs (50-500 kW)',
    summary:
      'A slow-turning, large-diameter turbine with blade tips shaped to let fish pass unharmed produces power at heads from 1.5 to 4 m without civil works beyond the existing weir.',
    description:
      'Thousands of existing weirs and canal drops could produce renewable power, but conventional turbines need costly powerhouses and harm migrating fish. A university spin-off laboratory developed a very-low-head turbine with a diameter of 3-5 m turning at under 50 rpm, with blades whose leading edges and tips are shaped to limit strike and shear injuries. Installed directly in a weir gate slot, it produces 50-500 kW at heads of 1.5 to 4 m. Independent tests on eel and salmon smolts recorded survival above 98%. Units operate at three sites in France. Dauphiné Valorisation offers licences and technical assistance to turbine makers, especially for markets with large irrigation networks.',
    confidential: 'Blade geometry and efficiency hill chart; fish survival study reports; licence term sheet with 4% royalty on turbine price.',
    keywords: ['small hydropower', 'fish-friendly turbine', 'very low head', 'renewable energy', 'irrigation canal'],
    sectors: ['ind-renewables', 'ind-environment'],
    ipc: ['F03B 3/12', 'F03B 13/08', 'E02B 9/00'],
    trl: 8,
    ipr: 'granted',
    patents: ['EP3126637B1'],
    coop: ['license', 'technical_service'],
    price: money('EUR', 80000, 200000),
    to: ['CN', 'VN', 'IN', 'BR'],
    status: 'expired',
    days: 395,
  },
  {
    key: 'nl-delta-ceramic-nanofiltration-membrane',
    owner: 'nl-delta-membranes',
    title: 'Silicon carbide ceramic nanofiltration membrane for hot, oily and chemically aggressive industrial wastewater',
    summary:
      'A SiC multichannel membrane with a titania nanofiltration top layer (cut-off 450 Da) runs at up to 90 °C, pH 1-13 and with oily feeds, with fluxes three times those of polymer NF and a service life above 10 years.',
    description:
      'Polymeric nanofiltration membranes fail in hot, solvent-containing or highly alkaline effluents from textiles, petrochemicals, mining and food processing, so those streams are often treated only biologically or evaporated at high energy cost. Delta Membrane Water Technologies manufactures silicon carbide multichannel supports with a sol-gel titania nanofiltration layer with a molecular weight cut-off of 450 Da. The membranes are hydrophilic, resist fouling by oil, tolerate pH 1-13, temperatures up to 90 °C and cleaning with strong oxidants, and deliver fluxes of 60-80 l/m²h at 10 bar. Reference installations treat textile dye-house effluent, produced water and dairy cleaning solutions, recovering hot water and caustic for reuse. The company seeks licensees to manufacture membranes in Asia, system integrators as distribution partners, and industrial users for pilot tests with its containerised test units.',
    zh: {
      title: '用于高温、含油及强腐蚀性工业废水的碳化硅陶瓷纳滤膜',
      summary:
        '一种带二氧化钛纳滤表层（截留分子量 450 Da）的碳化硅多通道膜，可在 90 °C、pH 1-13 和含油进料条件下运行，通量为聚合物纳滤膜的三倍，使用寿命超过 10 年。',
      description:
        '聚合物纳滤膜在纺织、石化、采矿和食品加工产生的高温、含溶剂或强碱性废水中容易失效，因此这些废水往往只能生化处理或以高能耗蒸发。Delta Membrane Water Technologies 生产碳化硅多通道支撑体，并以溶胶-凝胶法制备截留分子量 450 Da 的二氧化钛纳滤层。该膜亲水，抗油污染，耐受 pH 1-13、90 °C 高温和强氧化剂清洗，在 10 bar 下通量达 60-80 l/m²h。参考项目包括印染废水、油田采出水和乳品清洗液处理，可回收热水和碱液再利用。公司寻求在亚洲生产膜元件的被许可方、作为经销伙伴的系统集成商，以及愿意使用其集装箱式测试装置开展中试的工业用户。',
    },
    confidential:
      'Sintering profile for recrystallised SiC supports (2,150 °C), titania sol recipe and coating sequence, yield data. Licence proposal: EUR 500,000 upfront for a production licence in China plus 5% royalty on membrane sales.',
    keywords: ['ceramic membrane', 'nanofiltration', 'silicon carbide', 'industrial wastewater', 'water reuse', 'textile effluent'],
    sectors: ['ind-environment', 'ind-new-materials'],
    ipc: ['B01D 71/024', 'B01D 61/027', 'C02F 1/442', 'C04B 38/00'],
    trl: 9,
    ipr: 'granted',
    patents: ['EP3471863B1', 'NL2019834B1'],
    coop: ['license', 'commercial_agreement', 'technical_service'],
    price: money('EUR', 500000, 1200000),
    to: ['CN', 'IN', 'VN', 'SA'],
    days: 30,
  },
  {
    key: 'nl-delta-forward-osmosis-brine',
    owner: 'nl-delta-membranes',
    title: 'Forward osmosis brine concentrator that cuts evaporator energy in zero-liquid-discharge plants by 60%',
    summary:
      'A forward osmosis stage with a regenerable thermolytic draw solution concentrates reverse osmosis brine from 7% to 20% salinity using low-grade heat at 60-70 °C, before final crystallisation.',
    description:
      'Zero-liquid-discharge rules in coal-chemical, power and battery-materials industries require concentrating brines to dryness, and mechanical vapour recompression evaporators consume 20-40 kWh per cubic metre. Delta has developed a forward osmosis system with hollow-fibre membranes and a thermolytic draw solution that is recovered with waste heat at 60-70 °C. The system concentrates RO brine from 7% to 20% total dissolved solids with a specific electrical energy of 3 kWh/m³ and tolerates high scaling potential. A 5 m³/h demonstration unit has run for 14 months at a chemical site. Delta seeks EPC contractors and industrial operators in China and the Middle East for reference projects and a licensing partner for local assembly.',
    confidential: 'Draw-solute composition and regeneration column design; 14-month operating log with membrane flux decline and cleaning frequency.',
    keywords: ['forward osmosis', 'zero liquid discharge', 'brine concentration', 'waste heat', 'desalination'],
    sectors: ['ind-environment', 'ind-energy-storage'],
    ipc: ['B01D 61/002', 'C02F 1/445', 'C02F 2103/08'],
    trl: 7,
    ipr: 'granted',
    patents: ['EP3887011B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 300000, 900000),
    to: ['CN', 'SA', 'AE', 'IN'],
    days: 180,
  },
  {
    key: 'nl-delta-pfas-electrochemical-destruction',
    owner: 'nl-delta-membranes',
    title: 'Electrochemical destruction of PFAS in membrane concentrates using boron-doped diamond anodes',
    summary:
      'A flow-through electrochemical reactor with boron-doped diamond anodes breaks down PFOA, PFOS and short-chain PFAS in nanofiltration concentrates by over 99%, with fluoride as end product and no incineration.',
    description:
      'PFAS can be removed from water by membranes or sorbents, but the concentrates and spent media still contain the "forever chemicals" and are usually incinerated. Delta has developed a flow-through reactor with boron-doped diamond mesh anodes and a cathode design that minimises perchlorate formation. Treating nanofiltration concentrate from a landfill leachate plant, the reactor degraded PFOA and PFOS by more than 99% and short-chain PFAS by above 90% at an energy consumption of 40-80 kWh per cubic metre of concentrate, with fluoride mass balance above 85%. The combination of nanofiltration and electrochemistry treats large volumes with a small reactor. Delta seeks utilities and industrial sites for pilots, and licensees for reactor manufacture.',
    zh: {
      title: '采用掺硼金刚石阳极电化学降解膜浓缩液中的 PFAS',
      summary:
        '一种配备掺硼金刚石阳极的流通式电化学反应器，可将纳滤浓缩液中的 PFOA、PFOS 及短链 PFAS 降解 99% 以上，最终产物为氟离子，无需焚烧。',
      description:
        'PFAS 可通过膜或吸附剂从水中去除，但浓缩液和失效介质中仍含有这些“永久化学品”，通常只能焚烧处理。Delta 开发了一种流通式反应器，采用掺硼金刚石网状阳极和可最大限度减少高氯酸盐生成的阴极设计。在处理某垃圾渗滤液厂的纳滤浓缩液时，反应器对 PFOA 和 PFOS 的降解率超过 99%，对短链 PFAS 的降解率超过 90%，每立方米浓缩液能耗为 40-80 kWh，氟质量平衡超过 85%。纳滤与电化学相结合，可用小型反应器处理大水量。Delta 寻求水务公司和工业场地开展中试，并寻找反应器制造被许可方。',
    },
    keywords: ['PFAS', 'electrochemical oxidation', 'boron-doped diamond', 'forever chemicals', 'landfill leachate', 'water treatment'],
    sectors: ['ind-environment'],
    ipc: ['C02F 1/4672', 'C02F 2101/36', 'C25B 11/073'],
    trl: 5,
    ipr: 'applied',
    patents: ['EP4201889A1'],
    coop: ['joint_development', 'license'],
    to: ['CN', 'US', 'DE', 'AU'],
    days: 3,
  },
  {
    key: 'nl-delta-req-membrane-module-manufacturing',
    kind: 'technology_request',
    owner: 'nl-delta-membranes',
    title: 'Manufacturing partner sought in Asia for potting and housing of ceramic membrane modules',
    summary:
      'Delta looks for a partner with stainless-steel and FRP pressure-vessel fabrication and high-temperature potting capability to assemble its ceramic membrane modules for Asian customers.',
    description:
      'Demand for Delta’s ceramic membranes in Asia is growing, and shipping assembled modules from Europe is costly. The company wants to ship membrane elements and have modules assembled locally: stainless-steel or FRP housings for 16 bar, end plates, and potting with epoxy or ceramic sealants stable at 90 °C. Partners should have ASME or GB pressure vessel certification, a quality system and capacity for 2,000 modules per year. Delta will transfer its assembly procedures and test protocols. A long-term supply agreement and possibly a joint venture are envisaged.',
    keywords: ['contract manufacturing', 'membrane module', 'pressure vessel', 'potting', 'water treatment equipment'],
    sectors: ['ind-environment'],
    ipc: ['B01D 63/06', 'B01D 65/00'],
    trl: 8,
    ipr: 'none',
    coop: ['commercial_agreement', 'technical_service'],
    to: ['CN', 'VN', 'MY', 'IN'],
    days: 81,
    deadline: 100,
  },
  {
    key: 'nl-polder-pha-from-food-waste',
    owner: 'nl-polder-biopolymers',
    title: 'Polyhydroxyalkanoate (PHA) production from food-waste fatty acids with mixed microbial cultures',
    summary:
      'An open mixed-culture process converts volatile fatty acids from fermented food waste into PHBV biopolymer at 55% of cell dry weight, without sterile fermenters or sugar feedstock, cutting production cost by about half.',
    description:
      'PHA is a family of fully biodegradable polyesters that break down even in seawater, but made by pure cultures on sugar it costs three to five times as much as conventional plastics. Polder Biopolymers uses an open mixed microbial culture enriched for PHA storage by feast-famine cycling. Food and vegetable waste is first fermented to volatile fatty acids; the enriched culture then accumulates PHBV copolymer up to 55% of cell dry weight. Because no sterility and no sugar are needed, the cost estimate at 10,000 t/year is around EUR 2.5 per kg. A solvent-free extraction yields polymer of 98% purity suitable for films, coatings and injection moulding. A pilot plant processing 2 t/day of waste has operated for two years. The company offers licences, engineering packages and joint ventures for plants next to food processors and municipal organic waste streams.',
    zh: {
      title: '利用混合菌群以餐厨垃圾脂肪酸生产聚羟基脂肪酸酯（PHA）',
      summary:
        '一种开放式混合菌群工艺，将发酵餐厨垃圾得到的挥发性脂肪酸转化为 PHBV 生物聚合物，含量达细胞干重的 55%，无需无菌发酵罐和糖原料，生产成本降低约一半。',
      description:
        'PHA 是一类完全可生物降解的聚酯，甚至能在海水中降解，但以纯菌种和糖为原料生产时，其成本是常规塑料的三至五倍。Polder Biopolymers 采用开放式混合菌群，通过“饱食-饥饿”循环富集 PHA 积累菌。餐厨和果蔬垃圾先发酵为挥发性脂肪酸，富集菌群再积累 PHBV 共聚物，含量最高达细胞干重的 55%。由于无需无菌条件和糖，按年产 10,000 吨估算成本约为每公斤 2.5 欧元。无溶剂提取工艺可得到纯度 98% 的聚合物，适用于薄膜、涂层和注塑。日处理 2 吨垃圾的中试装置已运行两年。公司提供技术许可、工程包以及在食品加工厂和城市有机垃圾处理设施旁建厂的合资合作。',
    },
    confidential:
      'Feast-famine cycle parameters (SRT 1 d, feed pulse 20 min), enrichment stability data over 24 months, techno-economic model. Licence: EUR 1.5 million per plant plus 3% royalty.',
    keywords: ['PHA', 'PHBV', 'biodegradable plastics', 'food waste', 'mixed microbial culture', 'bioplastics'],
    sectors: ['ind-new-materials', 'ind-environment', 'ind-agrifood'],
    ipc: ['C12P 7/625', 'C08G 63/06', 'C12N 1/20'],
    trl: 6,
    ipr: 'granted',
    patents: ['EP3580335B1', 'NL2021456B1'],
    coop: ['license', 'joint_development', 'investment'],
    price: money('EUR', 1500000, 3000000),
    to: ['CN', 'JP', 'KR', 'TH'],
    days: 12,
  },
  {
    key: 'nl-polder-lignin-plywood-adhesive',
    owner: 'nl-polder-biopolymers',
    title: 'Formaldehyde-free lignin-based adhesive for plywood and particleboard meeting E0 emission class',
    summary:
      'A lignin-epoxide adhesive replaces urea-formaldehyde and phenol-formaldehyde resins in wood panels with equal bond strength and no formaldehyde emission, curing at standard hot-press conditions.',
    description:
      'Wood-based panels are mostly bonded with formaldehyde resins, and formaldehyde emissions from furniture and flooring are a health concern, especially in new apartments. Polder Biopolymers has developed an adhesive in which depolymerised kraft lignin reacts with a bio-based epoxide and a small amount of polyamine hardener. It cures in a hot press at 130-150 °C with press times similar to phenolic resins, and plywood meets EN 314 class 2 and particleboard EN 312 P2 requirements with emissions below detection limits. The adhesive costs about 10% more than urea-formaldehyde at current prices. The company seeks panel producers and resin manufacturers for industrial trials and licences.',
    keywords: ['lignin', 'bio-based adhesive', 'formaldehyde-free', 'plywood', 'wood panels'],
    sectors: ['ind-new-materials', 'ind-smart-city'],
    ipc: ['C09J 197/02', 'C08H 6/00', 'B27D 1/04'],
    trl: 7,
    ipr: 'applied',
    patents: ['EP4063449A1'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 100000, 300000),
    to: ['CN', 'MY', 'ID', 'VN'],
    status: 'draft',
    days: null,
  },
  {
    key: 'nl-polder-fund-demo-plant',
    kind: 'funding_request',
    owner: 'nl-polder-biopolymers',
    title: 'EUR 15-20 million project finance and equity for a 2,000 t/year PHA demonstration plant',
    summary:
      'Polder Biopolymers seeks equity and project financing to build its first commercial-scale PHA plant next to a food-processing cluster, with offtake letters for 60% of output.',
    description:
      'After two years of pilot operation, Polder Biopolymers plans a demonstration plant producing 2,000 tonnes of PHBV per year from 25,000 tonnes of food-processing residues. Total capital cost is EUR 32 million; a EUR 12 million EU innovation grant has been awarded. The company seeks EUR 15-20 million in equity and project debt. Offtake letters from a packaging converter and a coatings producer cover 60% of planned output. Strategic investors from chemicals, packaging or waste management, including Asian companies interested in a later licence for their region, are invited.',
    confidential: 'Plant capex breakdown, IRR 14% in base case, grant agreement conditions, offtake letter terms.',
    keywords: ['project finance', 'demonstration plant', 'PHA', 'bioplastics', 'circular economy'],
    sectors: ['ind-new-materials', 'ind-environment', 'wipo-17'],
    trl: 6,
    ipr: 'granted',
    patents: ['EP3580335B1'],
    coop: ['investment'],
    price: money('EUR', 15000000, 20000000),
    to: ['NL', 'DE', 'JP', 'CN', 'US'],
    days: 202,
    deadline: 210,
  },
];

export const overseasListings: DemoListing[] = [...germany, ...unitedKingdom, ...franceAndNetherlands].map(build);
