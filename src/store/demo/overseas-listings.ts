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
    confidential: 'Trained model weights are licensed per sorting line; classification confusion matrix from the six-month plant trial and camera cooling design available under NDA.',
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
    zh: {
      title: '寻求：用于 800 V 电机驱动平台的 1200 V 碳化硅功率模块或逆变器设计合作伙伴',
      summary: 'Kessler 正在为新的 50-150 kW、800 V 驱动平台寻找 1200 V 碳化硅半桥模块供应商，或共同开发紧凑型逆变器的合作伙伴，要求符合 AQG 324 车规认证。',
      description: 'Kessler 正在将其电机产品线扩展到面向轻型商用车和工程机械的 800 V 平台，需要一款采用 1200 V 碳化硅 MOSFET、开关频率 20-40 kHz、功率密度超过 30 kW/l 的紧凑型逆变器。公司接受两种合作形式：供应杂散电感低（低于 8 nH）、采用烧结芯片贴装的合格碳化硅半桥或六单元模块；或联合开发包括栅极驱动和控制板在内的完整逆变器。合作伙伴应能提供 AQG 324 测试结果或达标计划，并给出 2026-2030 年每年 2 万至 6 万套的产能路线图。特别欢迎中国和日本的模块制造商回应。',
    },
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
    confidential: 'Photosensitiser identity and immobilisation chemistry (silane-grafted), full ISO 22196-adapted test reports, wipe-durability protocol.',
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
    confidential: 'Solvent-free exfoliation step (three-roll mill plus dispersant), nanoplatelet grade and loading (1.5 wt%), full ISO 12944-9 test report.',
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
    zh: {
      title: '可使零液体排放装置蒸发器能耗降低 60% 的正渗透浓盐水浓缩器',
      summary: '采用可再生热解型汲取液的正渗透工段，利用 60-70 °C 低品位热，在最终结晶前将反渗透浓水的含盐量从 7% 浓缩到 20%。',
      description: '煤化工、电力和电池材料行业的零液体排放要求将浓盐水浓缩至干，而机械蒸汽再压缩蒸发器每立方米耗电 20-40 kWh。Delta 开发了一种正渗透系统，采用中空纤维膜和可利用 60-70 °C 废热回收的热解型汲取液。该系统将反渗透浓水的总溶解固体从 7% 浓缩至 20%，单位电耗为每立方米 3 kWh，并能耐受高结垢倾向。一套 5 m³/h 的示范装置已在某化工园区运行 14 个月。Delta 寻求中国和中东的 EPC 承包商和工业用户合作建设参考项目，并寻找本地组装的许可合作伙伴。',
    },
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
    confidential: 'Current density and flow regime, perchlorate and bromate by-product data, electrode lifetime estimate (5 years) and pilot cost per cubic metre.',
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

const nordics: Spec[] = [
  {
    key: 'fi-kaleva-dband-phased-array',
    owner: 'fi-kaleva-6g',
    title: 'D-band (130-174 GHz) antenna-in-package phased array with 64 elements for 6G backhaul and sensing',
    summary:
      'A 64-element phased array module operating at 130-174 GHz, with antennas integrated in a low-loss glass package and beam steering of ±45°. It delivers 33 dBm EIRP for 6G wireless backhaul, fronthaul and joint communication-sensing.',
    description:
      'Sub-terahertz bands above 100 GHz offer the wide bandwidths that 6G backhaul and high-resolution radar sensing need, but at these frequencies feed-line losses eat most of the power, so antennas must sit right next to the chips. The research centre has designed an antenna-in-package module in which 64 stacked-patch antenna elements are formed in a glass interposer together with the feed network, and four beamforming ICs are flip-chip mounted underneath. Measured performance includes 33 dBm EIRP, beam steering of ±45° in both planes and a 3 dB bandwidth covering 130-174 GHz. Over-the-air links of 40 Gbit/s at 100 m have been shown on the centre’s test network, and the same module works as an FMCW radar with 2 cm range resolution. The university offers licences to the package design and antenna patents, and seeks antenna, module or telecom equipment manufacturers to co-develop a product version; joint participation in 6G research calls is also possible.',
    zh: {
      title: '面向 6G 回传与感知的 64 单元 D 波段（130-174 GHz）封装天线相控阵',
      summary:
        '一种工作在 130-174 GHz 的 64 单元相控阵模块，天线集成于低损耗玻璃封装中，波束扫描范围 ±45°，等效全向辐射功率 33 dBm，适用于 6G 无线回传、前传以及通信感知一体化。',
      description:
        '100 GHz 以上的亚太赫兹频段可提供 6G 回传和高分辨率雷达感知所需的宽带宽，但在这些频率下馈线损耗会吃掉大部分功率，因此天线必须紧挨芯片。该研究中心设计了一种封装天线模块：64 个层叠贴片天线单元与馈电网络一同制作在玻璃中介层中，四颗波束成形芯片倒装于其下方。实测性能包括 33 dBm 等效全向辐射功率、两个平面内 ±45° 的波束扫描，以及覆盖 130-174 GHz 的 3 dB 带宽。在中心的试验网络上已实现 100 米距离 40 Gbit/s 的空口链路，同一模块还可作为距离分辨率 2 厘米的调频连续波雷达使用。大学提供封装设计和天线专利许可，寻求天线、模组或通信设备制造商共同开发产品化版本，也可联合申报 6G 研究项目。',
    },
    confidential:
      'Glass stack-up (AF32-type glass, 4 metal layers), element spacing and feed-network layout, measured radiation patterns and the beamforming IC partner under NDA. Licence indication: EUR 250,000 upfront, 2% of module price.',
    keywords: ['6G', 'D-band', 'phased array', 'antenna-in-package', 'sub-THz', 'wireless backhaul', 'beamforming'],
    sectors: ['ind-telecom', 'ind-semiconductors'],
    ipc: ['H01Q 21/065', 'H01Q 3/2682', 'H01Q 1/2283'],
    trl: 4,
    ipr: 'applied',
    patents: ['EP4218095A1', 'FI130551B'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 250000, 600000),
    to: ['CN', 'KR', 'JP', 'US', 'SE'],
    days: 25,
  },
  {
    key: 'fi-kaleva-liquid-crystal-ris',
    owner: 'fi-kaleva-6g',
    title: 'Liquid-crystal reconfigurable intelligent surface for low-cost coverage extension at 28 and 100 GHz',
    summary:
      'A reconfigurable reflecting surface whose unit cells are tuned by a thin nematic liquid-crystal layer redirects millimetre-wave beams around obstacles, with a bill of materials far below active repeaters and power consumption under 5 W per square metre.',
    description:
      'Millimetre-wave and sub-THz links are easily blocked by buildings, people and foliage. Reconfigurable intelligent surfaces can redirect signals around obstacles, but PIN-diode or varactor surfaces become expensive and lossy at high frequencies. The research centre has developed surfaces in which each unit cell is a patch over a thin liquid-crystal layer whose permittivity is controlled by a low-frequency bias, using display-industry manufacturing. Prototypes of 30 x 30 cm at 28 GHz and 100 GHz steer reflected beams over ±60° with 2-bit phase resolution, reconfigure in 20 ms and draw less than 5 W per square metre. Indoor trials extended 28 GHz coverage into shadowed corridors by 15 dB. The university seeks display panel makers and network equipment companies for joint development.',
    confidential: 'Liquid-crystal mixture and cell gap, bias waveform, measured reflection phase and loss per state at 100 GHz.',
    keywords: ['reconfigurable intelligent surface', 'RIS', 'liquid crystal', 'millimetre wave', '6G', 'coverage extension'],
    sectors: ['ind-telecom', 'ind-digital-creative'],
    ipc: ['H01Q 15/148', 'H01Q 3/44', 'H04B 7/04013'],
    trl: 3,
    ipr: 'applied',
    patents: ['WO2024083112A1'],
    coop: ['joint_development'],
    to: ['CN', 'KR', 'JP', 'TW'],
    days: 103,
  },
  {
    key: 'fi-kaleva-rdp-6g-testbed',
    kind: 'rd_partnership',
    owner: 'fi-kaleva-6g',
    title: 'Open 6G sub-THz testbed: partners invited for joint experiments on integrated sensing and communication',
    summary:
      'The research centre opens its 6G test network for joint experiments in 2025-2027 and seeks industrial and academic partners, including from China, for projects on sub-THz links, sensing and energy-efficient radio.',
    description:
      'The centre runs an outdoor and indoor test network with sub-THz transceivers at 140 and 300 GHz, a 5G standalone core, edge computing and a channel-measurement fleet. It invites partners to bring their own hardware, algorithms or use cases for joint experiments on integrated sensing and communication, AI-native air interfaces and low-energy radio. Typical forms are co-funded research projects, visiting researcher programmes and joint applications to European, Finnish and bilateral calls. The centre contributes infrastructure, measurement data and researchers; partners contribute equipment or personnel. Results are published jointly, with IP handled under a consortium agreement.',
    zh: {
      title: '开放式 6G 亚太赫兹试验网：诚邀合作伙伴开展通信感知一体化联合实验',
      summary: '该研究中心在 2025-2027 年向联合实验开放其 6G 试验网络，寻求包括中国在内的产业和学术合作伙伴，围绕亚太赫兹链路、感知和高能效无线开展项目。',
      description: '该中心运营一个室内外试验网络，配备 140 GHz 和 300 GHz 亚太赫兹收发机、5G 独立组网核心网、边缘计算和信道测量设备。中心邀请合作伙伴携带自有硬件、算法或应用场景，围绕通信感知一体化、AI 原生空口和低能耗无线开展联合实验。典型合作形式包括共同出资的研究项目、访问学者计划，以及联合申报欧洲、芬兰和双边项目。中心提供基础设施、测量数据和研究人员，合作伙伴提供设备或人员。研究成果联合发表，知识产权按联合体协议处理。',
    },
    keywords: ['6G testbed', 'sub-THz', 'integrated sensing and communication', 'research collaboration', 'channel measurement'],
    sectors: ['ind-telecom', 'ind-ai-software', 'wipo-03'],
    ipc: ['H04W 24/06'],
    trl: 4,
    ipr: 'none',
    coop: ['joint_development', 'technical_service'],
    to: ['CN', 'JP', 'KR', 'DE', 'US'],
    days: 169,
    deadline: 270,
  },
  {
    key: 'fi-kaleva-wakeup-radio-protocol',
    owner: 'fi-kaleva-6g',
    title: 'Wake-up radio MAC protocol that cuts NB-IoT sensor energy use by 80% in event-driven applications',
    summary:
      'A protocol and reference firmware that let cellular IoT devices sleep with a nanowatt wake-up receiver and be woken individually or in groups by the network, rather than waking on a fixed schedule.',
    description:
      'Battery-powered sensors for smart meters, asset tracking and structural monitoring spend most of their energy checking the network for messages that rarely come. The research centre has developed a medium access control scheme that combines a cellular modem with a separate ultra-low-power wake-up receiver. The network sends short addressed wake-up signatures, and devices wake only when addressed, in groups or individually, with latency below one second. Simulations validated with a 200-node field deployment show energy savings of 70-85% compared with NB-IoT power-saving mode for event-driven traffic. Reference firmware for two common modem platforms is available. The university seeks module makers and IoT operators for licensing and joint standardisation work.',
    confidential: 'Field deployment energy logs and the wake-up signature design; draft contribution text for standardisation.',
    keywords: ['wake-up radio', 'NB-IoT', 'low power', 'MAC protocol', 'smart meter'],
    sectors: ['ind-telecom', 'ind-smart-city'],
    ipc: ['H04W 52/0235', 'H04W 4/70'],
    trl: 5,
    ipr: 'applied',
    patents: ['EP4305021A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'IN', 'DE'],
    days: 365,
  },
  {
    key: 'fi-saimaa-foam-formed-packaging',
    owner: 'fi-saimaa-fibre',
    title: 'Foam-formed wood-fibre cushioning that replaces expanded polystyrene in electronics and appliance packaging',
    summary:
      'Wood fibres formed with aqueous foam instead of water make lightweight, recyclable cushioning with densities of 20-60 kg/m³ and shock absorption equal to EPS. Parts are moulded to shape and recycled with cardboard.',
    description:
      'Expanded polystyrene protects televisions, appliances and electronics during shipping, but it is bulky waste that is rarely recycled. Saimaa Fibre Innovations uses foam forming: pulp fibres are dispersed in a water-surfactant foam, which keeps them apart and lets them set into a very porous network as the foam drains and dries. Moulded parts reach densities of 20-60 kg/m³, cushion drop impacts as well as EPS of similar thickness in ISTA tests and can go into the paper recycling stream. Energy use is kept low by reusing the foam and using impulse drying. A pilot line produces 500 tonnes per year for two consumer electronics customers. The company offers licences and equipment packages and seeks packaging converters and electronics brands, especially in Asian manufacturing hubs.',
    zh: {
      title: '可替代电子及家电包装中发泡聚苯乙烯的泡沫成形木纤维缓冲材料',
      summary:
        '以水性泡沫代替水使木纤维成形，制成轻质、可回收的缓冲材料，密度为 20-60 kg/m³，缓冲性能与 EPS 相当。部件可直接模塑成型，并可与纸板一起回收。',
      description:
        '发泡聚苯乙烯在运输中保护电视、家电和电子产品，但它是体积庞大且很少被回收的废弃物。Saimaa Fibre Innovations 采用泡沫成形工艺：将纸浆纤维分散在水-表面活性剂泡沫中，泡沫使纤维彼此分隔，并在排液干燥过程中定型为高孔隙率网络。模塑部件密度为 20-60 kg/m³，在 ISTA 测试中的跌落缓冲性能与同等厚度的 EPS 相当，并可进入纸张回收体系。通过泡沫循环利用和脉冲干燥，能耗得以控制。中试线年产 500 吨，供应两家消费电子客户。公司提供技术许可和设备包，寻求包装加工企业和电子品牌，尤其是亚洲制造中心的合作伙伴。',
    },
    confidential:
      'Surfactant system and foam recycling loop design, line throughput (8 parts/min per mould), cost per part vs. EPS (+12% today, parity at 3,000 t/year).',
    keywords: ['foam forming', 'wood fibre', 'EPS replacement', 'sustainable packaging', 'moulded pulp', 'cushioning'],
    sectors: ['ind-new-materials', 'ind-environment'],
    ipc: ['D21J 3/00', 'D21H 21/56', 'B65D 81/05'],
    trl: 7,
    ipr: 'granted',
    patents: ['FI128917B', 'EP3658706B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 200000, 700000),
    to: ['CN', 'VN', 'MX', 'PL'],
    days: 137,
  },
  {
    key: 'fi-saimaa-ionic-liquid-textile-fibre',
    owner: 'fi-saimaa-fibre',
    title: 'Dry-jet wet spinning of regenerated cellulose textile fibre from pulp and cotton waste with a recyclable ionic liquid',
    summary:
      'A lyocell-type process that dissolves pulp or pre-treated cotton waste in a superbase ionic liquid and spins fibres with tenacity above 45 cN/tex, higher than viscose, with 99% solvent recovery and no carbon disulphide.',
    description:
      'Viscose production uses carbon disulphide and causes pollution, and textile waste is rarely recycled into new fibres. Saimaa Fibre Innovations operates a process in which dissolving pulp or chemically treated cotton waste is dissolved in a distillable superbase-based ionic liquid and spun by dry-jet wet spinning. The fibres reach tenacity above 45 cN/tex in dry state and good wet strength, so they can be used for denim and technical textiles. The ionic liquid is recovered at 99% by evaporation and distillation. A continuous spinning line produces 100 kg per day of staple and filament fibre. The company transfers the process know-how and seeks fibre producers and textile groups for a joint demonstration plant.',
    confidential: 'Ionic liquid composition and recycling loop energy demand; spinning parameters (air gap 10 mm, draw ratio 12); fibre test reports from two mills.',
    keywords: ['regenerated cellulose', 'textile recycling', 'ionic liquid', 'lyocell', 'man-made fibre'],
    sectors: ['ind-new-materials', 'ind-environment'],
    ipc: ['D01F 2/02', 'D01D 5/06', 'C08B 16/00'],
    trl: 5,
    ipr: 'secret_know_how',
    coop: ['license', 'joint_development'],
    to: ['CN', 'IN', 'TR', 'BD'],
    visibility: 'members',
    days: 219,
  },
  {
    key: 'se-norrland-lmfp-cathode',
    owner: 'se-norrland-battery',
    title: 'Lithium manganese iron phosphate (LMFP) cathode with gradient carbon coating for 15% higher energy density than LFP',
    summary:
      'A spray-drying and two-step calcination route yields LiMn0.6Fe0.4PO4 secondary particles with a gradient carbon coating that overcomes manganese dissolution and low conductivity. Cells reach 3,000 cycles at 80% capacity retention.',
    description:
      'LFP batteries are safe and cheap but limited in energy density; substituting part of the iron with manganese raises the voltage to about 4.1 V and energy density by 15-20%. Manganese-rich phosphates, however, suffer from poor electronic conductivity and manganese dissolution that shortens cycle life. Norrland Battery Materials has developed a process that co-precipitates nano-sized primary particles, assembles them by spray drying with a carbon source and calcines in two steps to form a carbon coating that is denser at the particle surface. The material delivers 155 mAh/g at 0.1 C, a tap density of 1.4 g/cm³, and in 20 Ah pouch cells retains 80% capacity after 3,000 cycles at 1 C. It can be blended with NMC to improve thermal stability. The company offers licences or joint development with cathode producers and cell makers and supplies samples up to 50 kg.',
    zh: {
      title: '能量密度较 LFP 高 15% 的梯度碳包覆磷酸锰铁锂（LMFP）正极材料',
      summary:
        '通过喷雾干燥和两段煅烧工艺制备具有梯度碳包覆层的 LiMn0.6Fe0.4PO4 二次颗粒，克服了锰溶出和电导率低的问题。电池可循环 3,000 次，容量保持率 80%。',
      description:
        '磷酸铁锂电池安全、价廉，但能量密度有限；用锰部分替代铁可将电压提高到约 4.1 V，能量密度提升 15-20%。然而富锰磷酸盐电子电导率差，且锰溶出会缩短循环寿命。Norrland Battery Materials 开发了一种工艺：共沉淀制备纳米级一次颗粒，与碳源一起喷雾干燥组装成二次颗粒，再经两段煅烧形成表面更致密的碳包覆层。该材料 0.1 C 比容量 155 mAh/g，振实密度 1.4 g/cm³，在 20 Ah 软包电池中以 1 C 循环 3,000 次后容量保持率为 80%。它还可与三元材料掺混以提高热稳定性。公司向正极材料生产商和电芯制造商提供许可或联合开发，并可供应最多 50 公斤样品。',
    },
    confidential:
      'Precursor Mn/Fe ratio control (±0.5%), calcination profile (350 °C / 720 °C, N2 with 2% H2), gradient coating carbon source mix. Licence benchmark: SEK 6 million upfront plus SEK 1.5 per kg of cathode material.',
    keywords: ['LMFP', 'cathode material', 'lithium iron phosphate', 'battery', 'energy density', 'carbon coating'],
    sectors: ['ind-energy-storage', 'ind-nev', 'ind-new-materials'],
    ipc: ['H01M 4/5825', 'H01M 4/625', 'C01B 25/45'],
    trl: 6,
    ipr: 'granted',
    patents: ['SE543896C2', 'EP3902015B1'],
    coop: ['license', 'joint_development'],
    price: money('SEK', 6000000, 15000000),
    to: ['CN', 'KR', 'JP', 'DE'],
    days: 86,
  },
  {
    key: 'se-norrland-black-mass-hydromet',
    owner: 'se-norrland-battery',
    title: 'Low-reagent hydrometallurgical recycling of battery black mass with direct precursor synthesis',
    summary:
      'A leaching and solvent-extraction flowsheet that recovers lithium, nickel, cobalt and manganese from black mass at above 95% and delivers a mixed hydroxide that goes straight into new cathode precursor, using 40% less acid and caustic.',
    description:
      'Conventional hydrometallurgical recycling separates each metal into individual salts, consuming large amounts of acid, caustic and energy, only to mix them again for cathode precursor. Norrland has developed a flowsheet that removes copper, aluminium and iron impurities selectively, keeps nickel, cobalt and manganese together and adjusts their ratio for direct co-precipitation of precursor. Lithium is recovered first by a selective roasting and water-leaching step, giving battery-grade lithium carbonate. Recovery rates exceed 95% for all four metals, with 40% lower reagent consumption. A 1 t/day pilot has run on scrap from cell production. The company seeks recyclers and precursor makers as licensees or joint venture partners.',
    confidential: 'Selective roasting temperature window and additive, impurity removal pH steps, and mass balance from 6-month pilot operation.',
    keywords: ['battery recycling', 'black mass', 'hydrometallurgy', 'lithium recovery', 'cathode precursor'],
    sectors: ['ind-energy-storage', 'ind-environment'],
    ipc: ['C22B 7/007', 'C22B 26/12', 'H01M 10/54', 'C22B 3/44'],
    trl: 6,
    ipr: 'applied',
    patents: ['SE2250614A1', 'WO2023224540A1'],
    coop: ['license', 'joint_development', 'investment'],
    to: ['CN', 'KR', 'DE', 'US'],
    days: 262,
  },
  {
    key: 'se-norrland-req-dry-electrode',
    kind: 'technology_request',
    owner: 'se-norrland-battery',
    title: 'Seeking dry electrode coating technology for thick LMFP cathodes',
    summary:
      'Norrland looks for solvent-free electrode manufacturing technology, either licensed know-how or equipment with process support, to make thick LMFP cathodes without NMP and drying ovens.',
    description:
      'To help its customers adopt LMFP, Norrland wants to produce demonstration electrodes with a dry process: powder mixing with fibrillating PTFE binder, calendering into a free-standing film and lamination on current collector. Targets are areal loadings of 4-6 mAh/cm², line speeds above 20 m/min and porosity control within ±2%. The company seeks equipment suppliers or technology owners that can provide a pilot line with process support, or a licence to a proven process. Joint development of LMFP-specific binder and conductive additive recipes is welcome. Partners from China, Korea, Germany and the US are invited.',
    keywords: ['dry electrode', 'solvent-free coating', 'PTFE binder', 'battery manufacturing', 'LMFP'],
    sectors: ['ind-energy-storage', 'ind-robotics'],
    ipc: ['H01M 4/04', 'H01M 4/139'],
    trl: 6,
    ipr: 'none',
    coop: ['license', 'commercial_agreement', 'technical_service'],
    price: money('SEK', 5000000, 20000000),
    to: ['CN', 'KR', 'DE', 'US'],
    days: 45,
    deadline: 110,
  },
  {
    key: 'se-oresund-inv-medtech-diagnostics',
    kind: 'investment_offer',
    owner: 'se-oresund-bioventures',
    title: 'Investment of SEK 10-50 million in medtech and diagnostics companies with first clinical data',
    summary:
      'Öresund BioVentures invests in medical device, digital health and in-vitro diagnostics companies that have clinical proof of concept and a regulatory plan, and helps them enter Nordic, EU and Asian markets.',
    description:
      'The fund invests SEK 10-50 million per company, typically in Series A or B rounds alongside other specialist investors. Target areas are cardiovascular and respiratory devices, point-of-care diagnostics, surgical robotics and software as a medical device. Companies should have first clinical data, a clear route to CE marking or FDA clearance and a team with regulatory experience. The fund takes board seats and supports reimbursement strategy and partnerships with Nordic university hospitals. It also co-invests with Asian corporates in companies planning NMPA or PMDA registration.',
    keywords: ['venture capital', 'medtech', 'diagnostics', 'digital health', 'Series A'],
    sectors: ['ind-medical-devices', 'ind-biomedicine', 'wipo-13'],
    trl: 6,
    ipr: 'none',
    coop: ['investment'],
    price: money('SEK', 10000000, 50000000),
    to: ['SE', 'DK', 'NO', 'FI', 'CN', 'SG'],
    days: 114,
  },
  {
    key: 'se-oresund-inv-ai-diagnostics-asia',
    kind: 'investment_offer',
    owner: 'se-oresund-bioventures',
    title: 'Co-investment programme for AI-enabled imaging and pathology companies expanding between Europe and Asia',
    summary:
      'A SEK 80 million co-investment line for companies building AI tools for radiology, pathology or endoscopy that hold or are pursuing CE marking and want to register in China, Korea or Singapore.',
    description:
      'Regulated AI software for diagnosis can scale across markets, but each needs local data, validation and registration. The fund’s co-investment line backs companies that combine European regulatory experience with Asian clinical partners. It invests SEK 5-20 million per company next to a lead investor and offers access to Nordic hospital data partnerships under strict data protection. Eligible are companies with a CE-marked or near-CE product in medical imaging, digital pathology or endoscopy, and Asian companies seeking a European base. Applications are reviewed quarterly.',
    keywords: ['co-investment', 'medical AI', 'digital pathology', 'radiology', 'cross-border expansion'],
    sectors: ['ind-ai-software', 'ind-medical-devices', 'wipo-06'],
    trl: 7,
    ipr: 'none',
    coop: ['investment'],
    price: money('SEK', 5000000, 20000000),
    to: ['SE', 'CN', 'KR', 'SG', 'GB'],
    status: 'withdrawn',
    days: 240,
  },
  {
    key: 'dk-nordhavn-biomass-hard-carbon',
    owner: 'dk-nordhavn-battery',
    title: 'Hard carbon anode for sodium-ion batteries from straw and wood residues with 320 mAh/g and 90% first-cycle efficiency',
    summary:
      'A pre-treatment and two-step pyrolysis process converts wheat straw and wood residues into hard carbon with closed nanopores, reaching 320 mAh/g reversible capacity and 90% initial coulombic efficiency in sodium-ion cells.',
    description:
      'Sodium-ion batteries avoid lithium, nickel and cobalt, but their usual anode, hard carbon, is expensive when made from sugar or resin precursors and often has low first-cycle efficiency. Nordhavn Battery Labs has developed a process that removes ash and hemicellulose from agricultural and forestry residues with a mild acid wash, then carbonises in two stages with a controlled heating ramp that creates closed nanopores where sodium is stored at low voltage. The material reaches 320 mAh/g reversible capacity and 90% initial coulombic efficiency, and 18650 cells with layered oxide cathodes retain 88% after 2,000 cycles. Estimated production cost is below USD 4 per kg at scale. The company seeks anode material producers and sodium-ion cell makers for licensing or joint scale-up, and biomass suppliers for feedstock partnerships.',
    zh: {
      title: '以秸秆和木材废料制备的钠离子电池硬碳负极，容量 320 mAh/g，首效 90%',
      summary:
        '通过预处理和两段热解工艺，将小麦秸秆和木材废料转化为具有闭孔结构的硬碳，在钠离子电池中可逆容量达 320 mAh/g，首次库仑效率 90%。',
      description:
        '钠离子电池不需要锂、镍和钴，但其常用负极硬碳若以糖或树脂为前驱体则成本较高，且首次效率往往偏低。Nordhavn Battery Labs 开发了一种工艺：先用温和酸洗去除农林废弃物中的灰分和半纤维素，再以受控升温曲线分两段碳化，形成可在低电压下储钠的闭合纳米孔。该材料可逆容量 320 mAh/g，首次库仑效率 90%，与层状氧化物正极组成的 18650 电池循环 2,000 次后容量保持 88%。规模化生产成本预计低于每公斤 4 美元。公司寻求负极材料生产商和钠离子电芯制造商开展许可或联合放大，并寻找生物质供应商建立原料合作。',
    },
    confidential:
      'Acid wash recipe, carbonisation ramp (1 °C/min to 600 °C, 5 °C/min to 1,350 °C), closed-pore characterisation by SAXS; 2,000-cycle data set.',
    keywords: ['sodium-ion battery', 'hard carbon', 'anode material', 'biomass', 'straw', 'pyrolysis'],
    sectors: ['ind-energy-storage', 'ind-new-materials'],
    ipc: ['H01M 4/587', 'C01B 32/05', 'H01M 10/054'],
    trl: 5,
    ipr: 'applied',
    patents: ['DK202270312A1', 'WO2023198745A1'],
    coop: ['license', 'joint_development'],
    price: money('DKK', 2000000, 8000000),
    to: ['CN', 'IN', 'DE', 'KR'],
    days: 56,
  },
  {
    key: 'dk-nordhavn-bms-state-of-health',
    owner: 'dk-nordhavn-battery',
    title: 'Cloud analytics that estimate battery state of health from field data within 2% without capacity tests',
    summary:
      'A physics-informed machine-learning model estimates state of health and remaining useful life of lithium-ion and sodium-ion packs from ordinary operating data, for fleet operators, energy storage and second-life grading.',
    description:
      'Owners of electric buses, storage systems and used EV batteries need to know how much capacity remains, but full capacity tests take packs out of service. Nordhavn has built a model that combines an electrochemical degradation model with a neural network trained on 1.2 million hours of cycling data. It estimates state of health from partial charge curves, temperature and current histories logged by any BMS, with a mean error below 2% across chemistries, and forecasts remaining useful life. A cloud service and an on-premise version exist; three storage operators use it. The company offers the software under licence or as a service, and seeks BMS makers and second-life battery companies as partners.',
    confidential: 'Model architecture, training data composition by chemistry, validation results per customer. SaaS pricing EUR 1.5 per kWh monitored per year.',
    keywords: ['battery management', 'state of health', 'machine learning', 'second-life battery', 'battery analytics'],
    sectors: ['ind-energy-storage', 'ind-ai-software', 'ind-nev'],
    ipc: ['G01R 31/367', 'G01R 31/392', 'G06N 3/08'],
    trl: 8,
    ipr: 'secret_know_how',
    coop: ['license', 'commercial_agreement'],
    price: money('DKK', 150000, 1500000),
    to: ['CN', 'DE', 'NL', 'US'],
    days: 198,
  },
  {
    key: 'dk-nordhavn-fund-seed',
    kind: 'funding_request',
    owner: 'dk-nordhavn-battery',
    title: 'Seed round of DKK 18-25 million to build a 50 t/year hard carbon pilot line',
    summary:
      'Nordhavn Battery Labs raises seed funding to scale its biomass hard carbon from kilogram batches to a 50 t/year pilot line and to qualify material with two sodium-ion cell makers.',
    description:
      'The company has validated its straw-derived hard carbon in coin, pouch and 18650 cells and has sample agreements with two sodium-ion cell makers. The seed round of DKK 18-25 million will finance a continuous pilot line with rotary kiln carbonisation, a quality lab and the team to run them, and a first feedstock contract with a Danish agricultural cooperative. Investors with battery or materials expertise are welcome, as are strategic investors from cell manufacturing in Asia.',
    confidential: 'Pre-money DKK 45 million; grant of DKK 6 million from a national innovation fund secured; sample agreement terms with cell makers.',
    keywords: ['seed funding', 'sodium-ion', 'pilot line', 'battery materials', 'start-up'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'wipo-01'],
    trl: 5,
    ipr: 'applied',
    patents: ['DK202270312A1'],
    coop: ['investment'],
    price: money('DKK', 18000000, 25000000),
    to: ['DK', 'SE', 'DE', 'CN'],
    status: 'draft',
    days: null,
    deadline: 240,
  },
];

const switzerlandAndIsrael: Spec[] = [
  {
    key: 'ch-jura-micro-gear-motor-infusion',
    owner: 'ch-jura-precision',
    title: 'Ø6 mm brushless micro gear motor with 0.1° positioning for wearable drug-delivery pumps and surgical tools',
    summary:
      'A 6 mm brushless motor with an integrated three-stage planetary gearhead and magnetic encoder delivers 25 mNm output torque, 0.1° positioning and a service life above 5,000 hours, made with watchmaking micro-machining.',
    description:
      'Wearable insulin and oncology pumps, robotic surgical instruments and lab automation need very small drives that are precise, quiet and reliable. Jura Precision Microsystems builds a 6 mm diameter brushless DC motor combined with a planetary gearhead whose gears are made of hardened steel and ceramic by techniques derived from watch movements. A magnetic encoder with 4,096 counts per revolution allows 0.1° output positioning. The drive delivers 25 mNm continuous torque at 12 V, runs below 25 dB(A) and has shown more than 5,000 hours of life in pump duty cycles. Components are produced in a cleanroom under ISO 13485. The company offers supply agreements and custom variants, and licenses the gearhead design to motor manufacturers for markets where local production is required.',
    confidential: 'Gear tooth profile modifications, lubrication (dry film on ceramic planets) and life-test protocol. Unit price indication CHF 85 at 10,000 pcs/year.',
    keywords: ['micro motor', 'planetary gearhead', 'drug delivery pump', 'surgical robotics', 'precision mechanics', 'brushless DC motor'],
    sectors: ['ind-medical-devices', 'ind-robotics'],
    ipc: ['F16H 1/46', 'H02K 7/116', 'A61M 5/142'],
    trl: 9,
    ipr: 'granted',
    patents: ['CH714962B1', 'EP3557078B1'],
    coop: ['commercial_agreement', 'license'],
    price: money('CHF', 150000, 400000),
    to: ['CN', 'US', 'DE', 'JP'],
    days: 91,
  },
  {
    key: 'ch-jura-mems-thermal-flow-sensor',
    owner: 'ch-jura-precision',
    title: 'Bidirectional MEMS thermal flow sensor for ventilators and oxygen concentrators with 0.5% accuracy',
    summary:
      'A thermal flow sensor chip on a suspended silicon nitride membrane measures gas flow in both directions from 0.01 to 200 l/min with 0.5% accuracy and 2 ms response time, compensated for humidity and gas composition.',
    description:
      'Ventilators, anaesthesia machines and oxygen concentrators need fast and accurate flow measurement in both directions, in humid gas with changing oxygen content. Jura Precision Microsystems has developed a sensor with a heater and thermopiles on a 1 µm silicon nitride membrane, read out by a mixed-signal ASIC that compensates for temperature, humidity and oxygen fraction. It measures from 0.01 to 200 l/min with 0.5% of reading accuracy, a response time of 2 ms and a dynamic range of 20,000:1. The sensor is packaged in a moulded flow channel that can be disinfected. It is qualified for medical use and in production. The company seeks OEMs of respiratory devices as customers and partners for local assembly in Asia.',
    confidential: 'ASIC compensation algorithm and calibration procedure; OEM pricing CHF 38 per sensor at 20,000 units per year.',
    keywords: ['flow sensor', 'MEMS', 'ventilator', 'oxygen concentrator', 'respiratory care', 'thermal sensor'],
    sectors: ['ind-medical-devices', 'ind-semiconductors'],
    ipc: ['G01F 1/6845', 'B81B 7/02', 'A61M 16/00'],
    trl: 9,
    ipr: 'granted',
    patents: ['EP3712901B1'],
    coop: ['commercial_agreement'],
    to: ['CN', 'IN', 'TR', 'BR'],
    days: 310,
  },
  {
    key: 'ch-limmat-rl-quadruped-locomotion',
    owner: 'ch-limmat-robotics',
    title: 'Reinforcement-learning locomotion controller for quadruped robots on stairs, rubble and slippery ground',
    summary:
      'A locomotion policy trained in massively parallel simulation and transferred to real robots walks on stairs, gravel, snow and ladders without terrain mapping, recovering from slips and pushes. It runs on an embedded CPU at 50 Hz.',
    description:
      'Legged robots are used for inspection in plants, mines and construction sites, but model-based controllers are brittle on unknown terrain and take much engineering to tune. The institute has developed a controller learned with reinforcement learning in a simulator that randomises terrain, friction, payload and sensor noise, combined with a teacher-student scheme so the final policy needs only joint encoders and an IMU, with optional depth cameras. On two commercial quadruped platforms the controller climbed stairs up to 20 cm steps, crossed rubble, ice and 40% slopes, and recovered from lateral pushes. The training pipeline can be adapted to new robots in about one week of compute. The institute offers licences to the training framework and trained policies, and joint development with robot makers.',
    confidential: 'Reward design and domain randomisation ranges; sim-to-real transfer metrics on two platforms; licence terms per robot model.',
    keywords: ['legged robot', 'reinforcement learning', 'locomotion', 'quadruped', 'sim-to-real', 'inspection robot'],
    sectors: ['ind-robotics', 'ind-ai-software'],
    ipc: ['B62D 57/032', 'G05B 13/027', 'G06N 3/092'],
    trl: 6,
    ipr: 'secret_know_how',
    coop: ['license', 'joint_development'],
    price: money('CHF', 200000, 600000),
    to: ['CN', 'KR', 'JP', 'US'],
    days: 70,
  },
  {
    key: 'ch-limmat-tactile-skin-gripper',
    owner: 'ch-limmat-robotics',
    title: 'Magnetic tactile skin for robot grippers that senses contact force, shear and slip at 1 mm resolution',
    summary:
      'A soft elastomer skin with embedded magnetised particles over a Hall-sensor array measures normal and shear forces and detects incipient slip in under 5 ms, so grippers can hold fragile or slippery items with minimal force.',
    description:
      'Grippers without touch sense either squeeze too hard or drop objects, which limits robotic picking of fruit, food, cables and mixed parcels. The institute has developed a tactile skin made of a silicone layer containing magnetised microparticles, placed over a flexible array of 3-axis Hall sensors. Deformation of the skin changes the magnetic field, from which a small neural network reconstructs the force distribution with 1 mm spatial resolution and detects slip onset within 5 ms. The skin is 3 mm thick, can be cast in curved shapes to fit finger pads and is replaceable when worn. Grip-force control with the skin cut damage to strawberries and tomatoes in picking tests from 12% to below 1%. The institute seeks gripper and robot manufacturers to license and jointly productise the technology.',
    zh: {
      title: '可感知接触力、剪切力和滑移、分辨率达 1 毫米的机器人夹爪磁性触觉皮肤',
      summary:
        '一种软弹性体皮肤，内嵌磁化颗粒并覆盖于霍尔传感器阵列之上，可测量法向力与剪切力，并在 5 毫秒内检测初始滑移，使夹爪能以最小力度抓持易碎或光滑物品。',
      description:
        '没有触觉的夹爪要么抓得太紧，要么让物体掉落，这限制了机器人对水果、食品、线缆和混合包裹的拣选。本所开发了一种触觉皮肤：含磁化微粒的硅胶层覆盖在柔性三轴霍尔传感器阵列上。皮肤变形会改变磁场，小型神经网络据此以 1 毫米空间分辨率重建力分布，并在 5 毫秒内检测滑移起始。皮肤厚 3 毫米，可浇铸成曲面以贴合指腹，磨损后可更换。在采摘试验中，借助该皮肤进行握力控制后，草莓和番茄的损伤率从 12% 降至 1% 以下。本所寻求夹爪和机器人制造商进行许可和联合产品化。',
    },
    confidential: 'Particle loading and magnetisation process, sensor array layout, calibration network weights; picking trial data.',
    keywords: ['tactile sensor', 'robot gripper', 'slip detection', 'soft robotics', 'magnetic skin', 'grasping'],
    sectors: ['ind-robotics', 'ind-agrifood'],
    ipc: ['B25J 13/084', 'G01L 5/226', 'B25J 15/12'],
    trl: 4,
    ipr: 'applied',
    patents: ['EP4144487A1', 'CH719205A2'],
    coop: ['license', 'joint_development'],
    price: money('CHF', 80000, 250000),
    to: ['CN', 'KR', 'JP', 'DE'],
    days: 17,
  },
  {
    key: 'ch-limmat-passive-lifting-exoskeleton',
    owner: 'ch-limmat-robotics',
    title: 'Passive back-support exoskeleton with switchable spring engagement for logistics and assembly workers',
    summary:
      'A lightweight exosuit stores energy in carbon leaf springs when the wearer bends and returns it when lifting, cutting lumbar muscle activity by 30%. A clutch disengages the springs automatically when walking or sitting.',
    description:
      'Back injuries from repeated lifting are a leading cause of sick leave in logistics, manufacturing and care work. Passive exoskeletons help, but most hinder walking and sitting, so workers stop wearing them. The institute developed a 2.8 kg exosuit whose carbon leaf springs along the thighs and back engage through a small clutch only when the trunk bends beyond 20°, detected by an IMU with a microcontroller consuming less than 50 mW. In lab and warehouse studies lumbar muscle activity dropped by 30% during lifting, and users walked, climbed stairs and sat without restriction. The institute seeks manufacturers of workwear or ergonomics equipment as licensees.',
    keywords: ['exoskeleton', 'ergonomics', 'back support', 'logistics', 'wearable robotics'],
    sectors: ['ind-robotics', 'ind-medical-devices'],
    ipc: ['B25J 9/0006', 'A61H 3/00', 'A61F 5/02'],
    trl: 6,
    ipr: 'granted',
    patents: ['EP3893682B1'],
    coop: ['license'],
    price: money('CHF', 50000, 150000),
    to: ['CN', 'DE', 'JP', 'US'],
    days: 373,
    status: 'expired',
  },
  {
    key: 'ch-limmat-rdp-construction-robotics',
    kind: 'rd_partnership',
    owner: 'ch-limmat-robotics',
    title: 'Joint research on mobile robots for on-site drilling, anchoring and installation in building construction',
    summary:
      'The institute seeks construction companies and machine makers for a joint project on robots that drill ceiling anchors and install building services from BIM data, aiming at field trials on two sites.',
    description:
      'Overhead drilling for anchors, cable trays and ducts is strenuous, dusty and hard to staff. The institute has built a mobile manipulator that localises itself against BIM models using a total station and lidar and drills holes with ±3 mm accuracy. It now seeks partners for a three-year project to make the system robust on real sites: a construction company providing sites and workflows, a machine maker for the drilling end-effector and dust extraction, and a software firm for BIM integration. Partners from China with large-scale residential or infrastructure projects are especially welcome, as high repetition suits automation.',
    keywords: ['construction robotics', 'BIM', 'mobile manipulator', 'drilling robot', 'building automation'],
    sectors: ['ind-robotics', 'ind-smart-city'],
    ipc: ['E04G 21/00', 'B25J 5/007'],
    trl: 5,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'SG', 'DE', 'JP'],
    days: 53,
    deadline: 160,
  },
  {
    key: 'il-negev-perovskite-module-encapsulation',
    owner: 'il-negev-solar',
    title: 'Edge-sealed glass-glass encapsulation that lets perovskite modules pass IEC 61215 damp-heat and thermal-cycling tests',
    summary:
      'A low-temperature encapsulation process combining a polyolefin interlayer, a getter-filled butyl edge seal and a lead-sequestering coating keeps perovskite modules above 95% of initial power after 1,000 hours of 85 °C / 85% relative humidity.',
    description:
      'Perovskite solar cells reach high efficiencies, but moisture, oxygen and heat degrade them, and standard EVA lamination at 150 °C damages the cells. Negev Solar Dynamics has developed a glass-glass encapsulation laminated at 110 °C with a thermoplastic polyolefin interlayer, a butyl edge seal containing a desiccant getter, and a transparent phosphonic acid coating that binds lead if a module breaks. Perovskite and perovskite-silicon tandem mini-modules retained more than 95% of initial power after 1,000 hours of damp heat and 200 thermal cycles, and outdoor modules in the Negev desert have kept 92% after 18 months. The process uses commercially available laminators. The company offers licences and technical support to perovskite module makers and encapsulant suppliers.',
    zh: {
      title: '使钙钛矿组件通过 IEC 61215 湿热和热循环测试的边缘密封双玻封装技术',
      summary:
        '一种低温封装工艺，结合聚烯烃中间层、含吸气剂的丁基边缘密封和可固定铅的涂层，使钙钛矿组件在 85 °C / 85% 相对湿度下 1,000 小时后仍保持初始功率的 95% 以上。',
      description:
        '钙钛矿太阳能电池效率很高，但会因水汽、氧气和高温而衰减，而标准 EVA 在 150 °C 下层压又会损伤电池。Negev Solar Dynamics 开发了一种 110 °C 层压的双玻封装方案：采用热塑性聚烯烃中间层、含干燥吸气剂的丁基边缘密封，以及在组件破损时可结合铅的透明膦酸涂层。钙钛矿及钙钛矿/晶硅叠层小组件经 1,000 小时湿热和 200 次热循环后仍保持初始功率的 95% 以上，在内盖夫沙漠户外运行 18 个月的组件保持了 92%。该工艺可使用市售层压机。公司向钙钛矿组件制造商和封装材料供应商提供许可和技术支持。',
    },
    confidential:
      'Lamination profile (110 °C, 12 min, 0.8 bar), getter composition and loading, lead-binding coating chemistry; full IEC test reports from an accredited lab. Licence: USD 400,000 per production line plus 1% royalty.',
    keywords: ['perovskite solar', 'encapsulation', 'module reliability', 'damp heat', 'edge seal', 'tandem module'],
    sectors: ['ind-renewables', 'ind-new-materials'],
    ipc: ['H01L 31/0481', 'H10K 30/88', 'B32B 17/10'],
    trl: 6,
    ipr: 'granted',
    patents: ['US11581514B2', 'IL285117B'],
    coop: ['license', 'technical_service'],
    price: money('USD', 400000, 1200000),
    to: ['CN', 'IN', 'US', 'DE'],
    days: 39,
  },
  {
    key: 'il-negev-waterless-cleaning-robot',
    owner: 'il-negev-solar',
    title: 'Autonomous waterless cleaning robot for utility-scale PV rows in dusty deserts',
    summary:
      'A solar-powered robot travels nightly along each PV row, removing dust with a microfibre roller and airflow without water, keeping soiling losses below 1% in desert plants. It crosses gaps between tables with a bridge system.',
    description:
      'In deserts, dust can cut PV output by 0.5-1% per day, and water for washing is scarce. Negev Solar Dynamics has deployed more than 12,000 robots that clean PV rows every night without water. Each robot carries a rotating microfibre roller and a small fan, runs on its own panel and battery, and is monitored over a mesh radio network. A bridging mechanism lets one robot serve several tracker tables. Soiling losses stay below 1% and the robots cause no measurable abrasion of anti-reflective coatings after five years. Operating cost is about one tenth of water washing. The company seeks EPC contractors and distributors for desert regions in China, the Middle East and Central Asia, and licensees for local production.',
    confidential: 'Bill of materials per robot (USD 1,150 at 5,000 units), coating-abrasion test reports, fleet reliability data.',
    keywords: ['PV cleaning robot', 'waterless cleaning', 'solar O&M', 'desert', 'soiling'],
    sectors: ['ind-renewables', 'ind-robotics'],
    ipc: ['H02S 40/10', 'B08B 1/32', 'B25J 11/0085'],
    trl: 9,
    ipr: 'granted',
    patents: ['US10938891B2', 'EP3479187B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('USD', 300000, 1000000),
    to: ['CN', 'SA', 'AE', 'KZ', 'EG'],
    days: 152,
  },
  {
    key: 'il-negev-bifacial-tracker-control',
    owner: 'il-negev-solar',
    title: 'Machine-learning tracker control that raises bifacial PV yield by 3-6% using sky and ground albedo sensing',
    summary:
      'Software that sets each tracker row’s angle from irradiance, diffuse fraction, ground albedo and shading forecasts, instead of simple astronomical tracking. Field data from 400 MW show 3-6% more energy from bifacial modules.',
    description:
      'Bifacial modules collect light reflected from the ground, and the best tracker angle on cloudy days or over bright ground differs from the astronomical sun position. Negev Solar Dynamics has developed a controller that uses low-cost sky cameras and albedometers to estimate diffuse and reflected light and runs a model that predicts front and rear irradiance for each row, including inter-row shading. It sets angles every few minutes through standard tracker controller interfaces. At four plants totalling 400 MW the software raised annual energy by 3-6%, with higher gains at high latitudes and over snow or sand. The company offers the software under licence to tracker makers and plant owners.',
    keywords: ['solar tracker', 'bifacial PV', 'machine learning', 'albedo', 'energy yield'],
    sectors: ['ind-renewables', 'ind-ai-software'],
    ipc: ['H02S 20/32', 'F24S 50/20', 'G05B 13/048'],
    trl: 8,
    ipr: 'applied',
    patents: ['US20230344612A1'],
    coop: ['license'],
    price: money('USD', 100000, 500000),
    to: ['CN', 'US', 'ES', 'AU'],
    visibility: 'members',
    days: 275,
  },
  {
    key: 'il-carmel-soil-moisture-drip-controller',
    owner: 'il-carmel-tto',
    title: 'Plant-stress-driven drip irrigation controller combining soil moisture, sap flow and weather forecasts',
    summary:
      'An irrigation controller that doses drip irrigation valve by valve from soil moisture at two depths, stem sap-flow sensors and weather forecasts, saving 25-35% of water in orchards and vineyards without yield loss.',
    description:
      'Drip irrigation is efficient only if the amount and timing match crop demand, yet most growers irrigate on fixed schedules. The university has developed an algorithm that estimates plant water stress from soil moisture at two depths and from low-cost stem sap-flow sensors, and combines it with evapotranspiration forecasts to decide when and how long to open each valve. It runs on a solar-powered field controller that works with common valves and fertigation units. Trials in citrus, avocado, grapes and almonds over four seasons saved 25-35% of water and 20% of fertiliser with equal or higher yields. The university offers licences to irrigation equipment makers and agri-service companies, and field trials in new crops and climates.',
    zh: {
      title: '结合土壤湿度、茎流和天气预报、以作物胁迫驱动的滴灌控制器',
      summary:
        '一种灌溉控制器，根据两个深度的土壤湿度、茎秆液流传感器和天气预报逐阀控制滴灌，在果园和葡萄园中可节水 25-35% 且不减产。',
      description:
        '滴灌只有在灌水量和时机与作物需求匹配时才真正高效，但大多数种植者仍按固定时间表灌溉。该大学开发了一种算法，根据两个深度的土壤湿度和低成本茎秆液流传感器估算作物水分胁迫，并结合蒸散量预报决定每个阀门的开启时间和时长。算法运行在太阳能供电的田间控制器上，兼容常见阀门和水肥一体化设备。在柑橘、牛油果、葡萄和扁桃上进行的四个季节试验中，节水 25-35%、节肥 20%，产量持平或提高。大学向灌溉设备制造商和农业服务公司提供许可，并可在新的作物和气候条件下开展田间试验。',
    },
    confidential: 'Stress index formula and crop coefficients; four-season trial data per crop; proposed royalty 4% of controller sales.',
    keywords: ['drip irrigation', 'precision agriculture', 'water saving', 'soil moisture', 'sap flow', 'smart irrigation'],
    sectors: ['ind-agrifood', 'ind-environment'],
    ipc: ['A01G 25/167', 'G05B 19/042', 'G01N 33/246'],
    trl: 7,
    ipr: 'granted',
    patents: ['US11432483B2', 'IL271558B'],
    coop: ['license', 'technical_service'],
    price: money('ILS', 200000, 800000),
    to: ['CN', 'IN', 'ES', 'US', 'AU'],
    days: 62,
  },
  {
    key: 'il-carmel-cfdna-methylation-crc',
    owner: 'il-carmel-tto',
    title: 'Cell-free DNA methylation panel for blood-based early detection of colorectal cancer and advanced adenoma',
    summary:
      'A 48-region targeted methylation panel with a machine-learning classifier detects colorectal cancer from 10 ml of blood with 91% sensitivity at 94% specificity and finds 42% of advanced adenomas.',
    description:
      'Colonoscopy and stool tests reduce colorectal cancer deaths, but many people avoid them. A blood test could raise participation. Researchers at the university identified 48 genomic regions whose methylation in cell-free DNA distinguishes colorectal tumours and advanced adenomas from normal tissue and from other cancers. The targeted bisulfite-free enzymatic sequencing assay needs 10 ml of blood and standard sequencers. In a case-control study with 820 samples the test reached 91% sensitivity for cancer (83% for stage I) at 94% specificity, and 42% sensitivity for advanced adenomas. The university offers an exclusive licence by territory, with access to the biobank for further validation, to diagnostics companies with sequencing-based products.',
    confidential: 'Region list, classifier features and cut-offs; sample-level study data; licence term sheet (upfront USD 1 million, 6% royalty, exclusive for Greater China possible).',
    keywords: ['liquid biopsy', 'cell-free DNA', 'DNA methylation', 'colorectal cancer', 'early detection', 'cancer screening'],
    sectors: ['ind-biomedicine', 'ind-medical-devices'],
    ipc: ['C12Q 1/6886', 'G16B 20/00', 'G16B 40/20'],
    trl: 4,
    ipr: 'granted',
    patents: ['US11566303B2'],
    coop: ['license'],
    price: money('USD', 1000000, 3000000),
    to: ['CN', 'US', 'JP', 'KR'],
    days: 121,
  },
  {
    key: 'il-carmel-quantum-dot-swir-sensor',
    owner: 'il-carmel-tto',
    title: 'Colloidal quantum-dot short-wave infrared image sensor monolithically built on CMOS readout wafers',
    summary:
      'A PbS quantum-dot photodiode stack deposited on standard CMOS readout wafers gives SWIR cameras sensitive from 400 to 1,700 nm at a fraction of the cost of InGaAs, for machine vision, automotive and consumer 3D sensing.',
    description:
      'Short-wave infrared cameras see through fog and smoke, distinguish materials and work with eye-safe lasers, but InGaAs sensors are expensive because they must be hybridised to silicon chip by chip. Researchers at the university developed a quantum-dot photodiode stack processed at wafer level on top of CMOS readout circuits. Ligand exchange and a new hole-transport layer give an external quantum efficiency of 45% at 1,400 nm and dark current low enough for room-temperature operation. A 640 x 512 sensor with 5 µm pixels has been fabricated. The university seeks image sensor makers or foundries to license the stack and jointly develop products.',
    keywords: ['SWIR', 'quantum dots', 'image sensor', 'CMOS', 'infrared imaging', 'machine vision'],
    sectors: ['ind-semiconductors', 'ind-nev'],
    ipc: ['H01L 27/14649', 'H10K 39/32', 'H04N 25/70'],
    trl: 4,
    ipr: 'applied',
    patents: ['WO2023089567A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'TW', 'KR', 'US'],
    days: 206,
  },
  {
    key: 'il-carmel-electrochemical-antiscaling-ro',
    owner: 'il-carmel-tto',
    title: 'Electrochemical softening pre-treatment that raises brackish-water RO recovery from 75% to 92% without antiscalants',
    summary:
      'A cathodic precipitation reactor removes calcium carbonate and silica from RO concentrate so it can be recirculated, raising recovery to 92% and shrinking brine volumes by two thirds, with no chemical antiscalants.',
    description:
      'Brackish-water reverse osmosis plants are limited to 70-80% recovery because concentrated salts precipitate on membranes; the remaining brine is costly to dispose of inland. Researchers at the university developed an electrochemical reactor in which high pH near cathodes precipitates calcium carbonate and co-precipitates silica on removable scaffolds. Treating the concentrate and recirculating it raised recovery from 75% to 92% in a 10 m³/day pilot, with energy use of 0.3 kWh per m³ of product water and no antiscalant dosing. The university seeks water technology companies and utilities to license and scale up the reactor.',
    keywords: ['reverse osmosis', 'desalination', 'brine minimisation', 'scaling', 'electrochemical softening'],
    sectors: ['ind-environment'],
    ipc: ['C02F 1/4604', 'C02F 5/02', 'B01D 61/04'],
    trl: 5,
    ipr: 'applied',
    patents: ['IL289901A'],
    coop: ['license', 'joint_development'],
    price: money('ILS', 150000, 600000),
    to: ['CN', 'IN', 'SA', 'US'],
    status: 'draft',
    days: null,
  },
  {
    key: 'il-yarkon-inv-ai-cyber-fintech',
    kind: 'investment_offer',
    owner: 'il-yarkon-ventures',
    title: 'Seed and Series A investment in AI infrastructure, cybersecurity and fintech start-ups ready for Asian expansion',
    summary:
      'Yarkon Ventures invests USD 1-5 million per company in software start-ups with technical depth and early revenue, and supports expansion to Singapore, Hong Kong and the Greater Bay Area.',
    description:
      'The fund invests at seed and Series A in companies building AI infrastructure, applied machine learning for industry, cybersecurity and financial technology, including payments fraud detection, regtech and digital identity. Typical first tickets are USD 1-5 million, with follow-on reserves. The fund looks for teams with strong engineering, a product in use by paying customers and an interest in Asian markets. Through its network in Singapore and Shenzhen it helps with pilots at banks, insurers and manufacturers, and with compliance in each jurisdiction.',
    keywords: ['venture capital', 'fintech', 'cybersecurity', 'AI infrastructure', 'seed investment', 'Asia expansion'],
    sectors: ['ind-fintech', 'ind-ai-software', 'wipo-07'],
    trl: 6,
    ipr: 'none',
    coop: ['investment'],
    price: money('USD', 1000000, 5000000),
    to: ['IL', 'SG', 'HK', 'CN', 'US'],
    days: 59,
  },
  {
    key: 'il-yarkon-inv-agrifood-tech',
    kind: 'investment_offer',
    owner: 'il-yarkon-ventures',
    title: 'Agrifood-tech investments of ILS 3-15 million in water-efficient farming, alternative proteins and food safety',
    summary:
      'A dedicated agrifood-tech allocation for start-ups in precision irrigation, crop protection, alternative proteins and food-safety testing, with pilot access to farms and food processors in Israel and Asia.',
    description:
      'Yarkon Ventures has set aside part of its fund for agrifood technologies that save water, land and chemicals or make food safer. It invests ILS 3-15 million per company, at seed or Series A, in precision irrigation and sensing, biological crop protection, fermentation-based and cultivated proteins, and rapid food-safety diagnostics. The fund arranges pilots with cooperative farms, food processors and, through partners, with growers and retailers in China and Southeast Asia. Start-ups should have lab or field data and a regulatory pathway for their first market.',
    keywords: ['agrifood tech', 'alternative protein', 'precision irrigation', 'food safety', 'venture investment'],
    sectors: ['ind-agrifood', 'ind-biomedicine', 'wipo-18'],
    trl: 5,
    ipr: 'none',
    coop: ['investment'],
    price: money('ILS', 3000000, 15000000),
    to: ['IL', 'CN', 'SG', 'IN'],
    days: 233,
    deadline: 180,
  },
];

const unitedStates: Spec[] = [
  {
    key: 'us-greatlakes-single-ion-polymer-electrolyte',
    owner: 'us-great-lakes-otc',
    title: 'Single-ion-conducting polymer electrolyte for lithium-metal solid-state batteries with transference number above 0.9',
    summary:
      'A crosslinked polymer electrolyte with anions tethered to the backbone conducts only lithium ions (t+ > 0.9) at 0.5 mS/cm at 30 °C, suppressing dendrites and enabling lithium-metal cells that cycle at room temperature.',
    description:
      'Solid polymer electrolytes are easy to process and flexible, but classic PEO-based systems conduct well only above 60 °C, and mobile anions build up concentration gradients that promote lithium dendrites. Researchers at the university have developed a crosslinked network in which weakly coordinating borate anions are covalently bound to a polycarbonate-siloxane backbone, plasticised with a small fraction of a non-flammable solvent. The membrane reaches 0.5 mS/cm at 30 °C with a lithium transference number above 0.9 and is stable to 4.5 V versus lithium. Lithium-metal/NMC622 cells with a 20 µm membrane cycled 600 times at C/2 at room temperature with 85% retention, and symmetric cells showed no short circuit at 1 mA/cm². The electrolyte is made by UV curing and can be coated roll-to-roll onto cathodes. The university offers an exclusive or field-limited licence and sponsored research for cell-level optimisation.',
    zh: {
      title: '锂离子迁移数高于 0.9 的单离子导体聚合物电解质，适用于锂金属固态电池',
      summary:
        '一种阴离子固定于主链的交联聚合物电解质，只传导锂离子（t+ > 0.9），30 °C 时电导率 0.5 mS/cm，可抑制枝晶，使锂金属电池在室温下循环。',
      description:
        '固态聚合物电解质易于加工、柔韧，但传统 PEO 体系只有在 60 °C 以上才有良好的电导率，而且可移动阴离子会形成浓度梯度，促进锂枝晶生长。该大学研究人员开发了一种交联网络，将弱配位硼酸根阴离子共价键合在聚碳酸酯-硅氧烷主链上，并用少量不燃溶剂增塑。该膜在 30 °C 时电导率达 0.5 mS/cm，锂离子迁移数高于 0.9，对锂电化学窗口达 4.5 V。采用 20 微米电解质膜的锂金属/NMC622 电池在室温下以 C/2 循环 600 次，容量保持率 85%；对称电池在 1 mA/cm² 下未发生短路。该电解质通过紫外固化制备，可卷对卷涂布于正极上。大学提供独占或限定领域许可，以及面向电芯层面优化的委托研究。',
    },
    confidential:
      'Monomer structures and crosslinker ratio, UV-curing conditions, full cycling data set. Licence benchmark: USD 150,000 upfront, 3% running royalty on electrolyte sales, annual minimums from year 4.',
    keywords: ['solid-state battery', 'polymer electrolyte', 'single-ion conductor', 'lithium metal', 'dendrite suppression'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'ind-nev'],
    ipc: ['H01M 10/0565', 'C08G 64/18', 'H01M 4/382'],
    trl: 4,
    ipr: 'granted',
    patents: ['US11502334B2'],
    coop: ['license', 'joint_development'],
    price: money('USD', 150000, 600000),
    to: ['CN', 'KR', 'JP', 'US'],
    days: 34,
  },
  {
    key: 'us-greatlakes-printable-aluminium-alloy',
    owner: 'us-great-lakes-otc',
    title: 'Crack-free high-strength aluminium alloy for laser powder bed fusion with 480 MPa yield strength after ageing',
    summary:
      'An Al-Mn-Mg-Sc-Zr composition with a nucleant addition prints without hot cracking and reaches 480 MPa yield strength and 12% elongation, for lightweight aerospace, automotive and heat-exchanger parts.',
    description:
      'High-strength aluminium alloys such as 7075 crack when printed by laser powder bed fusion, so printed aluminium parts are mostly made of weaker AlSi10Mg. University researchers designed an alloy with manganese and magnesium in supersaturated solution and a small amount of scandium and zirconium plus titanium-boride nucleants that give a fine equiaxed grain structure. Printed coupons are crack-free at standard build rates, and after a single ageing step reach 480 MPa yield strength, 520 MPa tensile strength and 12% elongation, with good strength retention up to 250 °C. The alloy can be atomised on standard lines. The university seeks powder producers and additive manufacturing companies to license the composition and co-develop qualification data.',
    confidential: 'Exact composition ranges, nucleant particle size and ageing schedule (325 °C, 4 h); fatigue data at 10^7 cycles.',
    keywords: ['additive manufacturing', 'aluminium alloy', 'laser powder bed fusion', '3D printing', 'lightweight'],
    sectors: ['ind-new-materials', 'ind-aerospace', 'ind-nev'],
    ipc: ['C22C 21/06', 'B22F 10/28', 'B33Y 70/00'],
    trl: 5,
    ipr: 'granted',
    patents: ['US11359638B2', 'EP3814542B1'],
    coop: ['license', 'assignment'],
    price: money('USD', 200000, 800000),
    to: ['CN', 'DE', 'JP', 'US'],
    days: 147,
  },
  {
    key: 'us-greatlakes-base-edited-drought-maize',
    owner: 'us-great-lakes-otc',
    title: 'Base-edited maize promoter variants that improve drought tolerance at flowering without yield penalty',
    summary:
      'Precise cytosine base edits in the promoter of a maize transcription factor raise drought tolerance during flowering, giving 9-14% higher yield under water stress in two seasons of field trials with no penalty under irrigation.',
    description:
      'Drought at flowering is the largest cause of maize yield loss, and transgenic drought traits face long approval processes. University researchers identified cis-regulatory elements that control a drought-responsive transcription factor and used cytosine base editing to create promoter variants with moderately increased expression under stress. The edited lines contain no foreign DNA and are comparable to natural variation. In managed-stress field trials over two seasons, hybrids carrying the edits yielded 9-14% more under drought at flowering and the same as controls under full irrigation. The university offers licences to seed companies to introduce the edits into their elite germplasm, with access to the editing constructs and field data.',
    keywords: ['gene editing', 'base editing', 'maize', 'drought tolerance', 'crop breeding', 'CRISPR'],
    sectors: ['ind-agrifood', 'ind-biomedicine'],
    ipc: ['C12N 15/8273', 'A01H 6/4684', 'C12N 9/22'],
    trl: 5,
    ipr: 'applied',
    patents: ['US20240052311A1'],
    coop: ['license'],
    to: ['CN', 'BR', 'AR', 'US'],
    visibility: 'members',
    days: 189,
  },
  {
    key: 'us-greatlakes-sweat-lactate-patch',
    owner: 'us-great-lakes-otc',
    title: 'Battery-free microfluidic sweat patch that reads lactate, sodium and sweat rate with a smartphone NFC tap',
    summary:
      'A skin-worn patch with microfluidic channels and enzymatic sensors measures lactate, sodium and sweat loss during exercise or work in heat, read wirelessly by a phone; it costs under USD 2 to make.',
    description:
      'Athletes, soldiers and workers in hot environments risk dehydration and heat illness, but sweat analysis has required lab equipment. University researchers developed a thin, soft patch in which sweat flows through a serpentine microfluidic channel with colorimetric and electrochemical sensing zones. Sweat rate is read from the fill level, sodium from an ion-selective electrode and lactate from an enzymatic sensor, powered and read by an NFC chip when a phone touches the patch. Studies with 60 participants correlated well with lab measurements. The patch is made by roll-to-roll printing. The university seeks consumer health, sportswear and occupational safety companies as licensees.',
    keywords: ['wearable sensor', 'sweat analysis', 'microfluidics', 'NFC', 'digital health', 'heat stress'],
    sectors: ['ind-medical-devices', 'ind-digital-creative'],
    ipc: ['A61B 5/14517', 'A61B 5/0002', 'B01L 3/502707'],
    trl: 5,
    ipr: 'granted',
    patents: ['US11123011B2'],
    coop: ['license'],
    price: money('USD', 75000, 250000),
    to: ['CN', 'KR', 'JP', 'US'],
    status: 'withdrawn',
    days: 318,
  },
  {
    key: 'us-greatlakes-rdp-battery-aging-data',
    kind: 'rd_partnership',
    owner: 'us-great-lakes-otc',
    title: 'Open battery-ageing data consortium: partners sought to share cycling data and co-develop lifetime models',
    summary:
      'University battery researchers are forming a pre-competitive consortium in which cell makers, automakers and storage operators share anonymised ageing data to train and validate open lifetime-prediction models.',
    description:
      'Every battery company runs its own ageing tests, but models trained on one data set rarely transfer to other chemistries or use patterns. The university proposes a consortium in which members contribute cycling and calendar-ageing data in a common format, anonymised by a trusted party, and jointly fund the development of open lifetime-prediction models and benchmarks. Members get early access to models and data; results are published after a 12-month embargo. The university brings a test lab with 800 channels and modelling groups. It seeks cell makers, automotive OEMs, storage integrators and research institutes from North America, Europe and Asia. Membership fee is USD 60,000 per year.',
    keywords: ['battery ageing', 'open data', 'lifetime prediction', 'consortium', 'battery modelling'],
    sectors: ['ind-energy-storage', 'ind-ai-software', 'wipo-10'],
    ipc: ['G01R 31/392'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    price: money('USD', 60000, 60000),
    to: ['CN', 'KR', 'JP', 'DE', 'US'],
    days: 8,
    deadline: 120,
  },
  {
    key: 'us-cascadia-aem-electrolyser-stack',
    owner: 'us-cascadia-hydrogen',
    title: 'PGM-free anion exchange membrane (AEM) electrolyser stack at 2 A/cm² with nickel-iron catalysts',
    summary:
      'An AEM electrolyser stack that runs on dilute potassium hydroxide with nickel-iron anode and nickel-molybdenum cathode catalysts, reaching 2 A/cm² at 1.9 V and 60 °C with a degradation rate below 5 µV/h over 5,000 hours.',
    description:
      'Green hydrogen costs are driven by electrolyser capital cost and electricity. PEM electrolysers need iridium and platinum and expensive titanium parts; alkaline electrolysers are cheap but bulky and slow to follow renewable power. Cascadia Hydrogen Systems has developed AEM stacks that combine the compact design and dynamic operation of PEM with the low-cost materials of alkaline systems. Proprietary membranes and ionomers, together with nickel-iron layered double hydroxide anodes and nickel-molybdenum cathodes on stainless-steel porous transport layers, reach 2 A/cm² at 1.9 V in 1 M KOH at 60 °C. A 50 kW stack has operated for 5,000 hours with less than 5 µV/h degradation and has been cycled with a solar profile. Hydrogen is produced at 30 bar differential pressure. Cascadia seeks manufacturing licensees, joint development partners for megawatt-scale modules and strategic investors, and is particularly interested in partners with electrolyser production in China.',
    zh: {
      title: '采用镍铁催化剂、电流密度 2 A/cm² 的无铂族金属阴离子交换膜（AEM）电解槽电堆',
      summary:
        '一种以稀氢氧化钾溶液运行的 AEM 电解槽电堆，阳极采用镍铁催化剂、阴极采用镍钼催化剂，在 60 °C、1.9 V 下电流密度达 2 A/cm²，5,000 小时衰减率低于 5 µV/h。',
      description:
        '绿氢成本取决于电解槽投资和电价。PEM 电解槽需要铱、铂和昂贵的钛部件；碱性电解槽虽便宜，但体积大、难以快速跟随可再生能源功率波动。Cascadia Hydrogen Systems 开发的 AEM 电堆兼具 PEM 的紧凑设计和动态运行能力与碱性体系的低成本材料。自主开发的膜和离聚物，配合不锈钢多孔传输层上的镍铁层状双氢氧化物阳极和镍钼阴极，在 1 M KOH、60 °C 下于 1.9 V 达到 2 A/cm²。一台 50 kW 电堆已运行 5,000 小时，衰减低于 5 µV/h，并按光伏出力曲线进行了循环测试。氢气以 30 bar 压差产出。Cascadia 寻求制造许可方、兆瓦级模块联合开发伙伴和战略投资者，尤其希望与在中国拥有电解槽产能的伙伴合作。',
    },
    confidential:
      'Membrane chemistry (poly(aryl piperidinium) with proprietary crosslinker), catalyst loading and deposition, stack BOM cost (USD 95/kW at 100 MW/year). Licence term sheet: USD 2 million upfront, 4% royalty on stack sales.',
    keywords: ['AEM electrolyser', 'green hydrogen', 'water electrolysis', 'PGM-free catalyst', 'anion exchange membrane', 'hydrogen production'],
    sectors: ['ind-renewables', 'ind-energy-storage', 'ind-new-materials'],
    ipc: ['C25B 1/04', 'C25B 9/23', 'C25B 11/077', 'C25B 13/08'],
    trl: 6,
    ipr: 'granted',
    patents: ['US11613819B2', 'US11365003B2', 'EP3918652B1'],
    coop: ['license', 'joint_development', 'investment'],
    price: money('USD', 2000000, 6000000),
    to: ['CN', 'IN', 'DE', 'AU', 'SA'],
    days: 23,
  },
  {
    key: 'us-cascadia-low-iridium-pem-anode',
    owner: 'us-cascadia-hydrogen',
    title: 'Low-iridium PEM electrolyser anode with 0.1 mg/cm² loading on a conductive oxide support',
    summary:
      'An iridium oxide catalyst dispersed as a thin shell on a conductive antimony-free tin oxide support cuts iridium loading tenfold to 0.1 mg/cm² while keeping PEM cell voltage at 1.8 V at 2 A/cm².',
    description:
      'PEM electrolysers use about 0.5-1 kg of iridium per megawatt, and global iridium supply cannot support multi-gigawatt deployment. Cascadia has developed a catalyst in which iridium oxide forms a 2 nm shell on a niobium-doped tin oxide support that is conductive and stable at anode potentials. Combined with a tailored ionomer content and a platinum-coated porous transport layer, catalyst-coated membranes with 0.1 mg Ir/cm² run at 1.8 V at 2 A/cm² and 80 °C and have completed 3,000 hours of accelerated stress tests with acceptable degradation. The catalyst is made by a scalable wet-chemical process. Cascadia seeks catalyst producers and CCM makers as licensees or joint development partners.',
    zh: {
      title: '铱载量 0.1 mg/cm²、采用导电氧化物载体的低铱 PEM 电解槽阳极',
      summary: '以薄壳形式分散在导电无锑氧化锡载体上的氧化铱催化剂，使铱载量降低十倍至 0.1 mg/cm²，同时在 2 A/cm² 下保持 1.8 V 的 PEM 电池电压。',
      description: 'PEM 电解槽每兆瓦约需 0.5-1 公斤铱，全球铱供应无法支撑数十吉瓦级的部署。Cascadia 开发了一种催化剂：氧化铱在铌掺杂氧化锡载体上形成 2 纳米的壳层，该载体导电且在阳极电位下稳定。结合优化的离聚物含量和镀铂多孔传输层，铱载量 0.1 mg/cm² 的膜电极在 80 °C、2 A/cm² 下电压为 1.8 V，并已完成 3,000 小时加速应力测试，衰减在可接受范围内。催化剂采用可放大的湿化学工艺制备。Cascadia 寻求催化剂生产商和膜电极制造商作为被许可方或联合开发伙伴。',
    },
    confidential: 'Support synthesis route, Ir deposition method, AST protocol results and scale-up yield at 1 kg/batch.',
    keywords: ['PEM electrolyser', 'iridium reduction', 'catalyst', 'green hydrogen', 'catalyst-coated membrane'],
    sectors: ['ind-renewables', 'ind-new-materials'],
    ipc: ['C25B 11/091', 'C25B 11/081', 'B01J 23/468'],
    trl: 5,
    ipr: 'applied',
    patents: ['US20230295012A1', 'WO2023177741A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'JP', 'KR', 'DE'],
    days: 161,
  },
  {
    key: 'us-cascadia-fund-series-b',
    kind: 'funding_request',
    owner: 'us-cascadia-hydrogen',
    title: 'Series B of USD 30-40 million to build a 500 MW/year AEM electrolyser stack factory',
    summary:
      'Cascadia Hydrogen Systems raises a Series B to industrialise stack production, complete a 1 MW demonstration with a utility and open a second manufacturing site through a licensing partner in Asia.',
    description:
      'Cascadia has 50 kW stacks in field operation and a signed 1 MW demonstration with a utility in the Pacific Northwest. The Series B of USD 30-40 million will fund a highly automated stack assembly line of 500 MW per year, membrane production scale-up and certification. The company also plans to license stack production to a partner in Asia for regional markets, and welcomes strategic investors from industrial gases, energy and equipment manufacturing, including Chinese and Japanese groups. Existing investors include a climate fund and a federal hydrogen hub grant.',
    confidential: 'Pre-money USD 140 million; order backlog 38 MW of letters of intent; federal grant USD 12 million.',
    keywords: ['Series B', 'hydrogen', 'electrolyser manufacturing', 'climate tech', 'growth equity'],
    sectors: ['ind-renewables', 'ind-energy-storage', 'wipo-21'],
    trl: 7,
    ipr: 'granted',
    patents: ['US11613819B2'],
    coop: ['investment'],
    price: money('USD', 30000000, 40000000),
    to: ['US', 'JP', 'CN', 'DE', 'SA'],
    days: 67,
    deadline: 200,
  },
  {
    key: 'us-bayfront-adc-cleavable-linker',
    owner: 'us-bayfront-therapeutics',
    title: 'Hydrophilic glucuronide-sulfonamide linker platform for antibody-drug conjugates with high plasma stability and DAR 8',
    summary:
      'A cleavable linker that releases payload only inside tumour cells, stays stable in plasma (less than 2% payload loss in 7 days) and allows drug-to-antibody ratio 8 without aggregation, widening the therapeutic window of ADCs.',
    description:
      'Antibody-drug conjugates are among the fastest-growing cancer therapies, but many suffer from premature payload release in blood, causing toxicity, and from aggregation when many hydrophobic payloads are attached. Bayfront Therapeutics has developed a linker family that combines a β-glucuronide trigger cleaved by lysosomal enzymes with a hydrophilic sulfonamide spacer and site-specific conjugation. Conjugates with topoisomerase-I inhibitor payloads at DAR 8 showed less than 2% payload loss in human and cynomolgus plasma over 7 days, low aggregation and tumour regression in four xenograft models at doses that were well tolerated. The platform is compatible with several payload classes. Bayfront offers non-exclusive research licences and exclusive target-specific licences to antibody developers, with milestone and royalty terms, and collaborations in which it makes the conjugates.',
    zh: {
      title: '亲水性葡萄糖醛酸-磺酰胺连接子平台：高血浆稳定性、DAR 8 的抗体偶联药物',
      summary:
        '一种可裂解连接子，仅在肿瘤细胞内释放载荷，在血浆中保持稳定（7 天载荷损失低于 2%），并可在不聚集的情况下实现药物抗体比 8，扩大 ADC 的治疗窗口。',
      description:
        '抗体偶联药物是增长最快的抗癌疗法之一，但许多 ADC 存在载荷在血液中过早释放导致毒性的问题，以及偶联大量疏水载荷时发生聚集的问题。Bayfront Therapeutics 开发了一个连接子家族，将溶酶体酶可裂解的 β-葡萄糖醛酸苷触发单元与亲水性磺酰胺间隔基及定点偶联技术相结合。搭载拓扑异构酶 I 抑制剂、DAR 为 8 的偶联物在人和食蟹猴血浆中 7 天载荷损失低于 2%，聚集率低，并在四种异种移植模型中以耐受良好的剂量实现肿瘤消退。该平台兼容多类载荷。Bayfront 向抗体开发商提供非独占研究许可和按靶点独占许可（含里程碑付款和销售分成），也可开展由其负责偶联的合作。',
    },
    confidential:
      'Linker chemical structures, conjugation process, PK and tolerability data in cynomolgus monkeys. Typical deal: USD 5-10 million upfront per target, up to USD 250 million in milestones, mid single-digit royalties.',
    keywords: ['antibody-drug conjugate', 'ADC linker', 'oncology', 'bioconjugation', 'targeted therapy'],
    sectors: ['ind-biomedicine'],
    ipc: ['A61K 47/6889', 'A61K 47/6851', 'A61P 35/00', 'C07H 15/203'],
    trl: 4,
    ipr: 'granted',
    patents: ['US11478553B2', 'US11744875B2', 'EP3829722B1'],
    coop: ['license', 'joint_development'],
    price: money('USD', 5000000, 10000000),
    to: ['CN', 'US', 'KR', 'JP'],
    days: 50,
  },
  {
    key: 'us-bayfront-oral-peptide-permeation',
    owner: 'us-bayfront-therapeutics',
    title: 'Oral tablet formulation for GLP-1 and other peptides using a medium-chain fatty acid permeation enhancer with pH-modulating core',
    summary:
      'A bilayer tablet with a local pH modulator and a permeation enhancer raises oral bioavailability of GLP-1 analogues to 2-3% in dogs, about three times a reference formulation, allowing lower peptide doses.',
    description:
      'Oral peptides such as GLP-1 agonists for diabetes and obesity are popular with patients, but bioavailability is below 1%, so large amounts of expensive peptide are needed. Bayfront has developed a bilayer tablet: one layer releases a buffering agent that protects the peptide from pepsin and sets the local pH, while the second releases the peptide with a medium-chain fatty acid permeation enhancer in a controlled sequence at the stomach wall. In dogs the formulation gave 2-3% bioavailability for two GLP-1 analogues, about three times a reference, with low variability. Manufacturing uses conventional tableting. Bayfront seeks pharmaceutical companies with peptide programmes for licence and co-development.',
    confidential: 'Buffer and enhancer ratio, tablet layer design and dog PK curves for two analogues; proposed deal structure with upfront and milestones.',
    keywords: ['oral peptide delivery', 'GLP-1', 'permeation enhancer', 'tablet formulation', 'diabetes', 'obesity'],
    sectors: ['ind-biomedicine'],
    ipc: ['A61K 9/209', 'A61K 38/26', 'A61K 47/12', 'A61P 3/10'],
    trl: 4,
    ipr: 'applied',
    patents: ['WO2024031177A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'IN', 'US', 'KR'],
    days: 97,
  },
  {
    key: 'us-bayfront-req-glp1-api-supplier',
    kind: 'technology_request',
    owner: 'us-bayfront-therapeutics',
    title: 'Sought: GMP supplier or co-developer of long-acting GLP-1 peptide API by recombinant or hybrid synthesis',
    summary:
      'Bayfront seeks a manufacturer that can supply GLP-1 analogue active ingredient in kilogram quantities under GMP, or co-develop a cost-efficient recombinant-plus-chemical process, for its oral tablet programme.',
    description:
      'For clinical development of its oral GLP-1 tablets, Bayfront needs 5-20 kg per year of a long-acting GLP-1 analogue, rising to tonne scale at launch. It seeks a partner that either has a drug master file for a suitable analogue or can develop a process combining recombinant expression of the peptide backbone with chemical acylation. Requirements include purity above 98.5%, GMP certification acceptable to FDA inspection, and cost competitiveness. Chinese peptide manufacturers with FDA-inspected sites are explicitly invited; co-development with shared IP is possible.',
    keywords: ['peptide API', 'GLP-1', 'GMP manufacturing', 'recombinant expression', 'supply agreement'],
    sectors: ['ind-biomedicine'],
    ipc: ['C07K 14/605', 'C12P 21/02'],
    trl: 6,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('USD', 1000000, 5000000),
    to: ['CN', 'IN', 'KR'],
    visibility: 'members',
    days: 44,
    deadline: 90,
  },
  {
    key: 'us-mesa-inv-energy-transition-hardware',
    kind: 'investment_offer',
    owner: 'us-mesa-climate',
    title: 'Growth investment of USD 5-20 million for energy-transition hardware companies scaling manufacturing',
    summary:
      'Mesa Climate Capital leads or co-leads Series B and C rounds in companies that build physical products for storage, hydrogen, grid and industrial decarbonisation and are ready to scale manufacturing.',
    description:
      'Mesa invests USD 5-20 million per company at Series B or C. Target companies have a commercial product or late-stage pilot, customer contracts or binding letters of intent, and a manufacturing plan. Sectors include stationary storage, power electronics and grid equipment, hydrogen production and use, industrial heat, and low-carbon materials. The fund helps with project finance, government incentive programmes, and supply chains, including sourcing components from Asia and structuring licensing deals for Asian manufacturing. Companies from North America, Europe and Israel are considered; Asian companies entering the US market are also of interest.',
    keywords: ['growth equity', 'climate tech', 'energy storage', 'hydrogen', 'manufacturing scale-up'],
    sectors: ['ind-energy-storage', 'ind-renewables', 'ind-environment', 'wipo-01'],
    trl: 7,
    ipr: 'none',
    coop: ['investment'],
    price: money('USD', 5000000, 20000000),
    to: ['US', 'CA', 'DE', 'IL', 'CN'],
    days: 80,
  },
  {
    key: 'us-mesa-inv-water-industrial-decarb',
    kind: 'investment_offer',
    owner: 'us-mesa-climate',
    title: 'Thematic fund allocation: industrial water reuse and process-heat decarbonisation, USD 3-10 million per company',
    summary:
      'Mesa invests in technologies that cut water use and fossil heat in heavy industry, such as membranes, heat pumps above 150 °C, thermal storage and electrified kilns, with a preference for proven pilots at industrial sites.',
    description:
      'Heavy industries such as chemicals, food processing, textiles and mining consume large amounts of water and fossil heat, and face tightening rules in the US, Europe and China. Mesa has created an allocation for companies that offer proven technologies to these sectors: advanced membranes and zero-liquid-discharge systems, high-temperature heat pumps, thermal energy storage and electrified process equipment. Tickets are USD 3-10 million. Eligible companies should have at least one pilot at an industrial site with verified savings. Mesa connects portfolio companies with industrial partners for first commercial projects.',
    keywords: ['industrial decarbonisation', 'water reuse', 'heat pump', 'thermal storage', 'investment'],
    sectors: ['ind-environment', 'ind-renewables', 'wipo-24', 'wipo-30'],
    trl: 6,
    ipr: 'none',
    coop: ['investment'],
    price: money('USD', 3000000, 10000000),
    to: ['US', 'NL', 'DE', 'CN', 'IN'],
    status: 'expired',
    days: 392,
  },
];

const canadaAndJapan: Spec[] = [
  {
    key: 'ca-montroyal-federated-imaging-models',
    owner: 'ca-montroyal-ai',
    title: 'Federated learning toolkit with differential privacy for training medical imaging models across hospitals without sharing images',
    summary:
      'Software that trains segmentation and classification models across hospital sites while images stay on premises, with secure aggregation and differential privacy. Models trained on 11 sites matched pooled-data accuracy within 1%.',
    description:
      'Medical imaging AI needs large and diverse data, but privacy laws and hospital policies often forbid moving images across institutions or borders. The institute has developed a federated learning toolkit in which each hospital trains locally on a standard GPU server, and only encrypted model updates are combined by secure aggregation. Differential privacy bounds what can be inferred about any patient, and built-in harmonisation handles different scanners and label conventions. In a study with 11 hospitals on chest X-ray and brain MRI tasks, federated models came within 1% of models trained on pooled data and outperformed single-site models by 6-15%. The toolkit integrates with DICOM archives and common deep-learning frameworks. The institute licenses the toolkit to medical AI companies and hospital networks and offers joint projects, including cross-border networks where data cannot leave the country.',
    zh: {
      title: '带差分隐私的联邦学习工具包：在不共享影像的情况下跨医院训练医学影像模型',
      summary:
        '一款软件，在影像留存于本地的前提下跨多家医院训练分割和分类模型，采用安全聚合和差分隐私。在 11 家医院训练的模型与集中数据训练的模型精度差距在 1% 以内。',
      description:
        '医学影像人工智能需要大量多样的数据，但隐私法规和医院政策往往禁止影像跨机构或跨境流动。本研究院开发了一款联邦学习工具包：各医院在普通 GPU 服务器上本地训练，仅将加密的模型更新通过安全聚合进行合并。差分隐私限制了可推断出的任何患者信息，内置的数据协调功能可处理不同扫描设备和标注习惯。在一项涉及 11 家医院、针对胸部 X 光和脑部 MRI 任务的研究中，联邦模型与集中数据训练的模型相差不到 1%，比单中心模型高出 6-15%。工具包可与 DICOM 影像归档及常用深度学习框架集成。研究院向医学人工智能企业和医院网络许可该工具包，并可开展联合项目，包括数据不能出境的跨境网络。',
    },
    confidential: 'Privacy accounting parameters (epsilon 3-8 per training run), harmonisation method details, per-site results of the 11-hospital study.',
    keywords: ['federated learning', 'differential privacy', 'medical imaging AI', 'data privacy', 'multi-centre study'],
    sectors: ['ind-ai-software', 'ind-medical-devices'],
    ipc: ['G06N 3/098', 'G16H 30/40', 'G06F 21/6245'],
    trl: 6,
    ipr: 'secret_know_how',
    coop: ['license', 'joint_development', 'technical_service'],
    price: money('CAD', 100000, 400000),
    to: ['CN', 'SG', 'KR', 'FR'],
    days: 46,
  },
  {
    key: 'ca-montroyal-patent-translation-llm',
    owner: 'ca-montroyal-ai',
    title: 'Domain-adapted language model for Chinese-English patent and technical document translation with terminology control',
    summary:
      'A translation model fine-tuned on aligned patent families and technical standards, with glossary enforcement and claim-structure preservation, reaching 6-9 BLEU points above general-purpose engines on patent claims.',
    description:
      'Technology transfer between China and other regions depends on reading patents, standards and technical profiles in another language, and general machine translation often mistranslates technical terms and breaks the structure of patent claims. The institute has fine-tuned a mid-sized transformer model on several million aligned sentence pairs from patent families filed in China and elsewhere, plus bilingual technical standards. A terminology module enforces customer glossaries, and a claim-aware decoder keeps claim numbering and references consistent. On held-out claims the model scores 6-9 BLEU points above general-purpose engines and was preferred by professional patent translators in 71% of blind comparisons. It runs on a single GPU on premises, so confidential documents never leave the user’s network. The institute offers licences to IP service firms, technology transfer platforms and translation companies.',
    zh: {
      title: '面向中英专利及技术文献翻译、支持术语控制的领域自适应语言模型',
      summary:
        '一个在对齐的专利族和技术标准语料上微调的翻译模型，支持术语表强制与权利要求结构保持，在专利权利要求翻译上比通用引擎高出 6-9 个 BLEU 点。',
      description:
        '中国与其他地区之间的技术转移有赖于阅读另一种语言的专利、标准和技术资料，而通用机器翻译常常误译技术术语，并破坏专利权利要求的结构。本研究院在数百万对来自中国及其他地区同族专利的对齐句子以及双语技术标准上微调了一个中等规模的 Transformer 模型。术语模块可强制执行客户术语表，权利要求感知解码器可保持权利要求编号和引用的一致性。在预留的权利要求测试集上，该模型比通用引擎高出 6-9 个 BLEU 点，专业专利译员在 71% 的盲评中更偏好其译文。模型可在单块 GPU 上本地运行，机密文件不会离开用户网络。研究院向知识产权服务机构、技术转移平台和翻译公司提供许可。',
    },
    confidential: 'Training corpus composition and licensing status, model size (3.8B parameters), evaluation sets and licence price list (CAD 60,000 per year per site).',
    keywords: ['machine translation', 'patent translation', 'large language model', 'terminology', 'Chinese-English', 'NLP'],
    sectors: ['ind-ai-software', 'ind-digital-creative'],
    ipc: ['G06F 40/58', 'G06F 40/242', 'G06N 3/0455'],
    trl: 7,
    ipr: 'secret_know_how',
    coop: ['license', 'technical_service'],
    price: money('CAD', 60000, 300000),
    to: ['CN', 'HK', 'SG', 'TW', 'DE'],
    days: 11,
  },
  {
    key: 'ca-montroyal-gnn-payment-fraud',
    owner: 'ca-montroyal-ai',
    title: 'Graph neural network for real-time payment fraud and money-mule detection with explainable alerts',
    summary:
      'A temporal graph neural network scores card and instant payments in under 30 ms using the network of accounts, devices and merchants, catching 35% more fraud than rule engines at the same alert volume and explaining each alert.',
    description:
      'Fraud rings and money-mule networks spread activity across many accounts, so transaction-by-transaction scoring misses them. The institute has developed a temporal graph neural network that maintains a continuously updated graph of accounts, cards, devices, IP addresses and merchants, and scores each payment in under 30 ms using the neighbourhood of the involved entities. In a deployment with a Canadian bank on instant payments it caught 35% more fraud value than the existing rule engine at the same number of alerts and exposed 40 mule networks. Each alert comes with the subgraph and features that drove the score, which supports analysts and regulatory explainability requirements. The institute offers licences and joint deployment projects with banks, payment processors and fintech companies.',
    confidential: 'Model architecture, graph schema, feature list, and the bank pilot evaluation report (anonymised).',
    keywords: ['fraud detection', 'graph neural network', 'anti-money laundering', 'instant payments', 'explainable AI', 'fintech'],
    sectors: ['ind-fintech', 'ind-ai-software'],
    ipc: ['G06Q 20/4016', 'G06N 3/042', 'G06Q 40/02'],
    trl: 7,
    ipr: 'applied',
    patents: ['US20240086921A1', 'CA3197654A1'],
    coop: ['license', 'joint_development'],
    price: money('CAD', 150000, 600000),
    to: ['CN', 'HK', 'SG', 'GB', 'US'],
    days: 131,
  },
  {
    key: 'ca-montroyal-rdp-climate-nowcasting',
    kind: 'rd_partnership',
    owner: 'ca-montroyal-ai',
    title: 'Research partners wanted: machine-learning precipitation nowcasting for flood early warning in coastal megacities',
    summary:
      'The institute seeks meteorological services, cities and universities to co-develop and validate deep-learning radar nowcasting for 0-3 hour heavy-rain warnings, with pilot cities in different climates.',
    description:
      'Short, intense rainfall causes urban flash floods, and numerical weather models update too slowly to warn minutes to hours ahead. The institute has developed generative deep-learning models that extrapolate weather radar images and merge them with satellite and ground observations. It seeks partners for a joint research project: national or city meteorological services providing radar archives and operational evaluation, city drainage authorities to link forecasts to flood models, and universities with expertise in hydrology. Pilot regions in subtropical coastal cities, such as the Pearl River Delta, are of particular interest. The project would be funded through bilateral science programmes and partner contributions.',
    keywords: ['nowcasting', 'weather radar', 'flood early warning', 'deep learning', 'smart city', 'climate adaptation'],
    sectors: ['ind-smart-city', 'ind-ai-software', 'ind-environment', 'wipo-10'],
    ipc: ['G01W 1/10', 'G06N 3/0475'],
    trl: 2,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'HK', 'SG', 'IN'],
    days: 94,
    deadline: 180,
  },
  {
    key: 'ca-prairie-variable-rate-seeding',
    owner: 'ca-prairie-agronomics',
    title: 'Variable-rate seeding and fertiliser prescriptions from satellite imagery, yield maps and soil electrical conductivity',
    summary:
      'Software that builds management zones from multi-year satellite biomass, yield monitor data and soil conductivity surveys and exports seeding and fertiliser prescriptions to common tractor terminals, raising margins by CAD 25-60 per hectare.',
    description:
      'Broad-acre fields vary widely in soil and yield potential, but most are seeded and fertilised uniformly. Prairie Precision Agronomics has developed software that combines ten years of satellite vegetation indices, yield-monitor data and soil electrical conductivity maps into management zones, estimates yield response per zone from on-farm trials, and produces variable-rate prescriptions in ISO-XML and shapefile formats for the main tractor terminal brands. On 180,000 hectares of wheat, canola and pulses, growers raised net margins by CAD 25-60 per hectare through seed and nitrogen savings and yield gains. The company offers the software under licence or white-label to agricultural machinery makers, co-operatives and agronomy service providers, and seeks partners to adapt it to maize, soybean and rice in Asia.',
    zh: {
      title: '基于卫星影像、产量图和土壤电导率的变量播种与施肥处方',
      summary:
        '一款软件，利用多年卫星生物量、产量监测数据和土壤电导率测量划分管理分区，并向常见拖拉机终端导出播种和施肥处方，使每公顷利润提高 25-60 加元。',
      description:
        '大田地块的土壤和产量潜力差异很大，但大多数仍按统一标准播种和施肥。Prairie Precision Agronomics 开发的软件将十年卫星植被指数、产量监测数据和土壤电导率图融合为管理分区，依据田间试验估算各分区的产量响应，并以 ISO-XML 和 shapefile 格式为主要拖拉机终端品牌生成变量作业处方。在 18 万公顷小麦、油菜和豆类上，种植者通过节约种子和氮肥以及增产，使每公顷净利润提高 25-60 加元。公司以许可或贴牌方式向农机制造商、合作社和农技服务商提供软件，并寻求合作伙伴将其适配于亚洲的玉米、大豆和水稻。',
    },
    confidential: 'Zone delineation algorithm, response model coefficients per crop, customer outcome data by region; white-label pricing CAD 4 per hectare per year.',
    keywords: ['precision agriculture', 'variable rate', 'satellite imagery', 'yield map', 'farm management software'],
    sectors: ['ind-agrifood', 'ind-ai-software'],
    ipc: ['A01C 21/005', 'A01B 79/005', 'G06Q 50/02'],
    trl: 9,
    ipr: 'secret_know_how',
    coop: ['license', 'commercial_agreement'],
    price: money('CAD', 50000, 250000),
    to: ['CN', 'KZ', 'UA', 'AU'],
    days: 172,
  },
  {
    key: 'ca-prairie-canola-protein-isolate',
    owner: 'ca-prairie-agronomics',
    title: 'Neutral-tasting canola and pea protein isolates by membrane-based extraction without acid precipitation',
    summary:
      'An aqueous extraction with ultrafiltration and diafiltration yields canola and pea protein isolates above 90% protein with low bitterness and high solubility, for plant-based dairy and meat alternatives.',
    description:
      'Plant-protein ingredients often taste beany or bitter and dissolve poorly because of harsh acid precipitation and residual phenolics. Prairie Precision Agronomics has developed a process for cold-pressed canola meal and field peas: mild aqueous extraction, adsorption of phenolics on food-grade resin, and concentration by ultrafiltration and diafiltration instead of acid precipitation. The isolates contain above 90% protein, have solubility above 85% at neutral pH and were rated neutral in sensory panels. They perform well in plant-based milks and as binders in meat analogues. A 200 kg/day pilot runs in Saskatoon. The company seeks food ingredient companies for licences and joint plants near oilseed crushers.',
    confidential: 'Resin type and regeneration cycle, membrane cut-offs and diafiltration volumes, sensory panel data, yield (protein recovery 68%).',
    keywords: ['plant protein', 'canola protein', 'pea protein', 'membrane filtration', 'alternative protein', 'food ingredient'],
    sectors: ['ind-agrifood'],
    ipc: ['A23J 1/14', 'A23J 3/14', 'B01D 61/145'],
    trl: 6,
    ipr: 'granted',
    patents: ['CA3045821C'],
    coop: ['license', 'joint_development'],
    price: money('CAD', 250000, 750000),
    to: ['CN', 'JP', 'KR', 'SG'],
    days: 255,
  },
  {
    key: 'ca-prairie-req-multispectral-drone-camera',
    kind: 'technology_request',
    owner: 'ca-prairie-agronomics',
    title: 'Looking for a low-cost multispectral drone camera and processing pipeline for in-season crop scouting',
    summary:
      'Prairie seeks a supplier or co-developer of a five-band multispectral camera for small drones with radiometric calibration and automated stitching, priced below USD 1,500, to complement satellite imagery.',
    description:
      'Satellite imagery gives field-level patterns, but agronomists need sub-metre detail for disease and weed scouting. Prairie wants to offer growers a drone kit: a camera with at least five bands (blue, green, red, red-edge, near infrared) and a downwelling light sensor, compatible with common quadcopters, at a price below USD 1,500, plus a cloud pipeline that produces calibrated reflectance maps within an hour of landing. The company seeks hardware makers, including Chinese drone and camera companies, to supply or co-develop the camera, and software partners for processing. It offers integration into its prescription software and distribution to more than 2,000 farms.',
    keywords: ['multispectral camera', 'drone', 'crop scouting', 'remote sensing', 'precision agriculture'],
    sectors: ['ind-agrifood', 'ind-aerospace'],
    ipc: ['G01J 3/2823', 'B64U 2101/30', 'H04N 23/11'],
    trl: 7,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('USD', 100000, 300000),
    to: ['CN', 'US', 'DE'],
    days: 29,
    deadline: 60,
  },
  {
    key: 'jp-kansai-sic-trench-mosfet',
    owner: 'jp-kansai-wbg',
    title: '1200 V SiC trench MOSFET with double-shielded gate structure for lower on-resistance and robust gate oxide',
    summary:
      'A trench MOSFET design whose gate trench bottom is shielded by deep p-type implants on both sides, reaching specific on-resistance of 2.0 mΩ·cm² at 1200 V while keeping gate-oxide field below 3 MV/cm, for EV inverters and solar inverters.',
    description:
      'Silicon carbide MOSFETs are replacing silicon IGBTs in electric-vehicle traction inverters, on-board chargers and solar inverters. Trench designs give lower on-resistance than planar ones, but high electric fields at the trench bottom stress the gate oxide and limit reliability. Kansai Wide-Bandgap Devices has developed a double-shielded structure in which deep p-type regions formed by high-energy implantation protect the trench bottom and corners, combined with an optimised channel orientation and a nitrided gate oxide. Devices rated 1200 V reach 2.0 mΩ·cm² specific on-resistance, short-circuit withstand time above 3 µs and threshold-voltage drift below 0.1 V after 1,000 hours of high-temperature gate bias. The process runs on 150 mm and 200 mm lines. The company offers licences to the device structure and process patents, technology transfer to wafer fabs, and supply of bare dies for module makers.',
    zh: {
      title: '采用双屏蔽栅结构的 1200 V 碳化硅沟槽 MOSFET：更低导通电阻与更可靠的栅氧',
      summary:
        '一种沟槽 MOSFET 设计，以两侧深 p 型注入区屏蔽栅槽底部，在 1200 V 下比导通电阻达 2.0 mΩ·cm²，同时使栅氧电场保持在 3 MV/cm 以下，适用于电动车逆变器和光伏逆变器。',
      description:
        '碳化硅 MOSFET 正在电动车主驱逆变器、车载充电器和光伏逆变器中取代硅 IGBT。沟槽结构的导通电阻低于平面结构，但槽底的高电场会使栅氧承受应力，限制可靠性。关西宽禁带器件开发了一种双屏蔽结构：通过高能离子注入形成的深 p 型区保护槽底和槽角，并结合优化的沟道晶向和氮化栅氧。1200 V 器件比导通电阻达 2.0 mΩ·cm²，短路耐受时间超过 3 微秒，1,000 小时高温栅偏试验后阈值电压漂移小于 0.1 V。该工艺可在 150 毫米和 200 毫米产线上运行。公司提供器件结构和工艺专利许可、向晶圆厂的技术转移，以及面向模块厂商的裸芯片供应。',
    },
    confidential:
      'Implant energies and doses for the shielding regions (up to 3 MeV Al), trench angle and oxide nitridation recipe; HTGB and short-circuit test reports. Licence proposal: JPY 300 million upfront plus 2.5% royalty on wafer sales.',
    keywords: ['silicon carbide', 'SiC MOSFET', 'trench MOSFET', 'power semiconductor', 'EV inverter', 'gate oxide reliability'],
    sectors: ['ind-semiconductors', 'ind-nev', 'ind-renewables'],
    ipc: ['H01L 29/7813', 'H01L 29/1608', 'H01L 29/4236'],
    trl: 7,
    ipr: 'granted',
    patents: ['JP7123456B2', 'US11476320B2', 'CN113745316B'],
    coop: ['license', 'technical_service', 'commercial_agreement'],
    price: money('JPY', 300000000, 800000000),
    to: ['CN', 'KR', 'TW', 'DE'],
    days: 16,
  },
  {
    key: 'jp-kansai-sic-laser-slicing',
    owner: 'jp-kansai-wbg',
    title: 'Laser slicing of SiC boules that cuts kerf loss from 200 µm to below 60 µm and doubles wafers per boule',
    summary:
      'A sub-surface laser modification followed by ultrasonic separation slices silicon carbide ingots into wafers with kerf loss below 60 µm and no wire saw, raising the number of 350 µm wafers per boule by about 60-100%.',
    description:
      'SiC substrates are the most expensive part of SiC power devices, and diamond wire sawing wastes about 200 µm of crystal per cut and takes days per boule. Kansai Wide-Bandgap Devices has developed a process in which a near-infrared pulsed laser focused inside the boule creates a thin modified layer along a cleavage-friendly plane, after which the wafer is split off by ultrasonic excitation. Total material loss including grinding is below 60 µm per wafer, slicing time per wafer is about 10 minutes and the boule can be processed repeatedly. The process works on 150 mm and 200 mm 4H-SiC. The company sells slicing equipment, licenses the process to substrate makers and offers slicing as a service.',
    zh: {
      title: '碳化硅晶锭激光切片：切割损耗由 200 微米降至 60 微米以下，每锭出片量翻倍',
      summary:
        '先在晶锭内部进行激光改性，再通过超声分离，将碳化硅晶锭切成晶片，切割损耗低于 60 微米，无需线锯，每个晶锭可切出的 350 微米晶片数量增加约 60-100%。',
      description:
        '碳化硅衬底是碳化硅功率器件中最昂贵的部分，而金刚石线锯每切一刀约损耗 200 微米晶体，且每个晶锭需要数天。关西宽禁带器件开发了一种工艺：将近红外脉冲激光聚焦于晶锭内部，沿易解理面形成一层薄的改性层，随后以超声激励将晶片剥离。包括研磨在内的总材料损耗低于每片 60 微米，每片切割时间约 10 分钟，晶锭可反复加工。该工艺适用于 150 毫米和 200 毫米 4H-SiC。公司销售切片设备，向衬底厂商许可工艺，并提供切片代工服务。',
    },
    confidential: 'Laser wavelength, pulse duration and scan strategy; separation yield data on 200 mm boules; equipment price JPY 450 million per tool.',
    keywords: ['SiC wafer', 'laser slicing', 'kerf loss', 'substrate manufacturing', 'silicon carbide'],
    sectors: ['ind-semiconductors', 'ind-new-materials'],
    ipc: ['B23K 26/53', 'B28D 5/0011', 'H01L 21/304'],
    trl: 8,
    ipr: 'granted',
    patents: ['JP7041929B2', 'US11626301B2'],
    coop: ['license', 'commercial_agreement', 'technical_service'],
    price: money('JPY', 450000000, 1200000000),
    to: ['CN', 'US', 'KR', 'DE'],
    visibility: 'members',
    days: 109,
  },
  {
    key: 'jp-kansai-ga2o3-schottky-diode',
    owner: 'jp-kansai-wbg',
    title: 'Gallium oxide Schottky barrier diode on 100 mm β-Ga2O3 wafers with 1.2 kV breakdown and low leakage',
    summary:
      'Trench-MOS Schottky diodes on β-Ga2O3 epitaxial wafers reach 1.2 kV breakdown with leakage below 1 µA and can be made from melt-grown substrates far cheaper than SiC, for power supplies and chargers.',
    description:
      'Gallium oxide has a wider bandgap than SiC and GaN, and its substrates can be grown from the melt like silicon, promising much lower wafer cost. Kansai Wide-Bandgap Devices has developed trench-MOS Schottky barrier diodes on 100 mm β-Ga2O3 wafers with halide vapour phase epitaxy drift layers. The trench structure lowers the surface field, giving 1.2 kV breakdown, reverse leakage below 1 µA at 1 kV and forward voltage of 1.4 V at 10 A. Thermal management is addressed by wafer thinning and silver-sinter mounting. The company seeks joint development partners in power supplies and chargers and licensees for epitaxy and device processes.',
    confidential: 'Epitaxy growth rate and doping control, trench depth and dielectric stack, reliability data after 1,000 h HTRB.',
    keywords: ['gallium oxide', 'Ga2O3', 'Schottky diode', 'ultra-wide bandgap', 'power semiconductor'],
    sectors: ['ind-semiconductors'],
    ipc: ['H01L 29/872', 'H01L 29/24', 'C30B 29/16'],
    trl: 4,
    ipr: 'applied',
    patents: ['JP2023118502A', 'WO2023145089A1'],
    coop: ['joint_development', 'license'],
    price: money('JPY', 50000000, 200000000),
    to: ['CN', 'TW', 'US'],
    days: 340,
  },
  {
    key: 'jp-michinoku-llzo-tape-cast-sheet',
    owner: 'jp-michinoku-ceramics',
    title: 'Tape-cast tantalum-doped LLZO garnet electrolyte sheets 25 µm thick with 1 mS/cm conductivity and lithium-metal stability',
    summary:
      'A tape-casting and low-temperature sintering process produces dense, flexible-handling Ta-LLZO garnet electrolyte sheets 25-50 µm thick with 1 mS/cm conductivity, stable against lithium metal and air-handleable.',
    description:
      'Oxide garnet electrolytes such as LLZO are stable against lithium metal and do not release toxic gas like sulfides, but they are brittle, need sintering above 1,200 °C and are hard to make thin. The institute has developed a slurry with a sintering aid and a lithium-rich atmosphere control that densifies tape-cast Ta-doped LLZO at 1,050 °C, yielding sheets of 25-50 µm thickness, 98% relative density and 1 mS/cm room-temperature conductivity in areas up to 10 x 10 cm. A thin surface treatment removes lithium carbonate and lowers interface resistance with lithium metal to below 5 Ω·cm². Hybrid cells with lithium-metal anodes and NMC cathodes with a small amount of gel electrolyte have completed 300 cycles. The institute offers licences and joint development with ceramic and battery companies.',
    zh: {
      title: '厚度 25 微米、电导率 1 mS/cm、对锂金属稳定的流延成型钽掺杂 LLZO 石榴石电解质片',
      summary:
        '一种流延成型与低温烧结工艺，可制备厚 25-50 微米的致密 Ta-LLZO 石榴石电解质片，室温电导率 1 mS/cm，对锂金属稳定，并可在空气中操作。',
      description:
        'LLZO 等氧化物石榴石电解质对锂金属稳定，也不会像硫化物那样释放有毒气体，但质脆、需要 1,200 °C 以上烧结，且难以做薄。本所开发了一种含烧结助剂并控制富锂气氛的浆料体系，可使流延成型的钽掺杂 LLZO 在 1,050 °C 下致密化，制得厚度 25-50 微米、相对密度 98%、室温电导率 1 mS/cm、面积最大 10 × 10 厘米的电解质片。薄层表面处理可去除碳酸锂，使与锂金属的界面阻抗降至 5 Ω·cm² 以下。采用锂金属负极和三元正极并加入少量凝胶电解质的混合电池已完成 300 次循环。本所向陶瓷企业和电池企业提供许可与联合开发。',
    },
    confidential: 'Sintering aid composition (Li3BO3-based), atmosphere control, surface treatment chemistry and yield statistics.',
    keywords: ['garnet electrolyte', 'LLZO', 'solid-state battery', 'tape casting', 'oxide electrolyte', 'lithium metal'],
    sectors: ['ind-energy-storage', 'ind-new-materials'],
    ipc: ['H01M 10/0562', 'C04B 35/486', 'C01G 25/006'],
    trl: 4,
    ipr: 'granted',
    patents: ['JP7265680B2', 'US11611142B2'],
    coop: ['license', 'joint_development'],
    price: money('JPY', 30000000, 100000000),
    to: ['CN', 'KR', 'US', 'DE'],
    days: 76,
  },
  {
    key: 'jp-michinoku-leadfree-knn-piezo',
    owner: 'jp-michinoku-ceramics',
    title: 'Lead-free KNN-based piezoceramics with d33 of 450 pC/N for ultrasonic transducers and actuators',
    summary:
      'Potassium sodium niobate ceramics with engineered phase boundaries reach a piezoelectric coefficient d33 of 450 pC/N and a Curie temperature of 240 °C, allowing PZT replacement in many sensors, ultrasonic cleaners and medical transducers.',
    description:
      'Lead zirconate titanate (PZT) dominates piezoelectric devices but contains about 60% lead, and exemptions under environmental rules are under review. The institute has developed KNN-based compositions with bismuth and zirconate additions that place rhombohedral, orthorhombic and tetragonal phase boundaries near room temperature, combined with a two-step sintering that controls alkali evaporation. The ceramics reach d33 of 450 pC/N, coupling factor kp of 0.55 and a Curie temperature of 240 °C, with good temperature stability from -20 to 120 °C. Prototype ultrasonic transducers and multilayer actuators have been built. The institute offers licences and powder-synthesis know-how to ceramic component makers.',
    keywords: ['lead-free piezoelectric', 'KNN', 'piezoceramic', 'ultrasonic transducer', 'RoHS'],
    sectors: ['ind-new-materials', 'ind-medical-devices'],
    ipc: ['H10N 30/8542', 'C04B 35/495', 'B06B 1/06'],
    trl: 5,
    ipr: 'granted',
    patents: ['JP7019883B2'],
    coop: ['license', 'technical_service', 'assignment'],
    price: money('JPY', 20000000, 60000000),
    to: ['CN', 'DE', 'KR'],
    days: 284,
  },
  {
    key: 'jp-michinoku-rdp-solid-interface-fundamentals',
    kind: 'rd_partnership',
    owner: 'jp-michinoku-ceramics',
    title: 'Fundamental research partner sought: atomistic understanding of lithium transport across oxide-oxide grain boundaries',
    summary:
      'The institute invites a university or institute with computational and microscopy expertise to study, from first principles, why grain boundaries in oxide solid electrolytes block lithium ions and how dopants change them.',
    description:
      'The total conductivity of oxide solid electrolytes is often limited by grain boundaries rather than the crystal bulk, but the atomic mechanisms are poorly understood. The institute proposes a basic research collaboration combining its sample preparation of bicrystals and thin films with a partner’s first-principles and machine-learned interatomic potential simulations and atomic-resolution electron microscopy. The goal is to identify principles for dopant segregation that open grain boundaries to lithium transport. This is curiosity-driven work at the level of basic principles; results will be published openly. Joint doctoral supervision, researcher exchanges and applications to bilateral science funding programmes, including with Chinese partners, are envisaged.',
    keywords: ['grain boundary', 'ionic transport', 'first-principles calculation', 'electron microscopy', 'basic research', 'solid electrolyte'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'wipo-20'],
    ipc: ['H01M 10/0562'],
    trl: 1,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'US', 'DE', 'KR'],
    days: 134,
    deadline: 240,
  },
];

const koreaAndSingapore: Spec[] = [
  {
    key: 'kr-hangang-adaptive-gripper',
    owner: 'kr-hangang-robotics',
    title: 'Underactuated adaptive gripper with fingertip force control for mixed-SKU picking in e-commerce warehouses',
    summary:
      'A three-finger gripper driven by one motor through a differential linkage wraps around boxes, bags, bottles and blister packs, with fingertip force sensing that limits grip force to 2-40 N. It picks over 99% of a 2,000-SKU test assortment.',
    description:
      'E-commerce and pharmacy warehouses must pick thousands of different items, and neither suction cups nor parallel grippers handle all of them: suction fails on porous bags and nets, rigid fingers crush soft goods. Hangang Robotics has developed an underactuated three-finger gripper in which a single motor drives the fingers through a differential linkage, so each finger stops independently when it touches the object and the hand adapts to its shape. Strain-gauge sensors in the fingertips control grip force between 2 and 40 N, and an integrated suction cup in the palm handles flat items. Combined with the company’s vision system, the gripper picked 99.2% of a 2,000-SKU assortment at 900 picks per hour. It mounts on standard ISO flanges and has ROS 2 and PLC interfaces. The gripper is in series production; Hangang seeks distributors and system integrators in China and Southeast Asia, and licensees for local production of a low-cost variant.',
    zh: {
      title: '具有指尖力控制的欠驱动自适应夹爪，用于电商仓库混合 SKU 拣选',
      summary:
        '一种三指夹爪，由单电机通过差动连杆驱动，可包络抓取箱子、袋子、瓶子和泡罩包装，指尖力传感将夹持力限制在 2-40 N。在 2,000 个 SKU 的测试品类中拣选成功率超过 99%。',
      description:
        '电商和医药仓库需要拣选成千上万种不同商品，吸盘和平行夹爪都无法胜任全部品类：吸盘在多孔袋和网兜上失效，刚性手指会压坏软质商品。汉江机器人开发了一种欠驱动三指夹爪，单个电机通过差动连杆驱动手指，每根手指接触物体后可独立停止，使手部自适应物体形状。指尖内置的应变传感器将夹持力控制在 2 至 40 N 之间，掌心集成的吸盘可处理扁平物品。结合公司的视觉系统，该夹爪在 2,000 个 SKU 的品类中以每小时 900 次的速度实现 99.2% 的拣选成功率。夹爪可安装于标准 ISO 法兰，提供 ROS 2 和 PLC 接口，已批量生产。汉江机器人寻求中国及东南亚的经销商和系统集成商，以及在当地生产低成本版本的被许可方。',
    },
    confidential:
      'Linkage geometry and spring preload, fingertip sensor design, picking benchmark by item category. Distributor price KRW 6.5 million per unit; licence for low-cost variant: KRW 150 million upfront plus 5% royalty.',
    keywords: ['robot gripper', 'adaptive gripper', 'underactuated hand', 'warehouse picking', 'e-commerce logistics', 'force control'],
    sectors: ['ind-robotics'],
    ipc: ['B25J 15/0009', 'B25J 15/10', 'B25J 13/085'],
    trl: 9,
    ipr: 'granted',
    patents: ['KR102456789B1', 'US11584012B2'],
    coop: ['commercial_agreement', 'license'],
    price: money('KRW', 150000000, 600000000),
    to: ['CN', 'VN', 'TH', 'JP'],
    days: 20,
  },
  {
    key: 'kr-hangang-sensorless-collision-detection',
    owner: 'kr-hangang-robotics',
    title: 'Sensorless collision detection for collaborative robots using motor-current observers and learned friction models',
    summary:
      'Firmware that detects collisions on cobots from motor currents alone, with a learned friction model that removes false alarms at low speeds, reaching detection within 8 ms at 45 N contact force without joint torque sensors.',
    description:
      'Collaborative robots must stop quickly when they hit a person, which usually requires expensive joint torque sensors. Current-based detection is cheaper but suffers from false alarms because friction in harmonic drives varies with temperature, speed and wear. Hangang Robotics has combined a generalised momentum observer with a small neural network that learns each joint’s friction online, compensating temperature and ageing. On its 6-axis cobots the firmware detects collisions within 8 ms at 45 N contact force, meeting ISO/TS 15066 limits for the hand and arm, with fewer than one false stop per 100 hours of operation. The firmware can be ported to other robot controllers. Hangang offers licences to robot makers and joint porting projects.',
    confidential: 'Observer gains, network architecture and online training scheme; validation report against ISO/TS 15066 body-region limits.',
    keywords: ['collaborative robot', 'collision detection', 'safety', 'motor current', 'friction model'],
    sectors: ['ind-robotics', 'ind-ai-software'],
    ipc: ['B25J 9/1676', 'B25J 19/06', 'G05B 2219/40202'],
    trl: 8,
    ipr: 'granted',
    patents: ['KR102312465B1'],
    coop: ['license', 'joint_development'],
    price: money('KRW', 100000000, 300000000),
    to: ['CN', 'TW', 'DE'],
    days: 179,
  },
  {
    key: 'kr-hangang-hospital-amr',
    owner: 'kr-hangang-robotics',
    title: 'Autonomous mobile robot for hospital logistics that rides lifts and passes secure doors on its own',
    summary:
      'An AMR that carries medicines, samples and linen across hospital floors, calling lifts and opening doors through building-system integration, with lockable drawers and audit trail. In use at three Korean hospitals.',
    description:
      'Nurses spend a large share of their time fetching medicines, samples and supplies. Hangang Robotics has developed a mobile robot for hospital logistics that maps buildings with lidar and cameras, navigates crowded corridors, and integrates with lift controllers and door access systems through standard gateways, so it can travel between floors unattended. Drawers open only with staff badge or PIN, and every hand-over is logged. At three Korean hospitals a fleet of 14 robots makes 1,500 deliveries per day. The company seeks distribution partners and hospital-system integrators in China, Singapore and the Middle East, and partners to localise lift interfaces.',
    keywords: ['autonomous mobile robot', 'hospital logistics', 'service robot', 'lift integration', 'AMR'],
    sectors: ['ind-robotics', 'ind-medical-devices', 'ind-smart-city'],
    ipc: ['G05D 1/0274', 'B66B 1/468', 'G16H 40/20'],
    trl: 9,
    ipr: 'applied',
    patents: ['KR1020230045611A'],
    coop: ['commercial_agreement'],
    price: money('KRW', 50000000, 80000000),
    to: ['CN', 'SG', 'AE', 'SA'],
    status: 'draft',
    days: null,
  },
  {
    key: 'kr-hangang-req-harmonic-reducer',
    kind: 'technology_request',
    owner: 'kr-hangang-robotics',
    title: 'Sought: supplier or co-developer of compact strain-wave (harmonic) reducers for cobot joints at 40% lower cost',
    summary:
      'Hangang Robotics looks for a manufacturer of strain-wave gears in sizes 14-32 with backlash below 20 arcsec and 15,000-hour life, or a partner to co-develop a lower-cost design, for 8,000 cobot joints per year.',
    description:
      'Strain-wave reducers are the most expensive component in Hangang’s cobot joints. The company seeks a supplier that can deliver sizes 14, 17, 20, 25 and 32 with ratios 50-160, backlash below 20 arcsec, torsional stiffness comparable to market leaders and a rated life of 15,000 hours, at about 40% below current purchase prices. Alternatively, it would co-develop a new design, for example with a powder-metallurgy or injection-moulded flexspline variant for smaller sizes. Expected volume is 8,000 joints per year from 2026. Manufacturers in China, Japan and Korea are invited to send specifications and sample test data.',
    zh: {
      title: '寻求：成本降低 40% 的协作机器人关节用紧凑型谐波减速器供应商或联合开发伙伴',
      summary: '汉江机器人寻找 14-32 型号、背隙低于 20 弧秒、寿命 15,000 小时的谐波减速器制造商，或共同开发更低成本设计的合作伙伴，年需求 8,000 个协作机器人关节。',
      description: '谐波减速器是汉江协作机器人关节中最昂贵的部件。公司寻求能够供应 14、17、20、25 和 32 型号、减速比 50-160、背隙低于 20 弧秒、扭转刚度与市场领先产品相当、额定寿命 15,000 小时的供应商，价格比目前采购价低约 40%。公司也愿意联合开发新设计，例如小型号采用粉末冶金或注塑柔轮的方案。预计自 2026 年起每年需求 8,000 个关节。欢迎中国、日本和韩国的制造商提供规格和样品测试数据。',
    },
    keywords: ['harmonic reducer', 'strain wave gear', 'robot joint', 'supply chain', 'cobot'],
    sectors: ['ind-robotics'],
    ipc: ['F16H 49/001', 'B25J 9/1025'],
    trl: 8,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('KRW', 1000000000, 3000000000),
    to: ['CN', 'JP', 'KR'],
    days: 10,
    deadline: 45,
  },
  {
    key: 'kr-daedeok-porous-silicon-anode',
    owner: 'kr-daedeok-energy',
    title: 'Porous silicon-carbon composite anode with 1,600 mAh/g and low swelling made from recycled silicon kerf',
    summary:
      'Silicon recovered from photovoltaic wafer-sawing waste is etched into porous particles and embedded in a pitch-derived carbon shell, giving 1,600 mAh/g, 88% first-cycle efficiency and electrode swelling below 30%.',
    description:
      'Silicon can store ten times more lithium than graphite, but it expands by 300% during charging, cracking particles and consuming electrolyte. Nanostructured silicon solves this but is costly. The institute has developed a low-cost route that starts from silicon kerf, the fine waste from sawing photovoltaic wafers. The kerf is purified, partially alloyed and then etched to create internal pores that accommodate expansion, and coated with a pitch-derived carbon shell by spray drying and carbonisation. The composite delivers 1,600 mAh/g with 88% initial coulombic efficiency; blended at 15% with graphite, full cells retained 85% capacity after 800 cycles with electrode thickness growth below 30%. The process uses standard powder equipment. The institute offers licences and technology transfer to anode material producers.',
    zh: {
      title: '以回收硅切割废料制备的多孔硅碳复合负极：容量 1,600 mAh/g，膨胀小',
      summary:
        '将光伏硅片切割废料中回收的硅刻蚀成多孔颗粒，并包覆沥青基碳壳，比容量达 1,600 mAh/g，首次效率 88%，极片膨胀低于 30%。',
      description:
        '硅的储锂容量是石墨的十倍，但充电时体积膨胀达 300%，导致颗粒开裂并消耗电解液。纳米结构硅可以解决这一问题，但成本高昂。本研究院开发了一种低成本路线，以光伏硅片切割产生的细小废料硅粉为原料：经提纯、部分合金化后刻蚀形成可容纳膨胀的内部孔隙，再通过喷雾干燥和碳化包覆沥青基碳壳。该复合材料比容量 1,600 mAh/g，首次库仑效率 88%；以 15% 比例与石墨掺混后，全电池循环 800 次容量保持 85%，极片厚度增长低于 30%。工艺采用常规粉体设备。本研究院向负极材料生产商提供许可和技术转移。',
    },
    confidential: 'Kerf purification and etching chemistry, pore volume targets, pitch grade and carbonisation profile; cost estimate KRW 18,000 per kg at 1,000 t/year.',
    keywords: ['silicon anode', 'silicon-carbon composite', 'lithium-ion battery', 'kerf recycling', 'anode material'],
    sectors: ['ind-energy-storage', 'ind-new-materials', 'ind-nev'],
    ipc: ['H01M 4/386', 'H01M 4/366', 'H01M 4/625', 'C01B 33/02'],
    trl: 5,
    ipr: 'granted',
    patents: ['KR102571234B1', 'US11688855B2'],
    coop: ['license', 'joint_development'],
    price: money('KRW', 500000000, 2000000000),
    to: ['CN', 'JP', 'US'],
    days: 66,
  },
  {
    key: 'kr-daedeok-metal-supported-sofc',
    owner: 'kr-daedeok-energy',
    title: 'Metal-supported solid oxide fuel cell stack for ships running on ammonia or LNG, rugged to vibration and fast start-up',
    summary:
      'Thin ceramic cells on porous stainless-steel supports give SOFC stacks that start in 20 minutes, tolerate vibration and redox cycles, and reach 55% electrical efficiency on cracked ammonia for marine auxiliary power.',
    description:
      'Shipping needs zero-carbon auxiliary power, and solid oxide fuel cells can run efficiently on ammonia and LNG, but conventional ceramic-supported cells are fragile, start slowly and crack under vibration. The institute has developed cells in which a 15 µm zirconia electrolyte and thin electrodes are sintered on porous ferritic stainless steel at reduced temperature. Stacks of 5 kW start in 20 minutes, survive shock and vibration tests to marine standards and withstand repeated fuel interruptions. On partially cracked ammonia they reach 55% electrical efficiency at 650 °C. A 25 kW system is being integrated on a test vessel. The institute seeks shipbuilders, marine engine makers and fuel cell companies for licensing and joint development.',
    confidential: 'Co-sintering process and steel grade, stack degradation data (0.6%/1,000 h), vibration test reports.',
    keywords: ['solid oxide fuel cell', 'SOFC', 'ammonia fuel', 'marine power', 'metal-supported cell', 'shipping decarbonisation'],
    sectors: ['ind-marine', 'ind-renewables', 'ind-energy-storage'],
    ipc: ['H01M 8/1213', 'H01M 8/1246', 'B63H 21/17'],
    trl: 5,
    ipr: 'granted',
    patents: ['KR102204387B1'],
    coop: ['license', 'joint_development'],
    price: money('KRW', 300000000, 1000000000),
    to: ['CN', 'JP', 'NO', 'SG'],
    days: 298,
  },
  {
    key: 'kr-daedeok-ruthenium-free-ammonia-cracking',
    owner: 'kr-daedeok-energy',
    title: 'Ruthenium-free nickel-cobalt catalyst for ammonia cracking to fuel-cell-grade hydrogen at 550 °C',
    summary:
      'A barium-promoted nickel-cobalt catalyst on a mixed oxide support cracks ammonia with 99% conversion at 550 °C and 30,000 ml/g·h, close to ruthenium catalysts at a fraction of the cost.',
    description:
      'Ammonia is a promising carrier for importing hydrogen, but cracking it back to hydrogen efficiently usually needs ruthenium catalysts or temperatures above 700 °C. The institute has developed a nickel-cobalt alloy catalyst with barium promotion on a ceria-lanthana support that reaches 99% conversion at 550 °C and a space velocity of 30,000 ml/g·h, stable for 1,000 hours. Combined with a palladium membrane, it delivers fuel-cell-grade hydrogen. A 10 kg/day cracking reactor is under test. The institute seeks catalyst producers and hydrogen-terminal developers for joint development and licensing.',
    confidential: 'Catalyst composition (Ni:Co 3:1, 5 wt% Ba), support synthesis and 1,000-hour stability curve.',
    keywords: ['ammonia cracking', 'hydrogen carrier', 'catalyst', 'hydrogen production', 'ruthenium-free'],
    sectors: ['ind-renewables', 'ind-new-materials'],
    ipc: ['B01J 23/755', 'B01J 23/78', 'C01B 3/047'],
    trl: 4,
    ipr: 'applied',
    patents: ['KR1020230112093A'],
    coop: ['joint_development', 'license'],
    to: ['CN', 'JP', 'AU', 'DE'],
    days: 38,
  },
  {
    key: 'kr-daedeok-rdp-liquid-organic-hydrogen',
    kind: 'rd_partnership',
    owner: 'kr-daedeok-energy',
    title: 'International R&D consortium on liquid organic hydrogen carriers for port-to-port hydrogen trade',
    summary:
      'The institute seeks partners for a joint project on dehydrogenation catalysts, reactors and heat integration for liquid organic hydrogen carriers, with demonstration at a port terminal.',
    description:
      'Liquid organic hydrogen carriers such as benzyltoluene can move hydrogen with existing oil infrastructure, but releasing hydrogen needs heat at about 300 °C and active, stable catalysts. The institute proposes a four-year consortium to develop platinum-lean dehydrogenation catalysts, compact plate reactors and integration with waste heat from fuel cells or industrial processes, ending with a 100 kg/day demonstration at a port. It seeks catalyst companies, engineering firms, port operators and research partners in Asia-Pacific, including China and Australia. Joint funding from national programmes is foreseen, with IP shared according to contributions.',
    keywords: ['hydrogen carrier', 'LOHC', 'dehydrogenation', 'catalyst', 'hydrogen trade', 'port'],
    sectors: ['ind-renewables', 'ind-marine', 'wipo-23'],
    ipc: ['C01B 3/26', 'B01J 23/42'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'AU', 'JP', 'SG'],
    days: 155,
    deadline: 100,
  },
  {
    key: 'sg-straits-ecg-patch-af-detection',
    owner: 'sg-straits-medtech',
    title: '14-day single-lead ECG patch with on-device atrial fibrillation detection and clinician reporting platform',
    summary:
      'A waterproof 14-day ECG patch with on-board arrhythmia detection and a cloud reporting platform detects atrial fibrillation with 97% sensitivity and 98% specificity, for stroke prevention and post-ablation monitoring.',
    description:
      'Atrial fibrillation is often intermittent and silent, and 24-hour Holter monitors miss many episodes. Straits MedTech has developed a 14-day single-lead ECG patch with a flexible circuit, a hydrocolloid adhesive suited to hot and humid climates, and a low-power processor that runs a neural-network arrhythmia classifier on the device. Data are uploaded when the patch is returned or via a phone, and a cloud platform produces reports reviewed by technicians. In a validation study with 520 patients against cardiologist-annotated ECG, AF detection reached 97% sensitivity and 98% specificity. The patch is registered in Singapore and CE-marked. The company seeks distributors and licensing partners in China and Southeast Asia, including partners able to lead NMPA registration, and cardiology networks for clinical studies.',
    zh: {
      title: '具备设备端房颤检测的 14 天单导联心电贴及医生报告平台',
      summary:
        '一款防水的 14 天心电贴，设备端实时检测心律失常并配套云端报告平台，房颤检测灵敏度 97%、特异度 98%，可用于卒中预防和消融术后监测。',
      description:
        '房颤常为间歇性且无症状，24 小时动态心电图会漏检许多发作。海峡医疗科技开发了一款 14 天单导联心电贴，采用柔性电路、适合湿热气候的水胶体黏合剂和低功耗处理器，在设备端运行神经网络心律失常分类器。贴片回收后或通过手机上传数据，云平台生成报告并由技师审核。在一项纳入 520 名患者、以心内科医生标注心电图为参照的验证研究中，房颤检测灵敏度 97%，特异度 98%。该贴片已在新加坡注册并获得 CE 认证。公司寻求中国及东南亚的经销和许可合作伙伴，包括能够牵头 NMPA 注册的伙伴，以及可开展临床研究的心脏病学网络。',
    },
    confidential: 'Classifier architecture and training data sources, adhesive formulation supplier, per-arrhythmia performance table; distributor transfer price SGD 95 per patch.',
    keywords: ['ECG patch', 'atrial fibrillation', 'wearable medical device', 'arrhythmia detection', 'remote monitoring', 'cardiology'],
    sectors: ['ind-medical-devices', 'ind-ai-software'],
    ipc: ['A61B 5/259', 'A61B 5/361', 'A61B 5/7267'],
    trl: 9,
    ipr: 'granted',
    patents: ['SG11202012345A', 'US11596351B2'],
    coop: ['license', 'commercial_agreement'],
    price: money('SGD', 200000, 800000),
    to: ['CN', 'ID', 'MY', 'TH', 'VN'],
    days: 31,
  },
  {
    key: 'sg-straits-capsule-endoscopy-ai',
    owner: 'sg-straits-medtech',
    title: 'AI reading assistant for small-bowel capsule endoscopy that cuts review time from 60 to 8 minutes',
    summary:
      'A deep-learning model flags bleeding, ulcers, polyps and angioectasias in capsule endoscopy videos, letting gastroenterologists review only highlighted frames, with lesion-level sensitivity of 96% in a multi-centre study.',
    description:
      'A small-bowel capsule endoscopy produces 50,000 or more images, and reviewing them takes a specialist about an hour, with a risk of missing small lesions. Straits MedTech has developed a model that screens every frame for bleeding, erosions and ulcers, polyps and vascular lesions and groups findings into a short summary video. In a study at four Asian hospitals with 800 examinations, the model found 96% of lesions identified by expert consensus while reducing review time to a median of 8 minutes. It works with videos exported from the major capsule systems. The company seeks capsule manufacturers and endoscopy software vendors to license or integrate the model.',
    confidential: 'Model details and per-lesion-type sensitivity; reader-study protocol; licence fee USD 4 per analysed study.',
    keywords: ['capsule endoscopy', 'medical imaging AI', 'gastroenterology', 'computer-aided detection', 'video analysis'],
    sectors: ['ind-medical-devices', 'ind-ai-software'],
    ipc: ['A61B 1/041', 'G06T 7/0012', 'G16H 30/40'],
    trl: 7,
    ipr: 'applied',
    patents: ['SG10202301234W'],
    coop: ['license', 'joint_development'],
    price: money('SGD', 100000, 400000),
    to: ['CN', 'JP', 'KR', 'IN'],
    days: 227,
  },
  {
    key: 'sg-straits-req-biocompatible-adhesive',
    kind: 'technology_request',
    owner: 'sg-straits-medtech',
    title: 'Partner wanted for skin-friendly, breathable medical adhesive lasting 14 days in tropical humidity',
    summary:
      'Straits MedTech seeks an adhesive supplier or materials developer for a breathable, low-irritation skin adhesive that holds a wearable patch for 14 days in heat and sweat and removes without skin damage.',
    description:
      'Wearable patches in tropical climates often detach early or irritate the skin. Straits MedTech is looking for a partner that can supply or develop a skin-contact adhesive system with moisture-vapour transmission above 1,500 g/m² per day, peel adhesion that stays within specification over 14 days at 30-35 °C and high humidity, ISO 10993 biocompatibility, and gentle removal. Silicone-acrylic hybrids, hydrocolloids with new absorbents or microstructured adhesives are of interest. The company offers joint development with its test panels and a supply agreement for 500,000 patches per year. Adhesive and tape companies from China, Japan, Korea and Europe are invited to respond.',
    keywords: ['medical adhesive', 'wearable patch', 'biocompatibility', 'skin-friendly', 'tropical climate'],
    sectors: ['ind-medical-devices', 'ind-new-materials'],
    ipc: ['A61L 15/58', 'C09J 7/38'],
    trl: 6,
    ipr: 'none',
    coop: ['joint_development', 'commercial_agreement'],
    price: money('SGD', 50000, 250000),
    to: ['CN', 'JP', 'KR', 'DE'],
    days: 57,
    deadline: 80,
  },
  {
    key: 'sg-merlion-vertical-farm-light-recipes',
    owner: 'sg-merlion-bridge',
    title: 'On behalf of a client: dynamic LED light recipes and climate control that cut vertical-farm energy per kilogram of leafy greens by 30%',
    summary:
      'A Singapore vertical farm offers its crop-specific light recipes and control software, which adjust spectrum and intensity to electricity prices and plant responses, lowering energy use to 8 kWh per kg of lettuce.',
    description:
      'Energy is the largest operating cost of vertical farms, and most farms run fixed light schedules. A vertical-farming client of Merlion Technology Bridge has developed dynamic recipes for lettuce, basil, kale and microgreens that vary LED spectrum and photon flux through the day according to tariffs, measured photosynthesis from canopy sensors and crop stage, together with climate-control set points for tropical conditions. Over two years of commercial production, energy consumption fell from 11.5 to 8 kWh per kg of lettuce with equal yield and quality. The software runs on common horticultural LED drivers and climate controllers. Merlion represents the client and seeks vertical farms and greenhouse technology companies as licensees, particularly in China and the Middle East.',
    zh: {
      title: '受客户委托：可使垂直农场每公斤叶菜能耗降低 30% 的动态 LED 光配方与环境控制',
      summary:
        '一家新加坡垂直农场提供其针对作物的光配方和控制软件，可根据电价和植物响应调整光谱与光强，使每公斤生菜能耗降至 8 kWh。',
      description:
        '能源是垂直农场最大的运营成本，而大多数农场采用固定光照方案。Merlion Technology Bridge 的一家垂直农业客户针对生菜、罗勒、羽衣甘蓝和芽苗菜开发了动态光配方：根据电价、冠层传感器测得的光合作用和作物生长阶段，全天调整 LED 光谱和光量子通量，并配套适合热带条件的环境控制设定值。在两年的商业化生产中，每公斤生菜能耗由 11.5 kWh 降至 8 kWh，产量和品质不变。软件可运行于常见的园艺 LED 驱动器和环境控制器。Merlion 代表该客户，寻求垂直农场和温室技术企业作为被许可方，尤其是中国和中东地区的企业。',
    },
    confidential: 'Client identity, recipes per crop (spectral ratios, daily light integrals), energy and yield logs; licence fee SGD 3 per square metre of growing area per year.',
    keywords: ['vertical farming', 'LED grow light', 'light recipe', 'controlled environment agriculture', 'energy efficiency'],
    sectors: ['ind-agrifood', 'ind-ai-software'],
    ipc: ['A01G 7/045', 'A01G 31/02', 'A01G 9/249'],
    trl: 9,
    ipr: 'secret_know_how',
    coop: ['license', 'technical_service'],
    price: money('SGD', 30000, 150000),
    to: ['CN', 'AE', 'SA', 'JP'],
    days: 85,
  },
  {
    key: 'sg-merlion-tropical-hvac-optimisation',
    owner: 'sg-merlion-bridge',
    title: 'On behalf of a client: AI chiller-plant optimisation for tropical commercial buildings with 20-25% energy savings',
    summary:
      'A client’s software optimises chilled-water plants in real time, coordinating chillers, pumps and cooling towers with weather and occupancy forecasts. It saved 20-25% of cooling energy in 40 buildings in Southeast Asia.',
    description:
      'In tropical cities air conditioning takes up to 60% of a commercial building’s electricity, and chiller plants are mostly run with fixed set points. The client of Merlion Technology Bridge has developed software that models each plant component from operating data and, every 15 minutes, chooses chiller staging, chilled-water temperature, pump speeds and cooling-tower fan settings that meet the forecast load at minimum energy. It connects to common building management systems via BACnet and Modbus. In 40 office buildings, malls and hospitals, cooling energy fell by 20-25% with savings verified by the IPMVP method. Merlion seeks building-services companies, ESCOs and BMS vendors to license or resell the software in China and the Middle East.',
    confidential: 'Client identity, savings verification reports for 40 sites, revenue-share model (30% of verified savings in year one).',
    keywords: ['chiller optimisation', 'HVAC', 'building energy', 'AI control', 'tropical buildings', 'ESCO'],
    sectors: ['ind-smart-city', 'ind-ai-software', 'ind-environment'],
    ipc: ['F24F 11/46', 'F24F 11/63', 'G05B 13/0265'],
    trl: 9,
    ipr: 'secret_know_how',
    coop: ['license', 'commercial_agreement'],
    price: money('SGD', 50000, 300000),
    to: ['CN', 'HK', 'AE', 'MY'],
    visibility: 'members',
    days: 370,
    status: 'expired',
  },
  {
    key: 'sg-merlion-smart-safety-helmet',
    owner: 'sg-merlion-bridge',
    title: 'On behalf of a client: smart safety helmet with fall detection, heat-stress alerts and proximity warning for construction workers',
    summary:
      'A construction helmet with embedded sensors detects falls and impacts, estimates heat stress from skin temperature and heart rate, and warns of approaching vehicles via UWB tags, sending alerts to site supervisors.',
    description:
      'Falls, heat illness and struck-by accidents are leading causes of construction fatalities in hot climates. A client of Merlion Technology Bridge has developed a certified safety helmet with a sensor module in the crown: an accelerometer and gyroscope detect falls and impacts, an in-ear temperature sensor and a forehead optical heart-rate sensor estimate heat strain, and a UWB radio warns when an excavator or truck comes within a set distance. Alerts go via LoRa or 4G to a site dashboard. The helmet meets EN 397 and has been used by 3,000 workers on Singapore sites. Merlion seeks helmet manufacturers and safety-equipment distributors as licensees or partners.',
    keywords: ['smart helmet', 'worker safety', 'fall detection', 'heat stress', 'construction site', 'wearable'],
    sectors: ['ind-smart-city', 'ind-digital-creative'],
    ipc: ['A42B 3/046', 'G08B 21/0446', 'A61B 5/01'],
    trl: 8,
    ipr: 'applied',
    patents: ['SG10202204567T'],
    coop: ['license', 'commercial_agreement'],
    price: money('SGD', 80000, 200000),
    to: ['CN', 'IN', 'AE', 'VN'],
    days: 145,
  },
  {
    key: 'sg-merlion-req-food-waste-insect-protein',
    kind: 'technology_request',
    owner: 'sg-merlion-bridge',
    title: 'On behalf of a client: technology sought to turn food-court waste into insect protein or animal feed at 20 t/day',
    summary:
      'A Southeast Asian food-services group, represented by Merlion, seeks proven technology to convert mixed food waste into black soldier fly larvae protein or safe feed ingredients at 20 tonnes per day in a compact urban site.',
    description:
      'Merlion’s client operates food courts and central kitchens producing about 20 tonnes of mixed food waste daily, currently sent to incineration. It seeks a complete solution: pre-treatment and pathogen control, black soldier fly larvae rearing or an alternative bioconversion, and processing into protein meal and frass fertiliser that meet feed and fertiliser regulations. The site is urban and space-limited, so odour control and automation are essential. The client will consider licensing, turnkey supply or a build-operate partnership. Technology owners from China, Europe and elsewhere with operating references are invited to reply with capacity, footprint and cost data.',
    keywords: ['food waste', 'insect protein', 'black soldier fly', 'circular economy', 'animal feed', 'bioconversion'],
    sectors: ['ind-environment', 'ind-agrifood'],
    ipc: ['A23K 10/26', 'B09B 3/60', 'A01K 67/033'],
    trl: 8,
    ipr: 'none',
    coop: ['commercial_agreement', 'license', 'technical_service'],
    price: money('SGD', 1000000, 3000000),
    to: ['CN', 'NL', 'MY', 'TH'],
    days: 5,
    deadline: 120,
  },
];

const australiaAndSouthernEurope: Spec[] = [
  {
    key: 'au-coralcoast-seaweed-methane-feed',
    owner: 'au-coral-coast-uni',
    title: 'Stabilised red-seaweed feed supplement that cuts enteric methane from cattle by 60-80%',
    summary:
      'A process that cultivates Asparagopsis seaweed on land and stabilises its active compound in an edible oil carrier gives a feed additive that reduces cattle methane emissions by 60-80% at inclusion rates below 0.5% of dry matter.',
    description:
      'Enteric methane from cattle accounts for a large share of agricultural greenhouse gas emissions. The red seaweed Asparagopsis contains bromoform, which inhibits methane-forming microbes in the rumen, but wild harvest is limited and the active compound evaporates and degrades during drying and storage. The university has developed land-based cultivation in tanks with controlled light and nutrients, and an extraction that captures the active compounds in vegetable oil, stable for 12 months at ambient temperature. In feedlot and dairy trials the supplement reduced methane by 60-80% with no effect on weight gain or milk yield and residues in meat and milk below detection limits. The university offers licences for cultivation and stabilisation, and seeks feed companies and dairy groups for trials and production, including in China where dairy herds are growing.',
    zh: {
      title: '可使牛只肠道甲烷排放减少 60-80% 的稳定化红藻饲料添加剂',
      summary:
        '该工艺在陆基养殖海门冬属红藻，并将其活性成分稳定于食用油载体中，制成饲料添加剂，在添加量低于干物质 0.5% 时可使牛只甲烷排放减少 60-80%。',
      description:
        '牛的肠道甲烷在农业温室气体排放中占很大比例。海门冬属红藻含有三溴甲烷，可抑制瘤胃中的产甲烷微生物，但野生采集量有限，活性成分在干燥和储存过程中易挥发和降解。该大学开发了在可控光照和营养条件下的陆基池养技术，以及将活性成分提取至植物油中的工艺，产品常温下可稳定保存 12 个月。在育肥牛和奶牛试验中，该添加剂使甲烷排放降低 60-80%，对增重和产奶量无影响，肉和奶中的残留低于检出限。大学提供养殖和稳定化技术许可，寻求饲料企业和乳业集团开展试验与生产，包括奶牛存栏量不断增长的中国市场。',
    },
    confidential: 'Tank cultivation parameters, extraction solvent and oil carrier, bromoform stability data, residue study results; royalty proposal AUD 0.03 per head per day.',
    keywords: ['methane reduction', 'Asparagopsis', 'seaweed', 'feed additive', 'livestock emissions', 'dairy'],
    sectors: ['ind-agrifood', 'ind-environment', 'ind-marine'],
    ipc: ['A23K 10/30', 'A23K 50/10', 'A01G 33/00'],
    trl: 7,
    ipr: 'granted',
    patents: ['AU2019101234B4', 'WO2020223456A1'],
    coop: ['license', 'joint_development'],
    price: money('AUD', 300000, 1000000),
    to: ['CN', 'NZ', 'US', 'BR'],
    days: 63,
  },
  {
    key: 'au-coralcoast-prawn-pond-sensor-buoy',
    owner: 'au-coral-coast-uni',
    title: 'Solar IoT buoy for prawn and fish ponds with dissolved-oxygen forecasting and automatic aerator control',
    summary:
      'A floating sensor buoy measures dissolved oxygen, temperature, pH and turbidity, forecasts night-time oxygen crashes two to four hours ahead and switches aerators automatically, cutting aeration energy by 30% and preventing mass mortalities.',
    description:
      'In intensive prawn and fish ponds, dissolved oxygen can crash at night after algal blooms, killing stock within hours, while running aerators continuously wastes electricity. The university has developed a solar-powered buoy with optical dissolved-oxygen, temperature, pH and turbidity sensors and an anti-fouling wiper. A model trained on four years of pond data forecasts oxygen two to four hours ahead and controls aerators through a wireless relay. On commercial prawn farms in Queensland the system reduced aeration energy by 30% and prevented oxygen-related losses over three seasons. Components are low-cost and serviceable by farm staff. The university seeks aquaculture equipment companies and feed companies with farmer networks in Asia as licensees.',
    zh: {
      title: '具备溶解氧预测和增氧机自动控制功能的虾鱼养殖池太阳能物联网浮标',
      summary:
        '一种浮标式传感器，可测量溶解氧、水温、pH 和浊度，提前 2-4 小时预测夜间溶氧骤降并自动开关增氧机，使增氧能耗降低 30%，防止大规模死亡。',
      description:
        '在高密度虾鱼养殖池中，藻华之后夜间溶解氧可能骤降，数小时内即可造成大量死亡，而增氧机持续运行又浪费电力。该大学开发了一种太阳能浮标，配备光学溶解氧、温度、pH 和浊度传感器及防污刮片。基于四年池塘数据训练的模型可提前 2-4 小时预测溶氧，并通过无线继电器控制增氧机。在昆士兰的商业对虾养殖场，该系统三个养殖季内使增氧能耗降低 30%，并避免了缺氧损失。部件成本低，养殖场员工即可维护。大学寻求在亚洲拥有养殖户网络的水产设备企业和饲料企业作为被许可方。',
    },
    confidential: 'Forecast model features and accuracy by season; buoy bill of materials (AUD 850); farm trial data.',
    keywords: ['aquaculture', 'dissolved oxygen', 'IoT sensor', 'prawn farming', 'aerator control', 'smart fishery'],
    sectors: ['ind-agrifood', 'ind-marine', 'ind-ai-software'],
    ipc: ['A01K 61/95', 'G01N 33/18', 'A01K 63/04'],
    trl: 7,
    ipr: 'applied',
    patents: ['AU2022903456A0'],
    coop: ['license', 'commercial_agreement'],
    price: money('AUD', 80000, 250000),
    to: ['CN', 'VN', 'TH', 'ID', 'EC'],
    days: 100,
  },
  {
    key: 'au-coralcoast-microalgae-omega3-strain',
    owner: 'au-coral-coast-uni',
    title: 'High-EPA tropical microalga strain for fish-oil-free aquafeed and nutraceutical omega-3',
    summary:
      'A non-GMO microalga strain isolated from tropical waters accumulates eicosapentaenoic acid at 4.5% of dry weight and grows at 35 °C in open raceways, enabling low-cost omega-3 production in warm climates.',
    description:
      'Aquaculture feeds and supplements depend on fish oil for the omega-3 fatty acids EPA and DHA, a limited marine resource. Most omega-3 microalgae grow in costly closed fermenters or only at moderate temperatures. The university has isolated and improved, by adaptive laboratory evolution, a tropical microalga that tolerates 35 °C and high light, grows in open raceways with seawater and accumulates EPA at 4.5% of dry weight. Feeding trials with barramundi replacing 50% of fish oil kept growth and fillet omega-3 levels. The university offers the strain and cultivation protocols under licence, and joint development of harvesting and extraction with industry partners.',
    keywords: ['microalgae', 'omega-3', 'EPA', 'aquafeed', 'fish oil replacement', 'marine biotechnology'],
    sectors: ['ind-marine', 'ind-agrifood', 'ind-biomedicine'],
    ipc: ['C12N 1/12', 'C12P 7/6427', 'A23K 50/80'],
    trl: 4,
    ipr: 'secret_know_how',
    coop: ['license', 'joint_development'],
    price: money('AUD', 100000, 400000),
    to: ['CN', 'NO', 'CL', 'VN'],
    status: 'draft',
    days: null,
  },
  {
    key: 'au-coralcoast-rdp-reef-restoration',
    kind: 'rd_partnership',
    owner: 'au-coral-coast-uni',
    title: 'Partners sought for coral reef restoration research: heat-tolerant coral breeding and robotic larval seeding',
    summary:
      'Marine scientists seek research institutes, robotics firms and coastal governments to jointly develop and test heat-tolerant coral breeding and drone-based larval seeding at reefs in the Indo-Pacific, including the South China Sea.',
    description:
      'Marine heatwaves are killing corals across the Indo-Pacific. The university’s marine science groups have bred coral families with higher heat tolerance and developed methods to settle larvae on reefs at scale. They propose a collaborative research programme with three parts: selective breeding and assisted evolution of heat-tolerant corals, autonomous surface vessels and underwater drones to deliver larvae to degraded reefs, and long-term monitoring with machine-learning image analysis. Partners are sought among marine research institutes, robotics companies and coastal management agencies, particularly in China, Southeast Asia and the Pacific. Funding through international ocean programmes and philanthropic sources will be sought jointly.',
    keywords: ['coral reef', 'reef restoration', 'marine conservation', 'underwater robotics', 'climate adaptation'],
    sectors: ['ind-marine', 'ind-environment', 'wipo-15'],
    ipc: ['A01K 61/70'],
    trl: 2,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'ID', 'PH', 'FJ'],
    days: 212,
    deadline: 300,
  },
  {
    key: 'au-spencergulf-hydrogen-vtol-drone',
    owner: 'au-spencer-gulf-aerial',
    title: 'Hydrogen fuel-cell VTOL fixed-wing drone with 6-hour endurance and 8 kg payload for long-range inspection and mapping',
    summary:
      'A vertical-take-off fixed-wing drone powered by a 2 kW PEM fuel cell and a type-IV hydrogen cylinder flies for six hours or 500 km with an 8 kg payload, for pipeline, power-line and coastal surveillance.',
    description:
      'Battery drones fly 30-90 minutes, which limits inspection of pipelines, power lines, railways and coastlines to short sections per flight. Spencer Gulf Aerial Systems has developed a VTOL fixed-wing aircraft of 4.5 m wingspan powered by a 2 kW air-cooled PEM fuel cell with a small buffer battery for take-off and landing. A 9-litre type-IV cylinder at 350 bar stores enough hydrogen for six hours of cruise or about 500 km with an 8 kg payload such as lidar, gas sensors or EO/IR cameras. The airframe is carbon composite and packs into two cases. The drone has flown more than 1,200 hours for pipeline and grid operators in Australia. The company seeks distribution and licensing partners, and joint development of a larger cargo version with partners experienced in hydrogen components and drone manufacturing.',
    zh: {
      title: '续航 6 小时、载重 8 公斤的氢燃料电池垂直起降固定翼无人机，用于远程巡检与测绘',
      summary:
        '一款垂直起降固定翼无人机，由 2 kW 质子交换膜燃料电池和 IV 型储氢瓶驱动，搭载 8 公斤载荷可飞行 6 小时或 500 公里，适用于管道、输电线路和海岸线巡查。',
      description:
        '电池无人机的续航为 30-90 分钟，每次飞行只能巡检管道、输电线路、铁路和海岸线的一小段。Spencer Gulf Aerial Systems 开发了一款翼展 4.5 米的垂直起降固定翼飞机，由 2 kW 风冷质子交换膜燃料电池驱动，并配有用于起降的小型缓冲电池。一只 9 升、350 bar 的 IV 型气瓶储存的氢气可支持 6 小时巡航，或携带激光雷达、气体传感器、光电/红外相机等 8 公斤载荷飞行约 500 公里。机身采用碳纤维复合材料，可装入两个箱子。该无人机已为澳大利亚的管道和电网运营商飞行超过 1,200 小时。公司寻求经销和许可合作伙伴，并希望与具备氢能部件和无人机制造经验的伙伴联合开发更大的货运型号。',
    },
    confidential: 'Fuel-cell hybridisation control, thermal design, flight logs and reliability data; unit price AUD 380,000; licence proposal for Asian production.',
    keywords: ['hydrogen drone', 'fuel cell UAV', 'VTOL', 'long-endurance drone', 'pipeline inspection', 'aerial mapping'],
    sectors: ['ind-aerospace', 'ind-renewables', 'ind-energy-storage'],
    ipc: ['B64U 50/32', 'B64C 29/0025', 'H01M 8/04007', 'B64D 27/24'],
    trl: 8,
    ipr: 'granted',
    patents: ['AU2020345678B2', 'US11649047B2'],
    coop: ['license', 'commercial_agreement', 'joint_development'],
    price: money('AUD', 500000, 2000000),
    to: ['CN', 'SA', 'IN', 'CL'],
    days: 22,
  },
  {
    key: 'au-spencergulf-detect-and-avoid-radar',
    owner: 'au-spencer-gulf-aerial',
    title: 'Lightweight airborne detect-and-avoid radar for beyond-visual-line-of-sight drone operations',
    summary:
      'A 750 g multi-channel X-band radar with on-board tracking detects light aircraft at 3 km and drones at 800 m in all weather, providing the onboard detect-and-avoid capability regulators require for BVLOS flights.',
    description:
      'Regulators increasingly allow beyond-visual-line-of-sight drone flights if the drone can detect and avoid other aircraft. Cameras fail in poor visibility and ADS-B only sees cooperative aircraft. Spencer Gulf Aerial Systems has developed a compact X-band radar with electronic beam steering over ±60° in azimuth, weighing 750 g and consuming 25 W. On-board tracking detects a light aircraft at 3 km and a small drone at 800 m, classifies targets and feeds avoidance manoeuvres to the autopilot. The radar has been used in regulator-approved BVLOS trials. The company seeks drone manufacturers and avionics companies to integrate or license the radar.',
    confidential: 'Antenna design, detection range statistics against cross-section, and regulator trial reports.',
    keywords: ['detect and avoid', 'BVLOS', 'airborne radar', 'UAV safety', 'airspace integration'],
    sectors: ['ind-aerospace', 'ind-telecom'],
    ipc: ['G01S 13/933', 'G08G 5/045', 'H01Q 21/0025'],
    trl: 6,
    ipr: 'secret_know_how',
    coop: ['license', 'commercial_agreement'],
    price: money('AUD', 150000, 500000),
    to: ['CN', 'US', 'JP', 'GB'],
    visibility: 'members',
    days: 192,
  },
  {
    key: 'au-spencergulf-fund-series-a',
    kind: 'funding_request',
    owner: 'au-spencer-gulf-aerial',
    title: 'Series A of AUD 12-18 million to industrialise hydrogen drones and certify the detect-and-avoid radar',
    summary:
      'Spencer Gulf Aerial Systems raises capital to expand production of its hydrogen VTOL drone to 80 units per year, complete radar certification and open service hubs in the Middle East and Asia.',
    description:
      'The company has delivered 22 hydrogen VTOL drones and has a backlog of 35 units from pipeline, grid and defence customers. The Series A of AUD 12-18 million will fund a production facility, certification of the detect-and-avoid radar for BVLOS operations, and service hubs for customers in the Middle East and Asia. Strategic investors from energy, aviation and drone manufacturing are welcome, including partners who can support component supply and production in China.',
    confidential: 'Revenue FY2024 AUD 7.8 million; gross margin 41%; pre-money AUD 55 million sought.',
    keywords: ['Series A', 'drone company', 'hydrogen aviation', 'growth capital', 'BVLOS'],
    sectors: ['ind-aerospace', 'ind-renewables', 'wipo-32'],
    trl: 8,
    ipr: 'granted',
    patents: ['AU2020345678B2'],
    coop: ['investment'],
    price: money('AUD', 12000000, 18000000),
    to: ['AU', 'US', 'SG', 'CN', 'AE'],
    days: 133,
    deadline: 150,
  },
  {
    key: 'au-spencergulf-req-type4-hydrogen-tank',
    kind: 'technology_request',
    owner: 'au-spencer-gulf-aerial',
    title: 'Supplier sought: lightweight type-IV hydrogen cylinders of 6-20 litres at 350-700 bar for drones',
    summary:
      'Spencer Gulf Aerial Systems seeks a supplier of certified composite hydrogen cylinders with gravimetric capacity above 6 wt% in sizes of 6-20 litres, for 300-500 units per year.',
    description:
      'Hydrogen capacity per kilogram of tank decides drone endurance. The company needs type-IV cylinders with a polymer liner and carbon-fibre overwrap, 6 to 20 litres of water volume at 350 or 700 bar, with gravimetric storage density above 6 wt%, certified to an international standard for hydrogen vessels and suitable for aviation vibration. Volume is 300-500 cylinders per year from 2026. The company also welcomes joint development of conformal or lighter designs. Manufacturers in China, Korea, Europe and North America are invited to respond.',
    zh: {
      title: '寻求供应商：用于无人机的 6-20 升、350-700 bar 轻量化 IV 型储氢瓶',
      summary: 'Spencer Gulf Aerial Systems 寻求经认证的复合材料储氢瓶供应商，要求质量储氢密度高于 6 wt%，容积 6-20 升，年需求 300-500 只。',
      description: '每公斤气瓶能储存多少氢决定了无人机的续航。公司需要采用聚合物内胆和碳纤维缠绕的 IV 型气瓶，水容积 6 至 20 升，工作压力 350 或 700 bar，质量储氢密度高于 6 wt%，通过国际氢气容器标准认证并能承受航空振动。自 2026 年起每年需求 300-500 只。公司也欢迎联合开发异形或更轻的设计。诚邀中国、韩国、欧洲和北美的制造商回应。',
    },
    keywords: ['hydrogen storage', 'type IV cylinder', 'composite pressure vessel', 'drone components', 'supply agreement'],
    sectors: ['ind-aerospace', 'ind-renewables', 'ind-new-materials'],
    ipc: ['F17C 1/06', 'F17C 2203/0604'],
    trl: 8,
    ipr: 'none',
    coop: ['commercial_agreement', 'joint_development'],
    price: money('AUD', 300000, 900000),
    to: ['CN', 'KR', 'DE', 'US'],
    days: 49,
    deadline: 100,
  },
  {
    key: 'it-povalley-blister-vision-inspection',
    owner: 'it-po-valley-mechatronics',
    title: 'Inline vision inspection for pharmaceutical blister packs combining colour, 3D and hyperspectral checks at 600 blisters per minute',
    summary:
      'An inspection station for blister packaging lines that detects missing, broken or wrong tablets, foreign particles and sealing defects using colour, laser-triangulation 3D and near-infrared hyperspectral imaging, with a false-reject rate below 0.1%.',
    description:
      'Pharmaceutical packaging must guarantee that every blister contains the right, intact product and is properly sealed, and regulators require documented inspection. Colour cameras alone miss cracked tablets of similar colour or wrong products with the same appearance. Po Valley Mechatronics has developed an inspection station that combines colour imaging, laser-triangulation 3D profiling for chips and cracks, and near-infrared hyperspectral imaging that identifies the active ingredient family through the blister film. Deep-learning classifiers trained with few samples cut the false-reject rate below 0.1% at 600 blisters per minute. The station retrofits onto most thermoforming blister machines and complies with GAMP 5 and 21 CFR Part 11 data integrity rules. The company seeks packaging-machine makers and pharma manufacturers in China and Asia for licensing and distribution.',
    zh: {
      title: '融合彩色、三维和高光谱检测、速度达每分钟 600 板的药品泡罩包装在线视觉检测',
      summary:
        '一种用于泡罩包装线的检测工位，结合彩色成像、激光三角测量三维成像和近红外高光谱成像，可检出缺粒、碎片、错药、异物和封合缺陷，误剔率低于 0.1%。',
      description:
        '药品包装必须确保每个泡罩都装有正确且完整的产品并封合良好，监管部门要求检测有据可查。仅靠彩色相机无法发现颜色相近的裂片，也无法识别外观相同的错药。Po Valley Mechatronics 开发的检测工位结合了彩色成像、用于检测缺角和裂纹的激光三角测量三维轮廓成像，以及可透过泡罩膜识别活性成分类别的近红外高光谱成像。利用少样本训练的深度学习分类器，在每分钟 600 板的速度下误剔率低于 0.1%。该工位可加装于大多数热成型泡罩包装机，符合 GAMP 5 和 21 CFR Part 11 数据完整性要求。公司寻求中国及亚洲的包装机制造商和制药企业开展许可与经销合作。',
    },
    confidential: 'Classifier training procedure, validation documentation package, transfer price EUR 95,000 per station; licence for local assembly 7% royalty.',
    keywords: ['machine vision', 'blister inspection', 'pharmaceutical packaging', 'hyperspectral imaging', 'quality control', 'GMP'],
    sectors: ['ind-robotics', 'ind-biomedicine', 'ind-ai-software'],
    ipc: ['G01N 21/95', 'B65B 57/10', 'G06T 7/0004'],
    trl: 9,
    ipr: 'granted',
    patents: ['IT102019000012345B1', 'EP3887794B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 95000, 400000),
    to: ['CN', 'IN', 'KR', 'VN'],
    days: 74,
  },
  {
    key: 'it-povalley-servo-press-energy-recovery',
    owner: 'it-po-valley-mechatronics',
    title: 'Servo press with supercapacitor energy recovery that cuts peak grid power by 70% in sheet-metal forming',
    summary:
      'A direct-drive servo press stores braking energy of the ram in a supercapacitor bank and returns it on the next stroke, lowering peak grid demand by 70% and energy use by 30% compared with conventional servo presses.',
    description:
      'Servo presses give flexible stroke profiles for sheet-metal forming, but their motors draw very high peak power during each stroke and dump braking energy into resistors. Po Valley Mechatronics has developed a press drive that recovers braking energy into a supercapacitor bank sized for one stroke cycle, with a predictive controller that schedules charging and discharging from the stroke profile. On a 400-tonne press peak grid power fell by 70% and energy consumption by 30%, allowing smaller grid connections. Stroke profiles for deep drawing, blanking and hot forming are included. The company seeks press makers to license the drive architecture and users in automotive and appliance industries for pilots.',
    confidential: 'Supercapacitor sizing method, controller algorithm, test data on 400 t and 800 t presses.',
    keywords: ['servo press', 'energy recovery', 'supercapacitor', 'metal forming', 'peak shaving'],
    sectors: ['ind-robotics', 'ind-nev'],
    ipc: ['B30B 15/14', 'B21D 24/00', 'H02J 7/345'],
    trl: 8,
    ipr: 'granted',
    patents: ['EP3725502B1'],
    coop: ['license', 'commercial_agreement'],
    price: money('EUR', 150000, 450000),
    to: ['CN', 'TR', 'MX', 'IN'],
    days: 350,
  },
  {
    key: 'it-povalley-ergonomic-chair-mechanism',
    owner: 'it-po-valley-mechatronics',
    title: 'Self-adjusting synchro mechanism for office chairs that sets recline tension automatically from user weight',
    summary:
      'A compact chair mechanism with a variable-lever spring system adapts recline resistance to users from 45 to 130 kg without knobs, and a sensor module records sitting posture for workplace ergonomics programmes.',
    description:
      'Most office chair users never adjust the recline tension, so they sit either pushed forward or falling back. Po Valley Mechatronics designed a synchro mechanism in which the user’s weight shifts the pivot of a lever acting on the main spring, so recline resistance scales with weight automatically between 45 and 130 kg. The mechanism has passed EN 1335 and BIFMA durability tests and is 20% lighter than comparable mechanisms. An optional module with pressure sensors and a Bluetooth link reports posture and sitting time to an app for ergonomics programmes. The company seeks furniture makers and mechanism suppliers as licensees.',
    keywords: ['office chair', 'synchro mechanism', 'ergonomics', 'furniture', 'self-adjusting'],
    sectors: ['ind-digital-creative', 'ind-smart-city'],
    ipc: ['A47C 1/03255', 'A47C 31/126'],
    trl: 8,
    ipr: 'granted',
    patents: ['EP3585210B1'],
    coop: ['license', 'assignment'],
    price: money('EUR', 60000, 180000),
    to: ['CN', 'PL', 'VN', 'US'],
    days: 116,
  },
  {
    key: 'it-povalley-req-ai-defect-detection',
    kind: 'technology_request',
    owner: 'it-po-valley-mechatronics',
    title: 'Sought: few-shot AI defect detection software for food packaging seals and labels to embed in packaging machines',
    summary:
      'Po Valley Mechatronics looks for an AI software partner whose defect detection learns new products from under 50 images and runs on an industrial edge PC at 20 ms per image, for seal and label inspection on food packaging lines.',
    description:
      'Food packaging lines change products and labels frequently, and rule-based vision must be re-tuned each time. The company wants to embed AI software in its machines that detects seal contamination, wrinkles, misprinted or missing labels and date codes, learns a new product from fewer than 50 good images plus a few defects, and runs on an industrial edge PC with a mid-range GPU at 20 ms per image. It should provide an operator-friendly training interface and a documented API. The company will consider licensing, OEM agreements or joint development. Software companies from China, Europe and Israel are invited to reply.',
    keywords: ['defect detection', 'few-shot learning', 'machine vision', 'food packaging', 'edge AI'],
    sectors: ['ind-ai-software', 'ind-robotics', 'ind-agrifood'],
    ipc: ['G06T 7/0004', 'G06V 10/764'],
    trl: 7,
    ipr: 'none',
    coop: ['license', 'commercial_agreement', 'joint_development'],
    price: money('EUR', 50000, 200000),
    to: ['CN', 'IL', 'DE', 'IT'],
    days: 27,
    deadline: 90,
  },
  {
    key: 'es-meseta-molten-salt-thermal-storage',
    owner: 'es-meseta-energy',
    title: 'Single-tank thermocline molten-salt storage with ceramic filler that halves storage cost for solar and industrial heat',
    summary:
      'A single molten-salt tank with a thermocline stabilised by a ceramic filler bed and a flow distributor replaces the usual hot and cold tanks, cutting thermal storage cost by about 45% for concentrated solar power and industrial process heat.',
    description:
      'Concentrated solar power plants store heat in two large tanks of molten salt, which is reliable but costly; the same technology is now wanted to store cheap renewable electricity as heat for industry. The technology centre has developed a single-tank thermocline design in which hot and cold salt are kept apart by density and a packed bed of low-cost ceramic pellets made from industrial by-products, with a radial flow distributor that keeps the thermocline thin. A 4 MWh pilot operated for 2,000 cycles between 290 and 565 °C with 92% round-trip thermal efficiency and stable thermocline thickness. Cost modelling shows a 45% reduction compared with two-tank storage. The centre seeks engineering companies, CSP developers and industrial heat users for licences and demonstration projects, including in China’s western provinces.',
    zh: {
      title: '采用陶瓷填料的单罐斜温层熔盐储热，使光热发电与工业供热储能成本减半',
      summary:
        '一种单罐熔盐储热方案，以陶瓷填料床和布流器稳定斜温层，取代常规的冷热双罐，使光热发电和工业过程供热的储热成本降低约 45%。',
      description:
        '光热电站通常用两个大型熔盐罐储热，可靠但昂贵；如今工业界也希望用同样技术把廉价的可再生电力以热的形式储存起来。该技术中心开发了单罐斜温层设计：冷热熔盐依靠密度差以及由工业副产物制成的低成本陶瓷颗粒填充床分隔，径向布流器使斜温层保持较薄。一套 4 MWh 中试装置在 290 至 565 °C 之间运行了 2,000 个循环，往返热效率 92%，斜温层厚度稳定。成本模型显示，与双罐储热相比成本降低 45%。中心寻求工程公司、光热开发商和工业用热企业开展许可和示范项目，包括在中国西部省份。',
    },
    confidential: 'Filler material composition and thermal cycling data, distributor geometry, pilot operating data and cost model.',
    keywords: ['thermal energy storage', 'molten salt', 'thermocline', 'concentrated solar power', 'industrial heat'],
    sectors: ['ind-renewables', 'ind-energy-storage'],
    ipc: ['F28D 20/0034', 'F24S 60/10', 'F28D 20/021'],
    trl: 6,
    ipr: 'granted',
    patents: ['ES2735288B2', 'EP3790012B1'],
    coop: ['license', 'joint_development', 'technical_service'],
    price: money('EUR', 200000, 600000),
    to: ['CN', 'CL', 'MA', 'SA'],
    days: 41,
  },
  {
    key: 'es-meseta-agrivoltaic-tracking',
    owner: 'es-meseta-energy',
    title: 'Crop-aware agrivoltaic tracking that steers PV panels to balance electricity output and crop shading needs',
    summary:
      'Control software for elevated single-axis trackers over crops that sets panel angles from crop stage, soil moisture and heat forecasts, protecting vines and orchards from heat stress while keeping 85-90% of standalone PV yield.',
    description:
      'Agrivoltaics combines solar power and farming on the same land, but fixed panels can shade crops too much or too little. The technology centre has developed a control strategy for elevated single-axis trackers that models light needs of the crop by phenological stage, soil water balance and forecasted heat waves, and turns panels to provide shade during heat stress or to let light through when crops need it. In a vineyard and a stone-fruit orchard over three seasons, the system reduced sunburn damage and irrigation water by 20% while producing 85-90% of the electricity of a standard tracker. The centre offers licences to tracker makers and agrivoltaic developers.',
    confidential: 'Crop light-response models and control rules per phenological stage; three-season yield, water and energy data.',
    keywords: ['agrivoltaics', 'solar tracker', 'crop shading', 'dual land use', 'vineyard'],
    sectors: ['ind-renewables', 'ind-agrifood'],
    ipc: ['H02S 20/32', 'A01G 9/22', 'G05B 13/048'],
    trl: 6,
    ipr: 'applied',
    patents: ['ES2952341A1'],
    coop: ['license', 'joint_development'],
    price: money('EUR', 60000, 200000),
    to: ['CN', 'IT', 'FR', 'JP'],
    days: 159,
  },
  {
    key: 'es-meseta-slot-die-perovskite-ink',
    owner: 'es-meseta-energy',
    title: 'Green-solvent perovskite ink for ambient-air slot-die coating of large-area solar modules',
    summary:
      'A perovskite precursor ink based on non-toxic solvents with a crystallisation additive enables slot-die coating in ambient air at 60% relative humidity, producing 20 x 20 cm modules with 18.5% aperture efficiency.',
    description:
      'Most high-efficiency perovskite cells are made by spin coating in glove boxes with toxic solvents such as DMF, which cannot be transferred to production. The technology centre has developed an ink based on a blend of non-toxic solvents and a Lewis-base additive that controls nucleation, so uniform films form by slot-die coating and gas-knife drying in ambient air at up to 60% relative humidity. Mini-modules of 20 x 20 cm reach 18.5% aperture-area efficiency with good film uniformity. The ink has a pot life of two weeks. The centre seeks ink and materials suppliers and perovskite module manufacturers for licensing and joint scale-up to roll-to-roll coating.',
    zh: {
      title: '适用于空气中狭缝涂布大面积太阳能组件的绿色溶剂钙钛矿墨水',
      summary:
        '一种基于无毒溶剂、含结晶添加剂的钙钛矿前驱体墨水，可在相对湿度 60% 的空气中进行狭缝涂布，制成孔径效率 18.5% 的 20 × 20 厘米组件。',
      description:
        '大多数高效钙钛矿电池是在手套箱中以 DMF 等有毒溶剂旋涂制备的，无法转移到生产中。该技术中心开发了一种以无毒溶剂混合物为基础、含控制成核的路易斯碱添加剂的墨水，可在相对湿度最高 60% 的空气中通过狭缝涂布和气刀干燥形成均匀薄膜。20 × 20 厘米小组件的孔径面积效率达 18.5%，膜层均匀性良好。墨水适用期为两周。中心寻求墨水和材料供应商以及钙钛矿组件制造商开展许可与卷对卷涂布放大联合开发。',
    },
    confidential: 'Solvent blend ratios, additive identity and concentration, coating window (gap, speed, gas-knife pressure).',
    keywords: ['perovskite ink', 'slot-die coating', 'green solvent', 'printed photovoltaics', 'perovskite module'],
    sectors: ['ind-renewables', 'ind-new-materials'],
    ipc: ['H10K 71/12', 'C09D 11/52', 'H10K 85/50'],
    trl: 4,
    ipr: 'applied',
    patents: ['EP4273144A1'],
    coop: ['license', 'joint_development'],
    to: ['CN', 'KR', 'IN', 'DE'],
    days: 87,
  },
  {
    key: 'es-meseta-rdp-solar-thermochemical-hydrogen',
    kind: 'rd_partnership',
    owner: 'es-meseta-energy',
    title: 'Research collaboration on solar thermochemical water splitting with ceria-based redox materials',
    summary:
      'The technology centre invites institutes and companies to join a project developing redox materials and a 250 kW solar receiver-reactor for producing hydrogen directly from concentrated sunlight.',
    description:
      'Concentrated sunlight can split water in two thermochemical steps using metal oxides that release oxygen at 1,400-1,500 °C and take it back from steam at lower temperature. The centre operates a solar tower and has tested ceria and perovskite-type redox materials at laboratory scale. It proposes a joint project to improve redox materials, design a 250 kW receiver-reactor with heat recovery between steps and evaluate costs against electrolysis. Partners sought include materials-science institutes, ceramic manufacturers and engineering firms; institutions in China with solar tower facilities are especially welcome for parallel testing.',
    keywords: ['solar fuels', 'thermochemical water splitting', 'ceria', 'hydrogen production', 'concentrated solar'],
    sectors: ['ind-renewables', 'ind-new-materials', 'wipo-19'],
    ipc: ['C01B 3/063', 'F24S 20/20'],
    trl: 3,
    ipr: 'none',
    coop: ['joint_development'],
    to: ['CN', 'DE', 'CH', 'AU'],
    days: 197,
    deadline: 150,
  },
];

export const overseasListings: DemoListing[] = [...germany, ...unitedKingdom, ...franceAndNetherlands, ...nordics, ...switzerlandAndIsrael, ...unitedStates, ...canadaAndJapan, ...koreaAndSingapore, ...australiaAndSouthernEurope].map(build);
