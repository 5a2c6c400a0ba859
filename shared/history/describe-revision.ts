import { fillTemplate } from './change-templates';
import type { ChangeLanguage } from './describe-changes';
import { describeChange } from './describe-changes';
import type { RevisionEvent, RevisionSummary } from './revision-summary';

function describeEvent(event: RevisionEvent, language: ChangeLanguage): string | undefined {
  const t = language.templates;
  switch (event.kind) {
    case 'edit':
      return undefined;
    case 'created':
      return event.preset === undefined
        ? t.created
        : fillTemplate(t.createdFromPreset, { preset: event.preset });
    case 'duplicated':
      return fillTemplate(t.duplicated, { name: event.from });
    case 'imported':
      return fillTemplate(t.imported, { file: event.file });
    case 'replaced':
      return fillTemplate(t.replaced, { file: event.file });
    case 'restored':
      return fillTemplate(t.restored, { revision: event.revision });
    case 'merged':
      return fillTemplate(t.merged, { file: event.file, author: event.author || t.nobody });
    case 'seeded':
      return t.seeded;
    case 'package-edited':
      return fillTemplate(t.packageEdited, {
        name: language.packageName?.({ id: event.id, name: event.name }) ?? event.name,
      });
  }
}

/**
 * One line for the history: the event (if any), then the first changes and "(+N more)":
 * "Restored revision 3; R&D tax cut — Chips: 20 % → 30 % (+2 more)".
 */
export function describeRevision(summary: RevisionSummary, language: ChangeLanguage, shown = 2): string {
  const t = language.templates;
  const event = describeEvent(summary.event, language);
  const head = summary.changes.slice(0, shown).map((change) => describeChange(change, language));
  const parts = event === undefined ? head : [event, ...head];
  if (parts.length === 0) return t.noChanges;
  const rest = summary.totalChanges - head.length;
  const joined = parts.join(t.separator);
  return rest > 0 ? `${joined} ${fillTemplate(t.more, { count: rest })}` : joined;
}
