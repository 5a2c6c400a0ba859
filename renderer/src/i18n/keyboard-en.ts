/**
 * English strings of keyboard use in the editor (the input grid, the schedule chart), merged into en.ts
 * under `keyboard`. Every key here must exist in keyboard-zh-cn.ts too (the catalogue test checks both ways).
 */
export const keyboardEn = {
  gridHelp:
    'Arrow keys move between cells; Enter or F2 opens the cell’s schedule, Escape comes back to the cell.',
  scheduleChart:
    '{description} Space picks the next point; arrow keys move it (left and right: year, up and down: value).',
  pointPicked: 'Point {index} of {count}: {year}, {value}',
} as const;
