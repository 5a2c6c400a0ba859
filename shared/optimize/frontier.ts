/** A package measured on every draw: its cost and the share of draws meeting every target. */
export interface FrontierPoint {
  readonly cost: number;
  readonly confidence: number;
  readonly levels: readonly number[];
  /** Meets the asked confidence within the budget. */
  readonly feasible: boolean;
}

/**
 * The cost–confidence frontier of the measured packages: for each confidence the least cost. A point
 * stays when no other is at most as costly and at least as confident (and better in one). Sorted by cost.
 */
export function paretoFrontier(points: readonly FrontierPoint[]): FrontierPoint[] {
  const sorted = [...points].sort((a, b) => a.cost - b.cost || b.confidence - a.confidence);
  const frontier: FrontierPoint[] = [];
  for (const point of sorted) {
    const last = frontier[frontier.length - 1];
    if (!last || point.confidence > last.confidence) frontier.push(point);
  }
  return frontier;
}
