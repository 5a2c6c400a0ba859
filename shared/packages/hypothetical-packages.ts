import type { StepPoint } from '../domain/schedule';
import type { BuiltInPackage } from './restriction-package';

// Starting points for "what if", not the public record: named "Hypothetical" in both languages and
// flagged, so no chart, list or file can pass one off as history. Levels start from the 2025
// catalogue's r0 (IC 0.30, SME 0.35, ISW 0.20, BSW 0.05).
const HYPOTHETICAL = 'Hypothetical, not from the public record: a starting point to edit.';

const at = (year: number, value: number): { restriction: StepPoint[] } => ({
  restriction: [{ year, value }],
});

export const HYPOTHETICAL_PACKAGES: readonly BuiltInPackage[] = [
  {
    id: 'hyp-2026-hbm-ai-extension',
    name: 'Hypothetical: HBM and AI-chip extension (2026)',
    names: {
      en: 'Hypothetical: HBM and AI-chip extension (2026)',
      zh: '假设：HBM 与 AI 芯片管制扩展（2026）',
    },
    shortNames: { en: 'Hyp.: HBM, AI chips', zh: '假设：HBM 扩展' },
    descriptions: {
      en: 'A further round after December 2024: wider memory and AI-chip controls, equipment servicing cut off.',
      zh: '2024年12月之后的又一轮：扩大存储器与 AI 芯片管制，切断设备维保。',
    },
    year: 2026,
    month: 6,
    source: `${HYPOTHETICAL} IC 0.30 → 0.45 and SME 0.35 → 0.45 from 2026.`,
    confidence: 'L',
    hypothetical: true,
    sectors: { IC: at(2026, 0.45), SME: at(2026, 0.45) },
  },
  {
    id: 'hyp-2027-eda-software-cutoff',
    name: 'Hypothetical: EDA and industrial-software cut-off (2027)',
    names: {
      en: 'Hypothetical: EDA and industrial-software cut-off (2027)',
      zh: '假设：EDA 与工业软件断供（2027）',
    },
    shortNames: { en: 'Hyp.: EDA cut-off', zh: '假设：EDA 断供' },
    descriptions: {
      en: 'All design and industrial software, and updates, withheld; basic software partly.',
      zh: '全部设计与工业软件及其更新停止供应；基础软件部分停止。',
    },
    year: 2027,
    source: `${HYPOTHETICAL} ISW 0.20 → 0.50 and BSW 0.05 → 0.15 from 2027.`,
    confidence: 'L',
    hypothetical: true,
    sectors: { ISW: at(2027, 0.5), BSW: at(2027, 0.15) },
  },
  {
    id: 'hyp-2028-truce-licences',
    name: 'Hypothetical: truce — licences for mature-node chips and equipment (2028)',
    names: {
      en: 'Hypothetical: truce — licences for mature-node chips and equipment (2028)',
      zh: '假设：缓和——成熟制程芯片与设备获许可（2028）',
    },
    shortNames: { en: 'Hyp.: truce', zh: '假设：缓和' },
    descriptions: {
      en: 'A relaxing package: licences granted again for mature nodes, so chips and equipment ease.',
      zh: '放松型管制包：成熟制程重新获得许可，芯片与设备管制放松。',
    },
    year: 2028,
    source: `${HYPOTHETICAL} A relaxation: IC to 0.20 and SME to 0.25 from 2028.`,
    confidence: 'L',
    hypothetical: true,
    sectors: { IC: at(2028, 0.2), SME: at(2028, 0.25) },
  },
];
