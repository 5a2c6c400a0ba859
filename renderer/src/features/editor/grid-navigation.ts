/** A cell of the input grid by position: row (sector) and column (input). */
export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells (WAI-ARIA grid pattern): arrows to the
 * neighbour (stopping at the edges), Home/End to the row's ends, Ctrl+Home/End to the grid's corners,
 * PageUp/PageDown to the first and last row. Undefined: the key is not a move.
 */
export function gridMove(
  key: string,
  ctrl: boolean,
  at: GridPosition,
  rows: number,
  cols: number,
): GridPosition | undefined {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp':
      return clamp(0, at.col);
    case 'PageDown':
      return clamp(rows - 1, at.col);
    default:
      return undefined;
  }
}

/** The DOM id of a grid cell, so the schedule editor can hand the focus back to it. */
export function cellDomId(sector: string, input: string): string {
  return `cell-${sector}-${input}`;
}

/** The DOM id of the schedule editor's section, which Enter or F2 on a cell focuses. */
export const SCHEDULE_SECTION_ID = 'schedule-editor';
