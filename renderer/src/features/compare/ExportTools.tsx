import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparisonToCsv } from '../../../../shared/results/compare-csv';
import { call } from '../../api';
import { useApp } from '../../store';
import { setComparePdfHandler } from './compare-commands';
import type { ReadyComparison } from './comparison-state';
import { describeCompare } from './describe-compare-error';
import { exportFileStem, sourceLine } from '../../../../shared/charts';
import type { ChartExportInfo } from './chart-export';
import { chartText } from '../../../../shared/charts';
import { chartLanguage } from './use-chart-text';
import { toBase64, useDeck } from './use-deck';
import { useWorkbook } from './use-workbook';
import { useReport } from './use-report';
import { useSaveExport } from './use-save-export';

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
  const exportDeck = async () => {
    setBusy(true);
    try {
      const deck = await buildDeck();
      if (!deck.ok) {
        notify({
          tone: 'error',
          kind: 'text',
          key: 'pictures.deck.failed',
          params: { reason: describeCompare(deck.error, t) },
        });
        return;
      }
      const stem = exportInfo
        ? exportFileStem(fileStem, exportInfo.fileNames, exportInfo.provenance.date)
        : fileStem;
      const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
      await save(stem, { base64: toBase64(deck.value), type }, 'pptx');
    } finally {
      setBusy(false);
    }
  };
  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const workbook = await buildWorkbook();
      if (!workbook.ok) {
        notify({
          tone: 'error',
          kind: 'text',
          key: 'compare.export.workbookFailed',
          params: { reason: describeCompare(workbook.error, t) },
        });
        return;
      }
      const stem = exportInfo
        ? exportFileStem(fileStem, exportInfo.fileNames, exportInfo.provenance.date)
        : fileStem;
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      await save(stem, { base64: toBase64(workbook.value), type }, 'xlsx');
    } finally {
      setBusy(false);
    }
  };
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
