import type { z } from 'zod';
import { describeValue } from './describe-value';
import type { JsonPath, ScenarioIssue } from './scenario-issue';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED_LABELS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function expectedLabel(expected: string): string {
  return EXPECTED_LABELS[expected] ?? expected;
}

const FORMAT_LABELS: Readonly<Record<string, string>> = {
  datetime: 'an ISO 8601 timestamp such as 2026-11-28T10:00:00Z',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function sizeMessage(issue: Extract<ZodIssue, { code: 'too_big' | 'too_small' }>): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const input = issue.input;
  const bound = big ? 'at most' : 'at least';
  switch (issue.origin) {
    case 'string':
      return `expected ${bound} ${plural(limit, 'character')}, found ${typeof input === 'string' ? input.length : describeValue(input)}`;
    case 'array':
      return `expected ${bound} ${plural(limit, 'item')}, found ${Array.isArray(input) ? input.length : describeValue(input)}`;
    default: {
      const inclusive = issue.inclusive !== false;
      const relation = big ? (inclusive ? '≤' : '<') : inclusive ? '≥' : '>';
      const what = issue.origin === 'int' ? 'a whole number' : 'a number';
      return `expected ${what} ${relation} ${limit}, found ${describeValue(input)}`;
    }
  }
}

/** A union fails in every branch; report the branch the value was evidently meant for, if any. */
function unionIssues(issue: Extract<ZodIssue, { code: 'invalid_union' }>, path: JsonPath): ScenarioIssue[] {
  const meant = issue.errors.find(
    (branch) => !branch.every((e) => e.code === 'invalid_type' && e.path.length === 0),
  );
  if (meant) return meant.flatMap((inner) => toIssues(inner, path));
  const expected = issue.errors.flatMap((branch) =>
    branch.map((e) => (e.code === 'invalid_type' ? e.expected : '')),
  );
  const label =
    expected.includes('number') && expected.includes('array')
      ? 'a number or a list of { "year": …, "value": … } steps'
      : expected.filter(Boolean).map(expectedLabel).join(' or ');
  return [{ path, message: `expected ${label}, found ${describeValue(issue.input)}` }];
}

function message(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing required field (expected ${expectedLabel(issue.expected)})`
        : `expected ${expectedLabel(issue.expected)}, found ${describeValue(issue.input)}`;
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue);
    case 'invalid_format': {
      const label = FORMAT_LABELS[issue.format];
      return label === undefined ? issue.message : `expected ${label}, found ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function toIssues(issue: ZodIssue, base: JsonPath): ScenarioIssue[] {
  const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (issue.code === 'invalid_union') return unionIssues(issue, path);
  if (issue.code === 'invalid_key') return issue.issues.flatMap((inner) => toIssues(inner, path));
  return [{ path, message: message(issue) }];
}

/**
 * Zod's issues as scenario issues: one per problem, at its JSON path under `prefix`, saying what was
 * expected and what was found. Parse with `reportInput: true` so that "found" can be said.
 */
export function schemaIssues(issues: readonly ZodIssue[], prefix: JsonPath = []): ScenarioIssue[] {
  return issues.flatMap((issue) => toIssues(issue, prefix));
}
