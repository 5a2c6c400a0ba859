import type { CommandHelp } from './command-help';
import { extensionsText, REPORT_FORMATS } from '../output-format';
import { DISCOUNT_OPTION, MC_OPTION, OUT_RULE } from './shared-options';

export const reportHelp: CommandHelp = {
  name: 'report',
  summary:
    'Compare 1 to 4 scenarios in one self-contained HTML report, a PowerPoint deck, an Excel workbook or a CSV file.',
  usage:
    'report FILE... --out report.html [--scenario NAME|ID]... [--reference NAME|ID] [--mc N] [--lang en|zh-CN] [--discount-rate R] [--format html|pptx|xlsx|csv]',
  description:
    'Charts, targets, costs and why the scenarios differ. Without --scenario, the files’ scenarios; more ' +
    'than four: the first four, with a notice.',
  options: [
    { flags: '--out PATH', description: `The file to write (required). ${OUT_RULE}` },
    {
      flags: '--scenario NAME|ID',
      description: 'A scenario to include (repeat, up to 4).',
      default: 'the first four',
    },
    {
      flags: '--reference NAME|ID',
      description: 'The scenario the others are compared with.',
      default: 'the first',
    },
    MC_OPTION,
    {
      flags: '--lang LANG',
      description: 'Language of the report, deck, workbook or CSV names and units.',
      values: ['en', 'zh-CN'],
      default: 'en',
    },
    DISCOUNT_OPTION,
    {
      flags: '--format FORMAT',
      description:
        'html: a self-contained page; pptx: the slides of presentation mode with native, editable charts; ' +
        'xlsx: a workbook with a README and one sheet per measure; csv: the trajectories and costs, one row per ' +
        'scenario, sector, year and variable, with names, a unit and P10/P50/P90 columns.',
      values: ['html', 'pptx', 'xlsx', 'csv'],
      default: `from --out's extension (${extensionsText(REPORT_FORMATS)}), else html`,
    },
  ],
  example: 'report x.chokepoint --scenario Baseline --scenario Escalation --out out/report.html',
};
