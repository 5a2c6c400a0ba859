import type { InputId } from '../domain/inputs';
import { INPUT_SCALES } from '../domain/inputs';
import type { ChangeTemplates } from './change-templates';
import { fillTemplate } from './change-templates';
import type { PackageRef, PackagesChange } from './package-changes';
import type { ScenarioChange, ScheduleChange } from './scenario-changes';
import type { ShapeSummary } from './schedule-shape';

/** Everything the describer needs from a language: phrases, names and the locale's formats. */
export interface ChangeLanguage {
  /** BCP 47 tag for numbers and lists: `en`, `zh-CN`. */
  readonly locale: string;
  readonly templates: ChangeTemplates;
  readonly inputName: (input: InputId) => string;
  readonly sectorName: (sectorId: string) => string;
  /** A restriction package's name in this language (built-in ones have both; default: as recorded). */
  readonly packageName?: (ref: PackageRef) => string;
}

/** A multiple of the base-year level as "1.50×", a share in percent (INPUT_SCALES). */
export function formatInputValue(input: InputId, value: number, locale: string): string {
  if (INPUT_SCALES[input] === 'multiple') {
    const multiple = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return `${multiple.format(value)}×`;
  }
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100);
  // English typography in this app puts a thin gap before %, Chinese none.
  return locale.startsWith('zh') ? `${percent}%` : `${percent} %`;
}

/** "Chips, Lithography and Batteries" / "芯片、光刻和电池": the locale's own list format. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function describeShape(shape: ShapeSummary, input: InputId, language: ChangeLanguage): string {
  const value = (number: number) => formatInputValue(input, number, language.locale);
  const t = language.templates;
  switch (shape.kind) {
    case 'constant':
      return value(shape.value);
    case 'step':
      return fillTemplate(t.shapeStep, { from: value(shape.from), to: value(shape.to), year: shape.year });
    case 'ramp':
      return fillTemplate(t.shapeRamp, {
        from: value(shape.from),
        to: value(shape.to),
        start: shape.startYear,
        end: shape.endYear,
      });
    case 'steps':
      return fillTemplate(t.shapeSteps, {
        from: value(shape.from),
        count: shape.steps.length,
        to: value(shape.steps[shape.steps.length - 1]!.value),
      });
  }
}

/** A lever or restriction change, or an override: the assumptions a lever diff lists. */
export type AssumptionChange = Extract<ScenarioChange, { kind: 'schedule' | 'data' | 'parameter' }>;

/** An assumption change in three parts, for a table: what changed, where, and how. */
export interface ChangeParts {
  /** The input's name or the override's key. */
  readonly subject: string;
  /** Sectors in the locale's list format, "all sectors", or empty for a global parameter. */
  readonly place: string;
  /** "step to 80 % in 2027", "1.00× → 1.10×". */
  readonly change: string;
}

function schedulePhrase(change: ScheduleChange, language: ChangeLanguage): string {
  const t = language.templates;
  const { from, to, input } = change;
  const value = (number: number) => formatInputValue(input, number, language.locale);
  if (from.kind === 'constant' && to.kind === 'step' && to.from === from.value)
    return fillTemplate(t.stepTo, { to: value(to.to), year: to.year });
  if (from.kind === 'constant' && to.kind === 'ramp' && to.from === from.value)
    return fillTemplate(t.rampTo, { to: value(to.to), start: to.startYear, end: to.endYear });
  return fillTemplate(t.fromTo, {
    from: describeShape(from, input, language),
    to: describeShape(to, input, language),
  });
}

/** The parts of a lever diff row: schedules as shapes, sectors in the locale's list, values with units. */
export function describeChangeParts(change: AssumptionChange, language: ChangeLanguage): ChangeParts {
  const t = language.templates;
  if (change.kind === 'schedule')
    return {
      subject: language.inputName(change.input),
      place: change.allSectors
        ? t.allSectors
        : formatList(change.sectors.map(language.sectorName), language.locale),
      change: schedulePhrase(change, language),
    };
  const number = (value: number | undefined) =>
    value === undefined ? t.catalogueValue : new Intl.NumberFormat(language.locale).format(value);
  return {
    subject: change.key,
    place: change.sector === undefined ? '' : language.sectorName(change.sector),
    change: fillTemplate(t.fromTo, { from: number(change.from), to: number(change.to) }),
  };
}

/** A schedule change in one phrase: "step to 80 % in 2027" when it starts where it was, else "A → B". */
export function describeScheduleChange(change: ScheduleChange, language: ChangeLanguage): string {
  const parts = describeChangeParts(change, language);
  return fillTemplate(language.templates.change, {
    input: parts.subject,
    sectors: parts.place,
    change: parts.change,
  });
}

/** "Restriction packages: added “A” and “B”, order changed", in the language given. */
function describePackages(change: PackagesChange, language: ChangeLanguage): string {
  const t = language.templates;
  const names = (refs: readonly PackageRef[]) =>
    formatList(
      refs.map((ref) => fillTemplate(t.packageName, { name: language.packageName?.(ref) ?? ref.name })),
      language.locale,
    );
  const parts = [
    ...(change.added.length ? [fillTemplate(t.packagesAdded, { names: names(change.added) })] : []),
    ...(change.removed.length ? [fillTemplate(t.packagesRemoved, { names: names(change.removed) })] : []),
    ...(change.reordered ? [t.packagesReordered] : []),
    ...(change.edited.length ? [fillTemplate(t.packagesEdited, { names: names(change.edited) })] : []),
  ];
  return fillTemplate(t.packages, { changes: parts.join(language.locale.startsWith('zh') ? '，' : ', ') });
}

/** One line per change, in the language given. */
export function describeChange(change: ScenarioChange, language: ChangeLanguage): string {
  const t = language.templates;
  switch (change.kind) {
    case 'schedule':
      return describeScheduleChange(change, language);
    case 'data':
    case 'parameter': {
      const parts = describeChangeParts(change, language);
      return change.sector === undefined
        ? fillTemplate(t.overrideGlobal, { key: parts.subject, change: parts.change })
        : fillTemplate(t.overrideSector, { key: parts.subject, sector: parts.place, change: parts.change });
    }
    case 'field': {
      if (change.field === 'description' || change.field === 'display') return t[change.field];
      if (change.field === 'tags') {
        const tags = change.to as readonly string[];
        return fillTemplate(t.tags, { to: tags.length === 0 ? t.noTags : formatList(tags, language.locale) });
      }
      const text = (value: string | readonly string[]) => (value === '' ? t.nobody : String(value));
      return fillTemplate(t[change.field], { from: text(change.from), to: text(change.to) });
    }
    case 'setting':
      return fillTemplate(t.setting, { field: t[change.field], from: change.from, to: change.to });
    case 'packages':
      return describePackages(change, language);
  }
}
