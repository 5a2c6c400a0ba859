import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import type { PresentationProps } from '../compare/chart-props';
import { PresentationView } from './PresentationView';
import { PresentSetup } from './PresentSetup';

/**
 * The compare view's Present button, the set-up it opens and the slides it starts: given to the compare
 * view by the app shell, so that compare does not import the presentation built on its parts.
 */
export function PresentMode({ ready, text, defaultTitle, slideTitle }: PresentationProps) {
  const { t } = useTranslation();
  const presentation = useApp((s) => s.presentation);
  const setPresentation = useApp((s) => s.setPresentation);
  const [setupOpen, setSetupOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => setSetupOpen(true)}
        disabled={ready === null}
        title={t('compare.presentation.presentHint')}
      >
        {t('compare.presentation.present')}
      </button>
      {setupOpen && ready ? (
        <PresentSetup
          ready={ready}
          text={text}
          defaultTitle={defaultTitle}
          onClose={() => setSetupOpen(false)}
          onStart={() => {
            setSetupOpen(false);
            setPresentation(true);
          }}
        />
      ) : null}
      {presentation && ready ? <PresentationView ready={ready} title={slideTitle} /> : null}
    </>
  );
}
