import type { z } from 'zod';
import type { JsonPath, ScenarioIssue } from '../domain/scenario-issue';
import { scenarioSchema } from '../domain/scenario-schema';
import { schemaIssues } from '../domain/schema-issues';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Envelope } from './envelope-schema';
import { envelopeSchema } from './envelope-schema';
import type { FileFormatError } from './file-format-error';
import { issuesError } from './file-format-error';

const sectorsSchema = scenarioSchema.shape.sectors;

type FileScenario = Envelope['scenarios'][number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects issues until it holds more than `limit` (one more than it lists, so that "and at least N
 * more" is said only when there are more); then every later check is skipped.
 */
class IssueBudget {
  readonly issues: ScenarioIssue[] = [];
  stoppedEarly = false;
  constructor(private readonly limit: number) {}

  /** True when no more checks should run (and notes that some were skipped). */
  spent(): boolean {
    if (this.issues.length <= this.limit) return false;
    this.stoppedEarly = true;
    return true;
  }

  check<T>(schema: z.ZodType<T>, value: unknown, path: JsonPath): T | undefined {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    for (const issue of schemaIssues(parsed.error.issues, path)) this.issues.push(issue);
    return undefined;
  }
}

/** One scenario: its own fields, then its sectors one by one, each a bounded amount of work. */
function checkScenario(value: unknown, path: JsonPath, budget: IssueBudget): FileScenario | undefined {
  if (!isRecord(value) || !isRecord(value.sectors)) return budget.check(scenarioSchema, value, path);
  const fields = budget.check(scenarioSchema, { ...value, sectors: {} }, path);
  const sectors: FileScenario['sectors'] = {};
  let valid = fields !== undefined;
  for (const [id, inputs] of Object.entries(value.sectors)) {
    if (budget.spent()) return undefined;
    const sector = budget.check(sectorsSchema, { [id]: inputs }, [...path, 'sectors']);
    if (sector === undefined) valid = false;
    else Object.assign(sectors, sector);
  }
  return valid && fields ? { ...fields, sectors } : undefined;
}

/**
 * The document against the schema of the format, in pieces (the envelope, then each scenario's fields,
 * then each of its sectors) so that checking stops once `limit` problems are found: a file with ten
 * thousand wrong values costs a hundred issues, not ten thousand (nor, at 20 MB, ten million).
 * The result is what one parse of the whole document would give.
 */
export function checkShape(document: unknown, limit: number): Result<Envelope, FileFormatError> {
  const budget = new IssueBudget(limit);
  if (!isRecord(document) || !Array.isArray(document.scenarios)) {
    const whole = budget.check(envelopeSchema, document, []);
    return whole ? ok(whole) : err(issuesError('schema', budget.issues, { limit }));
  }
  const envelope = budget.check(envelopeSchema, { ...document, scenarios: [] }, []);
  const scenarios: FileScenario[] = [];
  for (const [index, value] of document.scenarios.entries()) {
    if (budget.spent()) break;
    const scenario = checkScenario(value, ['scenarios', index], budget);
    if (scenario) scenarios.push(scenario);
  }
  if (envelope && budget.issues.length === 0) return ok({ ...envelope, scenarios });
  return err(issuesError('schema', budget.issues, { limit, stoppedEarly: budget.stoppedEarly }));
}
