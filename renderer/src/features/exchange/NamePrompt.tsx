import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useApp, useAppStore } from '../../store';
import './name-prompt.css';

/**
 * Asks for the user's name once, on the first start: answered or skipped, `askedForName` is saved and
 * the prompt never comes back (the name stays changeable in the header's "Your name" field). Inline
 * rather than modal, so nothing else on the page waits for it.
 */
export function NamePrompt() {
  const { t } = useTranslation();
  const store = useAppStore();
  const settings = useApp((state) => state.settings);
  const titleId = useId();
  const [name, setName] = useState('');
  const [closed, setClosed] = useState(false);
  if (closed || !settings || settings.askedForName || settings.author !== '') return null;
  const finish = async (author: string | undefined) => {
    setClosed(true);
    const result = await call(
      'updateSettings',
      author ? { author, askedForName: true } : { askedForName: true },
    );
    if (result.ok) store.setState({ settings: result.value });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void finish(name.trim().slice(0, 200) || undefined);
  };
  return (
    <section className="name-prompt notice" aria-labelledby={titleId}>
      <form
        className="name-prompt-form"
        onSubmit={submit}
        onKeyDown={(event) => event.key === 'Escape' && void finish(undefined)}
      >
        <h2 id={titleId} className="name-prompt-title">
          {t('exchange.namePrompt.title')}
        </h2>
        <p className="name-prompt-text">{t('exchange.namePrompt.text')}</p>
        <label className="name-prompt-field">
          <span>{t('exchange.namePrompt.label')}</span>
          <input
            className="text-input"
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className="name-prompt-actions">
          <button type="submit" className="button button-primary" disabled={name.trim() === ''}>
            {t('exchange.namePrompt.use')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void finish(undefined)}>
            {t('exchange.namePrompt.skip')}
          </button>
        </div>
      </form>
    </section>
  );
}
