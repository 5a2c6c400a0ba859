import type { InputId } from '../../../../shared/domain/inputs';
import { isInputId } from '../../../../shared/domain/inputs';
import type { ChangeLanguage } from '../../../../shared/history/describe-changes';
import { formatInputValue } from '../../../../shared/history/describe-changes';

/** A merge cell's path as people say it: "R&D tax cut — Chips", "name", "nu — Chips". */
export function cellLabel(path: readonly string[], language: ChangeLanguage): string {
  if (path[0] !== 'sectors' || path.length < 3) return path.join('.');
  const sector = language.sectorName(path[1]!);
  const kind = path[2]!;
  if (kind === 'restriction') return `${language.inputName('restriction')} — ${sector}`;
  const key = path.slice(3).join('.');
  if (kind === 'levers' && isInputId(key)) return `${language.inputName(key)} — ${sector}`;
  return `${key || kind} — ${sector}`;
}

/** The input a cell holds a schedule of, if it does. */
function cellInput(path: readonly string[]): InputId | undefined {
  if (path[0] !== 'sectors') return undefined;
  if (path[2] === 'restriction') return 'restriction';
  const key = path[3];
  return path[2] === 'levers' && key !== undefined && isInputId(key) ? key : undefined;
}

/** A cell's value on one side: schedules with units ("2025: 20 %, 2027: 30 %"), the rest as JSON. */
export function cellValue(
  path: readonly string[],
  value: unknown,
  language: ChangeLanguage,
  unset: string,
): string {
  if (value === undefined) return unset;
  const input = cellInput(path);
  if (input !== undefined && typeof value === 'number')
    return formatInputValue(input, value, language.locale);
  if (input !== undefined && Array.isArray(value)) {
    return (value as { year: number; value: number }[])
      .map((step) => `${step.year}: ${formatInputValue(input, step.value, language.locale)}`)
      .join(', ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
