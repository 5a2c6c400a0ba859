/** Something the run did that the user should know, without refusing the run. */
export type RunNotice =
  | { readonly kind: 'S0-capped'; readonly sector: string; readonly S0: number; readonly cap: number }
  | { readonly kind: 'trend-clamped'; readonly sector: string; readonly attainableShare: number }
  | { readonly kind: 'dt-reduced'; readonly dt: number; readonly sector: string; readonly condition: string };
