import { useEffect, useMemo, useRef, useState } from 'react';
import { sourceLine } from '../../../../shared/charts';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { CompareLegend } from '../compare/CompareLegend';
import type { ReadyComparison } from '../compare/comparison-state';
import { useChartText } from '../compare/use-chart-text';
import { useChartTheme } from '../../components/use-chart-theme';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { useChartExportInfo } from '../compare/use-chart-export-info';
import { SlideBody } from './SlideBody';
import type { SlideSpec } from './slides';
import { moveSlide, slideKey, slideMove, slidePlan } from './slides';
import { TargetsSlide } from './TargetsSlide';
import { TitleSlide } from './TitleSlide';
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
  const theme = useChartTheme('presentation');
  const text = useChartText(ready.catalogue);
  const info = useChartExportInfo(ready, theme, text);
  const sectorIds = ready.model.trajectories.sectorIds;
  // Every sector has its own slide unless the presenter picks fewer on the title slide.
  const [picked, setPicked] = useState<readonly string[]>(sectorIds);
  const plan = useMemo(() => slidePlan(sectorIds, picked), [sectorIds, picked]);
  const [index, setIndex] = useState(0);
  const deck = useRef<HTMLDivElement>(null);
  const count = plan.length;
  const slide: SlideSpec = plan[Math.min(index, count - 1)]!;

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
      else setIndex((current) => moveSlide(current, move, count));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresentation, count]);

  const slideTitle = (() => {
    switch (slide.kind) {
      case 'title':
        return title;
      case 'sector':
        return text.sectorName(slide.sector);
      case 'targets':
        return t('pictures.slides.targetsTitle', {
          targets: ready.model.targets.targets.map((target) => text.format.percent(target)).join(', '),
        });
      default:
        return t(`compare.presentation.slides.${slide.kind}`);
    }
  })();
  const source = info ? sourceLine(info.provenance, text) : '';
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
        <p className="slide-kicker">{slide.kind === 'title' ? '' : title}</p>
        <h2 className="slide-title" aria-live="polite">
          {slideTitle}
        </h2>
        {slide.kind === 'title' || slide.kind === 'targets' ? null : (
          <CompareLegend scenarios={ready.model.scenarios} className="slide-legend" />
        )}
      </header>
      <section
        className="slide"
        aria-roledescription={t('compare.presentation.slide')}
        aria-label={t('compare.presentation.position', {
          index: index + 1,
          count,
          title: slideTitle,
        })}
        data-slide={slide.kind}
        data-slide-key={slideKey(slide)}
      >
        {slide.kind === 'title' ? (
          <TitleSlide
            ready={ready}
            text={text}
            date={info?.provenance.date ?? ''}
            picked={picked}
            onPick={setPicked}
          />
        ) : slide.kind === 'targets' ? (
          <TargetsSlide ready={ready} text={text} />
        ) : (
          <SlideBody slide={slide} ready={ready} theme={theme} text={text} />
        )}
        <p className="slide-source">{source}</p>
      </section>
      <footer className="slide-footer">
        <button
          type="button"
          className="slide-button"
          onClick={() => setIndex((current) => moveSlide(current, 'previous', count))}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          {t('compare.presentation.previous')}
        </button>
        <span className="slide-count" aria-hidden="true">
          {Math.min(index, count - 1) + 1} / {count}
        </span>
        <button
          type="button"
          className="slide-button"
          onClick={() => setIndex((current) => moveSlide(current, 'next', count))}
          disabled={index >= count - 1}
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
