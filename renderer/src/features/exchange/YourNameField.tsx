import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useApp, useAppStore } from '../../store';

/**
 * "Your name": filled in once and kept in the settings; it becomes the author of new scenarios and is
 * recorded on every revision saved. Saved when the field is left, not on every keystroke.
 */
export function YourNameField() {
  const { t } = useTranslation();
  const store = useAppStore();
  const saved = useApp((state) => state.settings?.author ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = async () => {
    if (draft === null) return;
    const author = draft.trim().slice(0, 200);
    setDraft(null);
    if (author === saved) return;
    const result = await call('updateSettings', { author });
    if (result.ok) store.setState({ settings: result.value });
  };
  return (
    <label className="header-select your-name" title={t('exchange.identity.yourNameHint')}>
      <span>{t('exchange.identity.yourName')}</span>
      <input
        className="text-input"
        size={12}
        value={draft ?? saved}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => event.key === 'Enter' && void commit()}
      />
    </label>
  );
}
