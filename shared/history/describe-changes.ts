import type { InputId } from '../domain/inputs';
import type { ChangeTemplates } from './change-templates';
import { fillTemplate } from './change-templates';
import type { ScenarioChange, ScheduleChange } from './scenario-changes';
import type { ShapeSummary } from './schedule-shape';

/** Everything the describer needs from a language: phrases, names and the locale's formats. */
export interface ChangeLanguage {
  /** BCP 47 tag for numbers and lists: `en`, `zh-CN`. */
  readonly locale: string;
  readonly templates: ChangeTemplates;
  readonly inputName: (input: InputId) => string;
  readonly sectorName: (sectorId: string) => string;
}

/** Basic research is a multiple of its base-year level; every other input is a share. */
export function formatInputValue(input: InputId, value: number, locale: string): string {
  if (input === 'basicResearch') {
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

/** A schedule change in one phrase: "step to 80 % in 2027" when it starts where it was, else "A → B". */
export function describeScheduleChange(change: ScheduleChange, language: ChangeLanguage): string {
  const t = language.templates;
  const { from, to, input } = change;
  const value = (number: number) => formatInputValue(input, number, language.locale);
  let phrase: string;
  if (from.kind === 'constant' && to.kind === 'step' && to.from === from.value) {
    phrase = fillTemplate(t.stepTo, { to: value(to.to), year: to.year });
  } else if (from.kind === 'constant' && to.kind === 'ramp' && to.from === from.value) {
    phrase = fillTemplate(t.rampTo, { to: value(to.to), start: to.startYear, end: to.endYear });
  } else {
    phrase = fillTemplate(t.fromTo, {
      from: describeShape(from, input, language),
      to: describeShape(to, input, language),
    });
  }
  const sectors = change.allSectors
    ? t.allSectors
    : formatList(change.sectors.map(language.sectorName), language.locale);
  return fillTemplate(t.change, { input: language.inputName(input), sectors, change: phrase });
}

/** One line per change, in the language given. */
export function describeChange(change: ScenarioChange, language: ChangeLanguage): string {
  const t = language.templates;
  const number = (value: number | undefined) =>
    value === undefined ? t.catalogueValue : new Intl.NumberFormat(language.locale).format(value);
  switch (change.kind) {
    case 'schedule':
      return describeScheduleChange(change, language);
    case 'data':
    case 'parameter': {
      const phrase = fillTemplate(t.fromTo, { from: number(change.from), to: number(change.to) });
      return change.sector === undefined
        ? fillTemplate(t.overrideGlobal, { key: change.key, change: phrase })
        : fillTemplate(t.overrideSector, {
            key: change.key,
            sector: language.sectorName(change.sector),
            change: phrase,
          });
    }
    case 'field': {
      if (change.field === 'description') return t.description;
      if (change.field === 'tags') {
        const tags = change.to as readonly string[];
        return fillTemplate(t.tags, { to: tags.length === 0 ? t.noTags : formatList(tags, language.locale) });
      }
      const text = (value: string | readonly string[]) => (value === '' ? t.nobody : String(value));
      return fillTemplate(t[change.field], { from: text(change.from), to: text(change.to) });
    }
    case 'setting':
      return fillTemplate(t.setting, { field: t[change.field], from: change.from, to: change.to });
  }
}
