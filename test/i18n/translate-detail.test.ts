import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../shared/file-format';
import { detailEn } from '../../renderer/src/i18n/detail-en';
import { detailZhCN } from '../../renderer/src/i18n/detail-zh-cn';
import type { DetailTemplates } from '../../renderer/src/i18n/translate-detail';
import {
  translateIssueLines,
  translateIssueMessage,
  translateKnownMessage,
} from '../../renderer/src/i18n/translate-detail';

const FIXTURES = join(__dirname, '..', 'fixtures', 'files');
const valid = JSON.parse(readFileSync(join(FIXTURES, 'valid-single.chokepoint'), 'utf8')) as {
  scenarios: Record<string, unknown>[];
};

type Scenario = Record<string, unknown> & { sectors: Record<string, Record<string, unknown>> };

/** Bad scenarios, one kind of problem each, so that every message the reader can give is seen. */
const MUTATIONS: ((s: Scenario) => void)[] = [
  (s) => (s.horizon = '15 years'),
  (s) => delete s.name,
  (s) => (s.name = 'x'.repeat(300)),
  (s) => (s.tags = Array.from({ length: 60 }, (_, i) => `t${i}`)),
  (s) => (s.tags = ['']),
  (s) => (s.tags = 'a'),
  (s) => (s.createdAt = 'yesterday'),
  (s) => (s.id = '!bad'),
  (s) => (s.seed = 1.5),
  (s) => (s.seed = -1),
  (s) => (s.description = null),
  (s) => (s.colour = 'red'),
  (s) => ((s as Record<string, unknown>).sectors = []),
  (s) => (s.parameters = { nu: true }),
  (s) => (s.lineage = { id: 'a', revisions: ['nope'] }),
  (s) => (s.sectors = { IC: { levers: { basicResearh: 1 } } }),
  (s) => (s.sectors = { IC: { levers: { zzzzzzzz: 1 } } }),
  (s) => (s.sectors = { IC: { restriction: 'abc' } }),
  (s) => (s.sectors = { IC: { restriction: [] } }),
  (s) => (s.sectors = { IC: { data: { S0: 'x' } } }),
  (s) => (s.sectors = { SEM: {} }),
  (s) => (s.sectors = { QQQQQQQQ: {} }),
  (s) => (s.catalogue = 'nope'),
  (s) => (s.sectors = { IC: { levers: { basicResearch: 4 } } }),
  (s) => (s.sectors = { IC: { data: { S0: 1.5, lag0: 0 } } }),
  (s) => (s.sectors = { IC: { parameters: { gF: 0.5, omega: { SME: 2 } } } }),
  (s) => (s.parameters = { omegaScale: -1, a: -2 }),
  (s) => (s.sectors = { IC: { restriction: [{ year: 2027, value: 0.1 }] } }),
  (s) =>
    (s.sectors = {
      IC: {
        restriction: [
          { year: 2025, value: 0.1 },
          { year: 2024, value: 0.2 },
        ],
      },
    }),
  (s) => (s.sectors = { IC: { restriction: [{ year: 1800, value: 0.1 }] } }),
  (s) => (s.sectors = { IC: { restriction: [{ year: 2025, value: 0.1, note: 1 }] } }),
  (s) => (s.restrictionPackages = ['hyp-2028-truce-licences', 'hyp-2028-truce-licences']),
  (s) => (s.restrictionPackages = ['nowhere']),
];

/** A file defining packages, one kind of problem each. */
const PACKAGE_MUTATIONS: ((p: Record<string, unknown>) => void)[] = [
  (p) => (p.sectors = {}),
  (p) => (p.sectors = { ICC: { restriction: 0.5 } }),
  (p) => (p.sectors = { QQQQQQQQ: { restriction: 0.5 } }),
  (p) => (p.sectors = { IC: { restriction: [{ year: 2020, value: 0.5 }] } }),
  (p) => (p.id = 'hist-2019-euv-licence'),
];

function messages(): string[] {
  const out: string[] = [];
  for (const mutate of MUTATIONS) {
    const scenario = structuredClone(valid.scenarios[0]) as Scenario;
    mutate(scenario);
    const text = JSON.stringify({ ...valid, scenarios: [scenario], sha256: undefined });
    const parsed = parseScenarioFile(text, { fileName: 'bad.chokepoint' });
    if (parsed.ok) throw new Error(`a mutation was accepted: ${mutate.toString()}`);
    if (parsed.error.kind !== 'schema' && parsed.error.kind !== 'semantic')
      throw new Error(`unexpected ${parsed.error.kind}`);
    out.push(...parsed.error.issues.map((issue) => issue.message));
  }
  for (const mutate of PACKAGE_MUTATIONS) {
    const entry: Record<string, unknown> = {
      id: 'team',
      name: 'Team',
      year: 2026,
      source: 'workshop',
      sectors: { IC: { restriction: 0.5 } },
    };
    mutate(entry);
    const text = JSON.stringify({ ...valid, restrictionPackages: [entry, entry], sha256: undefined });
    const parsed = parseScenarioFile(text, { fileName: 'bad.chokepoint' });
    if (parsed.ok || parsed.error.kind !== 'semantic') throw new Error(`unexpected: ${mutate.toString()}`);
    out.push(...parsed.error.issues.map((issue) => issue.message));
  }
  for (const name of readdirSync(FIXTURES)) {
    const parsed = parseScenarioFile(readFileSync(join(FIXTURES, name), 'utf8'), { fileName: name });
    if (!parsed.ok && (parsed.error.kind === 'schema' || parsed.error.kind === 'semantic'))
      out.push(...parsed.error.issues.map((issue) => issue.message));
  }
  return [...new Set(out)];
}

/** English words of the messages' grammar; quoted text (keys, values from the file) is left out. */
const ENGLISH =
  /\b(expected|found|missing|unknown|did you mean|value|from|range|number|text|list|object|steps?|year|characters|items|nesting|allowed|catalogue|sector|parameter|nothing|or|one of|letters|digits)\b/i;

/** Quoted text and lists of key names come from the file or the format, not from the message's grammar. */
function withoutFileText(message: string): string {
  return message.replace(/"[^"]*"/g, '').replace(/以下之一：[^，]*/, '');
}

describe('translating the detail lines of import errors', () => {
  const all = messages();

  it('sees many kinds of problem', () => {
    expect(all.length).toBeGreaterThan(25);
  });

  it("rebuilds shared/'s English messages exactly from the English templates (the grammar is complete)", () => {
    for (const message of all) expect(translateKnownMessage(message, detailEn)).toBe(message);
  });

  it('leaves no English phrase in Chinese', () => {
    for (const message of all) {
      const chinese = translateIssueMessage(message, detailZhCN as DetailTemplates);
      expect({ message, chinese, english: ENGLISH.test(withoutFileText(chinese)) }).toMatchObject({
        english: false,
      });
    }
  });

  it('translates a whole block of lines, with paths and the "more" line', () => {
    const lines = [
      '  $.scenarios[0].sectors.IC.levers.basicResearch[1].value: expected a value from 0.5 to 3 (the range of basicResearch), found 4',
      '  $.scenarios[0].horizon: expected a number, found "15 years"',
      '  … and 3 more',
    ].join('\n');
    expect(translateIssueLines(lines, detailZhCN as DetailTemplates)).toBe(
      [
        '  $.scenarios[0].sectors.IC.levers.basicResearch[1].value：应为0.5 到 3 之间的值（basicResearch 的取值范围），实际为4',
        '  $.scenarios[0].horizon：应为数值，实际为"15 years"',
        '  ……另有 3 个',
      ].join('\n'),
    );
    expect(translateIssueLines(lines, detailEn)).toBe(lines);
  });
});
