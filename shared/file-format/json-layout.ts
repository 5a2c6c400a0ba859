/**
 * How a JSON value is laid out in a canonical file: `inline` on one line (step points, tags, scalars),
 * objects and arrays otherwise one member per line. The layout fixes key order, so printing is
 * deterministic and a file diffs line by line.
 */
export type Layout =
  | { readonly kind: 'inline'; readonly value: unknown }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Layout])[] }
  | { readonly kind: 'array'; readonly items: readonly Layout[] };

export function inline(value: unknown): Layout {
  return { kind: 'inline', value };
}

/** JSON on one line with a space after separators: `{ "year": 2025, "value": 1 }`, `["a", "b"]`. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0
      ? '[]'
      : `[${value.map((item) => (item === undefined ? 'null' : inlineJson(item))).join(', ')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}: ${inlineJson(record[key])}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Prints a layout with two-space indentation, starting at `indent`. */
export function printLayout(layout: Layout, indent = ''): string {
  const inner = `${indent}  `;
  switch (layout.kind) {
    case 'inline':
      return inlineJson(layout.value);
    case 'object':
      if (layout.entries.length === 0) return '{}';
      return `{\n${layout.entries.map(([key, value]) => `${inner}${JSON.stringify(key)}: ${printLayout(value, inner)}`).join(',\n')}\n${indent}}`;
    case 'array':
      if (layout.items.length === 0) return '[]';
      return `[\n${layout.items.map((item) => `${inner}${printLayout(item, inner)}`).join(',\n')}\n${indent}]`;
  }
}

/**
 * At least how many characters `printLayout` adds to the value's compact JSON: every member of an
 * object or array laid out one per line starts a new line, indented two spaces a level. Lets a caller
 * tell that the printed form cannot fit a limit without printing it.
 */
export function layoutLineBreaks(layout: Layout, depth = 1): number {
  if (layout.kind === 'inline') return 0;
  const members = layout.kind === 'object' ? layout.entries.map(([, value]) => value) : layout.items;
  let added = 0;
  for (const member of members) added += 1 + 2 * depth + layoutLineBreaks(member, depth + 1);
  return added;
}

/** The plain value a layout prints (what the content hash is computed over). */
export function layoutValue(layout: Layout): unknown {
  switch (layout.kind) {
    case 'inline':
      return layout.value;
    case 'object':
      return Object.fromEntries(layout.entries.map(([key, value]) => [key, layoutValue(value)]));
    case 'array':
      return layout.items.map(layoutValue);
  }
}

/**
 * The canonical layout of arbitrary JSON (extension values): keys sorted by UTF-16 code units, one
 * member per line. Sorting makes the file independent of the order the author's tool wrote them in.
 */
export function genericLayout(value: unknown): Layout {
  if (Array.isArray(value)) return { kind: 'array', items: value.map((item) => genericLayout(item ?? null)) };
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return { kind: 'object', entries: keys.map((key) => [key, genericLayout(record[key])] as const) };
  }
  return inline(value);
}
