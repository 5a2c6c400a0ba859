import type { ChokepointDefinition, Sourced } from '../types';

/**
 * The 35 chokepoint technologies of the Science and Technology Daily series 亟待攻克的核心技术
 * (Apr–Jul 2018; English translation "35 Key Stranglehold Technologies", CSET). Status and offsets are
 * judgement (L) and editable: no official scorecard exists. The offsets follow the rule in data.md
 * (see chokepoint-offset-rule.ts); a test recomputes them, so an edited status must come with its offset.
 */
// One row per item, as in the data.md table, so the two can be compared line by line.
// prettier-ignore
export const CHOKEPOINTS_2025: readonly ChokepointDefinition[] = [
  { id: 1, name: { en: 'Photolithography machines', zh: '光刻机' }, sector: 'LITH', status: 'unsolved', frontier: true, offset: 0.1 },
  { id: 2, name: { en: 'High-end chips', zh: '芯片' }, sector: 'IC', status: 'partial', frontier: false, offset: 0.005 },
  { id: 3, name: { en: 'Operating systems', zh: '操作系统' }, sector: 'BSW', status: 'partial', frontier: false, offset: 0.005 },
  { id: 4, name: { en: 'Aero-engine nacelles', zh: '航空发动机短舱' }, sector: 'AERO', status: 'unsolved', frontier: true, offset: 0.1 },
  { id: 5, name: { en: 'Tactile sensors', zh: '触觉传感器' }, sector: 'ROB', status: 'partial', frontier: false, offset: 0.017 },
  { id: 6, name: { en: 'Vacuum evaporators for OLED', zh: '真空蒸镀机' }, sector: 'SME', status: 'unsolved', frontier: false, offset: 0.055 },
  { id: 7, name: { en: 'Mobile-phone RF components', zh: '手机射频器件' }, sector: 'IC', status: 'partial', frontier: false, offset: 0.017 },
  { id: 8, name: { en: 'iCLIP technique', zh: 'iCLIP技术' }, sector: 'INST', status: 'solved', frontier: false, offset: -0.05 },
  { id: 9, name: { en: 'Heavy-duty gas turbines', zh: '重型燃气轮机' }, sector: 'AERO', status: 'partial', frontier: true, offset: 0.1 },
  { id: 10, name: { en: 'LiDAR', zh: '激光雷达' }, sector: 'ROB', status: 'solved', frontier: false, offset: -0.05 },
  { id: 11, name: { en: 'Airworthiness standards', zh: '适航标准' }, sector: 'AERO', status: 'partial', frontier: false, offset: 0.005 },
  { id: 12, name: { en: 'High-end capacitors and resistors', zh: '高端电容电阻' }, sector: 'IC', status: 'partial', frontier: false, offset: 0.03 },
  { id: 13, name: { en: 'Core industrial software', zh: '核心工业软件' }, sector: 'ISW', status: 'unsolved', frontier: false, offset: 0.04 },
  { id: 14, name: { en: 'ITO targets', zh: 'ITO靶材' }, sector: 'SMAT', status: 'solved', frontier: false, offset: -0.05 },
  { id: 15, name: { en: 'Core algorithms for robots', zh: '核心算法' }, sector: 'ROB', status: 'solved', frontier: false, offset: -0.05 },
  { id: 16, name: { en: 'Aviation steel', zh: '航空钢材' }, sector: 'AMAT', status: 'partial', frontier: false, offset: 0.005 },
  { id: 17, name: { en: 'Milling cutters', zh: '铣刀' }, sector: 'CNC', status: 'partial', frontier: false, offset: 0.005 },
  { id: 18, name: { en: 'High-end bearing steel', zh: '高端轴承钢' }, sector: 'AMAT', status: 'partial', frontier: false, offset: 0.013 },
  { id: 19, name: { en: 'High-pressure piston pumps', zh: '高压柱塞泵' }, sector: 'CNC', status: 'partial', frontier: false, offset: 0.017 },
  { id: 20, name: { en: 'Aviation design software', zh: '航空设计软件' }, sector: 'ISW', status: 'unsolved', frontier: false, offset: 0.07 },
  { id: 21, name: { en: 'Photoresist', zh: '光刻胶' }, sector: 'SMAT', status: 'unsolved', frontier: true, offset: 0.1 },
  { id: 22, name: { en: 'High-pressure common-rail systems', zh: '高压共轨系统' }, sector: 'CNC', status: 'partial', frontier: false, offset: 0.03 },
  { id: 23, name: { en: 'Transmission electron microscopes', zh: '透射式电镜' }, sector: 'INST', status: 'unsolved', frontier: true, offset: 0.1 },
  { id: 24, name: { en: 'Tunnel-boring-machine main bearings', zh: '掘进机主轴承' }, sector: 'CNC', status: 'solved', frontier: false, offset: -0.05 },
  { id: 25, name: { en: 'Microspheres', zh: '微球' }, sector: 'SMAT', status: 'partial', frontier: false, offset: 0.005 },
  { id: 26, name: { en: 'Underwater connectors', zh: '水下连接器' }, sector: 'AERO', status: 'partial', frontier: false, offset: 0.03 },
  { id: 27, name: { en: 'Fuel-cell key materials', zh: '燃料电池关键材料' }, sector: 'AMAT', status: 'partial', frontier: false, offset: 0.022 },
  { id: 28, name: { en: 'High-end welding power sources', zh: '高端焊接电源' }, sector: 'CNC', status: 'solved', frontier: false, offset: -0.05 },
  { id: 29, name: { en: 'Lithium-battery separators', zh: '锂电池隔膜' }, sector: 'AMAT', status: 'solved', frontier: false, offset: -0.05 },
  { id: 30, name: { en: 'Medical-imaging components', zh: '医学影像设备元器件' }, sector: 'INST', status: 'partial', frontier: false, offset: 0.005 },
  { id: 31, name: { en: 'Ultra-precision polishing', zh: '超精密抛光工艺' }, sector: 'SME', status: 'partial', frontier: false, offset: 0.017 },
  { id: 32, name: { en: 'High-end epoxy resins', zh: '环氧树脂' }, sector: 'SMAT', status: 'partial', frontier: false, offset: 0.03 },
  { id: 33, name: { en: 'High-strength stainless steel', zh: '高强度不锈钢' }, sector: 'AMAT', status: 'partial', frontier: false, offset: 0.03 },
  { id: 34, name: { en: 'Database management systems', zh: '数据库管理系统' }, sector: 'BSW', status: 'partial', frontier: false, offset: 0.03 },
  { id: 35, name: { en: 'Scanning electron microscopes', zh: '扫描电镜' }, sector: 'INST', status: 'partial', frontier: false, offset: 0.03 },
];

/** Where the list and its statuses come from, for the app's sources view. */
export const CHOKEPOINTS_2025_SOURCE: Sourced = {
  source:
    'Science and Technology Daily series 亟待攻克的核心技术 (Apr–Jul 2018); CSET translation "35 Key Stranglehold Technologies"; status and offsets: judgement',
  confidence: 'L',
};
