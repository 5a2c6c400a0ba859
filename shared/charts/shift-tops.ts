import type { EChartsOption } from 'echarts';

type Placed = { top?: unknown };

function shiftTop<T extends Placed>(item: T, by: number): T {
  return typeof item.top === 'number' ? { ...item, top: item.top + by } : item;
}

function shiftAll<T extends Placed>(value: T | T[] | undefined, by: number): T | T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map((item) => shiftTop(item, by)) : shiftTop(value, by);
}

/**
 * The option with every component placed at a pixel `top` (titles, grids and, unless left out, the
 * legend) moved down by `by` pixels (up when negative): the one way room is made above a chart's plots,
 * for a measured legend or an export's header. Components placed by percentage or from the bottom stay.
 */
export function shiftTops(
  option: EChartsOption,
  by: number,
  parts: { readonly legend?: boolean } = {},
): EChartsOption {
  if (by === 0) return option;
  const shifted: Record<string, unknown> = { ...option };
  for (const key of ['title', 'grid', ...(parts.legend ? ['legend'] : [])] as const) {
    const value = option[key] as Placed | Placed[] | undefined;
    if (value !== undefined) shifted[key] = shiftAll(value, by);
  }
  return shifted as EChartsOption;
}
