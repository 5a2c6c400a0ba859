/** A location inside a JSON document: object keys and array indices from the root. */
export type JsonPath = readonly (string | number)[];

/** One problem found in a scenario (or a scenario file), at its JSON path, in plain English. */
export interface ScenarioIssue {
  readonly path: JsonPath;
  readonly message: string;
}

/** The same issues, located under `prefix` (e.g. `['scenarios', 3]` for the fourth scenario of a file). */
export function prefixIssues(prefix: JsonPath, issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}
