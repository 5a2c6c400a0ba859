import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import { slidePlan } from '../../../../shared/deck/slide-plan';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import { Modal } from '../../components/Modal';
import { useApp } from '../../store';
import type { ReadyComparison } from '../compare/comparison-state';

interface PresentSetupProps {
  readonly ready: ReadyComparison;
  readonly text: ChartText;
  /** The title the slides take when none is typed (the comparison's own). */
  readonly defaultTitle: string;
  readonly onStart: () => void;
  readonly onClose: () => void;
}

/**
 * What the slides show, set before presenting and never in front of the audience: their title, the
 * reference, and which sectors get a slide of their own. The exported deck takes the same choices.
 */
export function PresentSetup({ ready, text, defaultTitle, onStart, onClose }: PresentSetupProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = useApp((state) => state.slideTitle);
  const setTitle = useApp((state) => state.setSlideTitle);
  const chosen = useApp((state) => state.slideSectors);
  const setSectors = useApp((state) => state.setSlideSectors);
  const setReference = useApp((state) => state.setCompareReference);
  const sectors = ready.model.trajectories.sectorIds;
  const picked = chosen ?? sectors;
  const toggle = (sector: string) => {
    const next = picked.includes(sector) ? picked.filter((other) => other !== sector) : [...picked, sector];
    setSectors(next.length === sectors.length && sectors.every((s) => next.includes(s)) ? null : next);
  };
  return (
    <Modal
      title={t('pictures.slides.setup.heading')}
      onClose={onClose}
      wide
      footer={
        <>
          {/* Choices apply as they are made (the deck export takes them too): nothing to cancel. */}
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="button button-primary" onClick={onStart}>
            {t('pictures.slides.setup.start')}
          </button>
        </>
      }
    >
      <p className="hint">{t('pictures.slides.setup.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-title`} className="field-label">
          {t('pictures.slides.setup.title')}
        </label>
        <input
          id={`${id}-title`}
          data-autofocus
          className="text-input"
          value={title}
          placeholder={defaultTitle}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <fieldset className="present-setup-group">
        <legend className="field-label">{t('pictures.slides.setup.reference')}</legend>
        {ready.model.scenarios.map((scenario) => (
          <label key={scenario.id} className="radio present-setup-scenario">
            <input
              type="radio"
              name={`${id}-reference`}
              checked={scenario.reference}
              onChange={() => setReference(scenario.id)}
            />
            <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} />
            {scenario.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="present-setup-group" aria-describedby={`${id}-count`}>
        <legend className="field-label">{t('pictures.slides.pick')}</legend>
        <div className="present-setup-actions">
          <button type="button" className="button button-small" onClick={() => setSectors(null)}>
            {t('pictures.slides.pickAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => setSectors([])}>
            {t('pictures.slides.pickNone')}
          </button>
          <span id={`${id}-count`} className="hint">
            {t('pictures.slides.count', { count: slidePlan(sectors, picked).length })}
          </span>
        </div>
        <div className="present-setup-sectors">
          {sectors.map((sector) => (
            <label key={sector} className="checkbox">
              <input type="checkbox" checked={picked.includes(sector)} onChange={() => toggle(sector)} />
              {text.sectorName(sector)}
            </label>
          ))}
        </div>
      </fieldset>
    </Modal>
  );
}
