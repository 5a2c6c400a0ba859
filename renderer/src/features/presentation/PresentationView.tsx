import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { CompareLegend } from '../compare/CompareLegend';
import type { ReadyComparison } from '../compare/comparison-state';
import { useChartText } from '../compare/use-chart-text';
import { useChartTheme } from '../../components/use-chart-theme';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { SlideBody } from './SlideBody';
import type { Slide } from './slides';
import { moveSlide, slideMove, SLIDES } from './slides';
import './presentation.css';

/**
 * The comparison as slides, one comparison per page, full screen where allowed: arrows, Page Up/Down
 * (clickers), Space, Home and End move; Escape (or leaving full screen) ends it. High-contrast
 * colours on white, whatever the app's theme.
 */
export function PresentationView({
  ready,
  title,
}: {
  readonly ready: ReadyComparison;
  readonly title: string;
}) {
  const { t } = useTranslation();
  const setPresentation = useApp((state) => state.setPresentation);
  const sector = useApp((state) => state.compareOptions.sector ?? ready.model.trajectories.sectorIds[0]!);
  const theme = useChartTheme('presentation');
  const text = useChartText(ready.catalogue);
  const [index, setIndex] = useState(0);
  const deck = useRef<HTMLDivElement>(null);
  const slide: Slide = SLIDES[index]!;

  useEffect(() => {
    deck.current?.focus();
    let entered = false;
    void enterFullscreen().then((ok) => {
      entered = ok;
    });
    // Escape in full screen is the browser's: it leaves full screen without a key event for the page.
    const onChange = () => {
      if (!document.fullscreenElement && entered) setPresentation(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      void exitFullscreen();
    };
  }, [setPresentation]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = slideMove(event);
      if (!move) return;
      // Keys typed into a control (a select on a slide) are the control's, except Escape.
      const target = event.target;
      if (move !== 'leave' && target instanceof Element && target.closest('select, input, textarea')) return;
      event.preventDefault();
      if (move === 'leave') setPresentation(false);
      else setIndex((current) => moveSlide(current, move));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresentation]);

  const slideTitle = slide === 'sector' ? text.sectorName(sector) : t(`compare.presentation.slides.${slide}`);
  return (
    <div
      ref={deck}
      className="presentation-deck"
      role="dialog"
      aria-modal="true"
      aria-label={t('compare.presentation.label', { title })}
      tabIndex={-1}
    >
      <header className="slide-header">
        <p className="slide-kicker">{title}</p>
        <h2 className="slide-title" aria-live="polite">
          {slideTitle}
        </h2>
        <CompareLegend scenarios={ready.model.scenarios} className="slide-legend" />
      </header>
      <section
        className="slide"
        aria-roledescription={t('compare.presentation.slide')}
        aria-label={t('compare.presentation.position', {
          index: index + 1,
          count: SLIDES.length,
          title: slideTitle,
        })}
        data-slide={slide}
      >
        <SlideBody slide={slide} ready={ready} theme={theme} text={text} />
      </section>
      <footer className="slide-footer">
        <button
          type="button"
          className="slide-button"
          onClick={() => setIndex((current) => moveSlide(current, 'previous'))}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          {t('compare.presentation.previous')}
        </button>
        <span className="slide-count" aria-hidden="true">
          {index + 1} / {SLIDES.length}
        </span>
        <button
          type="button"
          className="slide-button"
          onClick={() => setIndex((current) => moveSlide(current, 'next'))}
          disabled={index === SLIDES.length - 1}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          {t('compare.presentation.next')}
        </button>
        <span className="slide-hint">{t('compare.presentation.hint')}</span>
        <button
          type="button"
          className="slide-button"
          onClick={() => setPresentation(false)}
          aria-keyshortcuts="Escape"
        >
          {t('compare.presentation.leave')}
        </button>
      </footer>
    </div>
  );
}
