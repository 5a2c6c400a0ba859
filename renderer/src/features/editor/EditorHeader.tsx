import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../focus-request';
import { describeApiError } from '../../i18n/describe-error';
import { nameTaken } from '../../components/name-taken';
import { useApp } from '../../store';
import { IdentityPicker } from './IdentityPicker';

/** Tags typed as "a, b, c": trimmed, unique, each at most 60 characters, at most 50. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，]/)
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0 && tag.length <= 60),
    ),
  ].slice(0, 50);
}

function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useApp((state) => state.saveState);
  const saveError = useApp((state) => state.saveError);
  const scenarioId = useApp((state) => state.scenarioId);
  const openScenario = useApp((state) => state.openScenario);
  const closeScenario = useApp((state) => state.closeScenario);
  const text =
    saveState === 'error' && saveError
      ? describeApiError(saveError, t, 'editor.error.save')
      : t(`editor.save.${saveState}`);
  return (
    <p className={`save-status save-${saveState}`} role="status" data-save-state={saveState}>
      {text}
      {saveState === 'error' && saveError?.code === 'conflict' && scenarioId ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            closeScenario();
            void openScenario(scenarioId);
          }}
        >
          {t('editor.reload')}
        </button>
      ) : null}
    </p>
  );
}

export function EditorHeader() {
  const { t } = useTranslation();
  const id = useId();
  const name = useApp((state) => state.scenario?.name ?? '');
  const tags = useApp((state) => state.scenario?.tags ?? []);
  const description = useApp((state) => state.scenario?.description ?? '');
  const author = useApp((state) => state.scenario?.author ?? '');
  const editScenario = useApp((state) => state.editScenario);
  const scenarioId = useApp((state) => state.scenarioId ?? '');
  const items = useApp((state) => state.libraryItems);
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const [tagDraft, setTagDraft] = useState<string | null>(null);
  const nameText = nameDraft ?? name;
  const nameInvalid = nameText.trim().length === 0;
  // Names are unique in the library: a name another scenario has is never saved (the library would
  // refuse it too); the field keeps what was typed, with the reason, until it is changed.
  const nameClash = !nameInvalid && nameTaken(nameText, items, scenarioId);
  const commitTags = () => {
    if (tagDraft === null) return;
    const next = parseTags(tagDraft);
    setTagDraft(null);
    if (next.join('\n') !== tags.join('\n')) editScenario((scenario) => ({ ...scenario, tags: next }));
  };
  // A scenario just created from "New scenario" opens with its name ready to type over.
  const nameField = useRef<HTMLInputElement>(null);
  useFocusRequest('scenario-name', nameField);
  return (
    <div className="editor-header">
      <div className="field editor-name">
        <label htmlFor={`${id}-name`} className="field-label">
          {t('editor.name')}
        </label>
        <input
          id={`${id}-name`}
          ref={nameField}
          className="text-input title-input"
          value={nameText}
          maxLength={200}
          aria-invalid={nameInvalid || nameClash || undefined}
          onChange={(event) => {
            setNameDraft(event.target.value);
            const next = event.target.value.trim();
            if (next && !nameTaken(next, items, scenarioId))
              editScenario((scenario) => ({ ...scenario, name: next }), 'name');
          }}
          onBlur={() => {
            if (!nameClash) setNameDraft(null);
          }}
        />
        {nameInvalid ? (
          <span className="field-error" role="alert">
            {t('editor.nameRequired')}
          </span>
        ) : null}
        {nameClash ? (
          <span className="field-error" role="alert">
            {t('identity.nameTaken', { name: nameText.trim() })}
          </span>
        ) : null}
      </div>
      <div className="field editor-tags">
        <label htmlFor={`${id}-tags`} className="field-label">
          {t('editor.tags')}
        </label>
        <input
          id={`${id}-tags`}
          className="text-input"
          value={tagDraft ?? tags.join(', ')}
          onChange={(event) => setTagDraft(event.target.value)}
          onBlur={commitTags}
          onKeyDown={(event) => event.key === 'Enter' && commitTags()}
        />
      </div>
      <div className="field editor-author">
        <label htmlFor={`${id}-author`} className="field-label">
          {t('exchange.identity.author')}
        </label>
        <input
          id={`${id}-author`}
          className="text-input"
          value={author}
          maxLength={200}
          onChange={(event) => {
            const next = event.target.value;
            editScenario((scenario) => ({ ...scenario, author: next }), 'author');
          }}
        />
      </div>
      <div className="field editor-description">
        <label htmlFor={`${id}-description`} className="field-label">
          {t('exchange.identity.description')}
        </label>
        <textarea
          id={`${id}-description`}
          className="text-input"
          rows={2}
          value={description}
          maxLength={10_000}
          onChange={(event) => {
            const next = event.target.value;
            editScenario((scenario) => ({ ...scenario, description: next }), 'description');
          }}
        />
      </div>
      <IdentityPicker />
      <SaveStatus />
    </div>
  );
}
