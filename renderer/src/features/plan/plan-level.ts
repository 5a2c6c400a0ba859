/** A lever level as the plan view shows it: three significant figures, no trailing zeros. */
export const level = (value: number): string => String(Number(value.toPrecision(3)));
