import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareError } from '../../../../shared/compare';
import type { Result } from '../../../../shared/result';
import { comparisonToCsv } from '../../../../shared/results/compare-csv';
import { call } from '../../api';
import { useApp } from '../../store';
import { setComparePdfHandler } from './compare-commands';
import type { ReadyComparison } from './comparison-state';
import { describeCompare } from './describe-compare-error';
import { exportFileStem, sourceLine } from '../../../../shared/charts';
import type { ChartExportInfo } from './chart-export';
import { chartText } from '../../../../shared/charts';
import { chartLanguage } from '../../components/use-chart-text';
import { useDeck } from './use-deck';
import { base64Of } from '../../components/save-file';
import { useWorkbook } from './use-workbook';
import { useReport } from './use-report';
import { useSaveExport } from '../../components/use-save-export';

interface ExportToolsProps {
  readonly ready: ReadyComparison;
  readonly fileStem: string;
  /** Lays out the print version of the report; resolves once it is on the page. */
  readonly preparePrint: (html: string) => Promise<void>;
  /** The comparison's title (the deck's title slide) and what every export carries. */
  readonly title: string;
  readonly exportInfo: ChartExportInfo | null;
}

/**
 * Exports of the whole comparison: the trajectories as CSV, the report as HTML, as PDF (the desktop
 * app prints the page's print layout; elsewhere it says so and offers the HTML report) and printed.
 */
export function ExportTools({ ready, fileStem, preparePrint, title, exportInfo }: ExportToolsProps) {
  const { t, i18n } = useTranslation();
  const notify = useApp((state) => state.notify);
  const save = useSaveExport();
  const buildReport = useReport(ready);
  const buildDeck = useDeck(ready, title, exportInfo);
  const buildWorkbook = useWorkbook(ready, exportInfo);
  const [busy, setBusy] = useState(false);
  const [pdfUnavailable, setPdfUnavailable] = useState(false);

  const withReport = async (deliver: (html: string) => Promise<void>) => {
    setBusy(true);
    try {
      const report = await buildReport();
      if (report.ok) await deliver(report.value);
      else
        notify({
          tone: 'error',
          kind: 'text',
          key: 'compare.report.failed',
          params: { reason: describeCompare(report.error, t) },
        });
    } finally {
      setBusy(false);
    }
  };
  // Names and units in the page's language, as the workbook and the deck have them.
  const exportCsv = () => {
    const text = exportInfo?.text ?? chartText(chartLanguage(i18n.language), { catalogue: ready.catalogue });
    void save(fileStem, { text: comparisonToCsv(ready.model.trajectories, ready.model.costs, text) }, 'csv');
  };
  const exportHtml = () => void withReport((html) => save(fileStem, { text: html }, 'html'));
  const exportPdf = () =>
    void withReport(async (html) => {
      await preparePrint(html);
      const result = await call('exportReportPdf', {
        suggestedName: `${fileStem}.pdf`,
        ...(exportInfo ? { footer: sourceLine(exportInfo.provenance, exportInfo.text) } : {}),
      });
      if (result.ok)
        notify({
          tone: 'success',
          kind: 'text',
          key: 'compare.export.saved',
          params: { file: result.value.path },
        });
      else if (result.error.code === 'not-available') setPdfUnavailable(true);
      else if (result.error.code !== 'cancelled')
        notify({ tone: 'error', kind: 'api', context: 'compare.error.pdf', error: result.error });
    });
  /** A deck or a workbook, built on demand and saved under a name that says what it holds. */
  const exportFile = async (
    build: () => Promise<Result<Uint8Array, CompareError>>,
    failed: 'pictures.deck.failed' | 'compare.export.workbookFailed',
    kind: 'pptx' | 'xlsx',
  ) => {
    setBusy(true);
    try {
      const built = await build();
      if (!built.ok) {
        notify({
          tone: 'error',
          kind: 'text',
          key: failed,
          params: { reason: describeCompare(built.error, t) },
        });
        return;
      }
      const stem = exportInfo
        ? exportFileStem(fileStem, exportInfo.fileNames, exportInfo.provenance.date)
        : fileStem;
      await save(stem, { base64: base64Of(built.value) }, kind);
    } finally {
      setBusy(false);
    }
  };
  const exportDeck = () => exportFile(buildDeck, 'pictures.deck.failed', 'pptx');
  const exportWorkbook = () => exportFile(buildWorkbook, 'compare.export.workbookFailed', 'xlsx');
  const print = () =>
    void withReport(async (html) => {
      await preparePrint(html);
      window.print();
    });

  useEffect(() => {
    setComparePdfHandler(exportPdf);
    return () => setComparePdfHandler(null);
  });

  return (
    <div className="compare-exports">
      <div className="section-actions" role="group" aria-label={t('compare.export.group')}>
        <button type="button" className="button" onClick={exportCsv}>
          {t('compare.export.csv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportWorkbook()}
          disabled={busy}
          title={t('compare.export.workbookHint')}
        >
          {t('compare.export.workbook')}
        </button>
        <button type="button" className="button" onClick={exportHtml} disabled={busy}>
          {t('compare.export.html')}
        </button>
        <button type="button" className="button" onClick={exportPdf} disabled={busy}>
          {t('compare.export.pdf')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportDeck()}
          disabled={busy}
          title={t('pictures.deck.hint')}
        >
          {t('pictures.deck.export')}
        </button>
        <button type="button" className="button" onClick={print} disabled={busy}>
          {t('compare.export.print')}
        </button>
      </div>
      {pdfUnavailable ? (
        <div className="compare-pdf-note" role="status">
          <p>{t('compare.export.pdfDesktopOnly')}</p>
          <div className="section-actions">
            <button
              type="button"
              className="button button-small button-primary"
              onClick={exportHtml}
              disabled={busy}
            >
              {t('compare.export.htmlInstead')}
            </button>
            <button type="button" className="button button-small" onClick={() => setPdfUnavailable(false)}>
              {t('common.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
