import { useEffect, useMemo, useRef, useState } from 'react';
import { sourceLine } from '../../../../shared/charts';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../store';
import { CompareLegend } from '../compare/CompareLegend';
import type { ReadyComparison } from '../compare/comparison-state';
import { useChartText } from '../../components/use-chart-text';
import { useChartTheme } from '../../components/use-chart-theme';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { useChartExportInfo } from '../compare/use-chart-export-info';
import { useWaterfall } from '../compare/use-waterfall';
import { SlideBody } from './SlideBody';
import type { SlideSpec } from './slides';
import { moveSlide, slideKey, slideMove, slidePlan } from './slides';
import { SLIDE_HEIGHT, SLIDE_WIDTH, useSlideScale } from './slide-scale';
import { TargetsSlide } from './TargetsSlide';
import { TitleSlide } from './TitleSlide';
import { slideObserved } from '../../../../shared/deck/deck-observed';
import './presentation.css';

/**
 * The comparison as slides, one comparison per page, full screen where allowed: arrows, Page Up/Down
 * (clickers), Space, Home and End move; Escape (or leaving full screen) ends it. High-contrast
 * colours on white, whatever the app's theme. Each slide is laid out once at 1920×1080 and scaled to
 * the screen, so it looks the same on a laptop and on a projector (and its text is 18 px or more on a
 * 1920×1080 screen); what it shows was set up before presenting (`PresentSetup`).
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
  const chosen = useApp((state) => state.slideSectors);
  const theme = useChartTheme('presentation');
  const text = useChartText(ready.catalogue);
  const info = useChartExportInfo(ready, theme, text);
  const why = useWaterfall(ready, text);
  const sectorIds = ready.model.trajectories.sectorIds;
  const plan = useMemo(() => slidePlan(sectorIds, chosen ?? undefined), [sectorIds, chosen]);
  const [index, setIndex] = useState(0);
  const deck = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const stage = useSlideScale(viewport);
  const count = plan.length;
  const slide: SlideSpec = plan[Math.min(index, count - 1)]!;
  const showObserved = useApp((state) => state.showObserved);
  // The observed record's key where the slide's chart draws observed points (as Compare, unless hidden).
  const observed = showObserved && slideObserved(slide, ready.model.trajectories.years[0]).length > 0;

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

  // A slide with one chart takes the chart's own title, so that the chart need not repeat it.
  const slideTitle = (() => {
    const { targets } = ready.model;
    switch (slide.kind) {
      case 'title':
        return title;
      case 'overview':
        return t('compare.overview.aggregate');
      case 'sector':
        return text.sectorName(slide.sector);
      case 'chokepoints':
        return t('compare.overview.chokepoints', { total: ready.catalogue.chokepoints.length });
      case 'targets':
        return t('pictures.slides.targetsTitle', {
          targets: text.format.list(targets.targets.map((target) => text.format.percent(target))),
        });
      case 'costs':
        return t('compare.presentation.slides.costs');
      case 'why':
        return why.waterfall?.ok ? why.caption : t('compare.presentation.slides.why');
    }
  })();
  // The legend once, where lines are drawn: the overview's key figures name the scenarios in their
  // colours already, the targets table heads its columns with them, the waterfall has no scenario lines.
  const legend = slide.kind === 'sector' || slide.kind === 'chokepoints' || slide.kind === 'costs';
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
      <div ref={setViewport} className="slide-viewport">
        <div
          className="slide-stage"
          data-scale={stage.scale}
          style={{
            width: SLIDE_WIDTH,
            height: SLIDE_HEIGHT,
            transform: `translate(${stage.left}px, ${stage.top}px) scale(${stage.scale})`,
          }}
        >
          <header className="slide-header">
            {slide.kind === 'title' ? null : <p className="slide-kicker">{title}</p>}
            <h2 className={`slide-title slide-title-${slide.kind}`} aria-live="polite">
              {slideTitle}
            </h2>
            {legend ? (
              <CompareLegend
                scenarios={ready.model.scenarios}
                className="slide-legend"
                swatch="slide"
                observed={observed}
              />
            ) : null}
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
              <TitleSlide ready={ready} date={info?.provenance.date ?? ''} />
            ) : slide.kind === 'targets' ? (
              <TargetsSlide ready={ready} text={text} />
            ) : (
              <SlideBody slide={slide} ready={ready} theme={theme} text={text} why={why} />
            )}
            <p className="slide-source">{source}</p>
          </section>
        </div>
      </div>
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
