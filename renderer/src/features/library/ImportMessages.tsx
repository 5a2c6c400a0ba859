import { useTranslation } from 'react-i18next';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import type { ImportReport } from '../../api-types';
import { describeApiError, fileFormatErrorOf } from '../../i18n/describe-error';
import { useApp } from '../../store';

const TRANSLATED_WARNINGS = new Set(['hash-missing', 'hash-mismatch']);

const packageCount = (report: ImportReport) =>
  report.packages.added.length +
  report.packages.replaced.length +
  report.packages.keptBoth.length +
  report.packages.skipped.length;

function ReportLine({ report }: { readonly report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <li>
      <p>
        {t('import.report', {
          file: report.fileName,
          added: report.added.length,
          replaced: report.replaced.length,
          skipped: report.skipped.length,
          keptBoth: report.keptBoth.length,
        })}
        {report.merged.length > 0 ? ` ${t('exchange.report.merged', { count: report.merged.length })}` : ''}
        {report.unmerged.length > 0
          ? ` ${t('exchange.report.unmerged', { count: report.unmerged.length })}`
          : ''}
        {packageCount(report) > 0
          ? ` ${t('packages.import.report', {
              added: report.packages.added.length,
              replaced: report.packages.replaced.length,
              keptBoth: report.packages.keptBoth.length,
              skipped: report.packages.skipped.length,
            })}`
          : ''}
      </p>
      {report.warnings.length > 0 ? (
        <ul className="warning-list">
          {report.warnings.map((warning, index) => (
            <li key={index}>
              {warning.kind === 'model-version' && warning.modelVersion !== undefined
                ? t('modelVersion.authoredUnder', {
                    file: report.fileName,
                    version: warning.modelVersion,
                    current: MODEL_VERSION,
                  })
                : TRANSLATED_WARNINGS.has(warning.kind)
                  ? t(`fileFormat.warning.${warning.kind}`, { file: report.fileName })
                  : warning.message}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The outcome of the last imports: a refused file's error in full (file, JSON path, problem), reports of the rest. */
export function ImportMessages() {
  const { t } = useTranslation();
  const importError = useApp((state) => state.importError);
  const reports = useApp((state) => state.importReports);
  const clear = useApp((state) => state.clearImportMessages);
  if (!importError && reports.length === 0) return null;
  const fileError = importError ? fileFormatErrorOf(importError.error) : undefined;
  return (
    <section className="import-messages" aria-label={t('import.messages')}>
      {importError ? (
        <div role="alert" className="error-box">
          <h2 className="error-title">{t('import.failed', { file: importError.fileName })}</h2>
          <p className="error-message">
            {describeApiError(importError.error, t, 'import.context', importError.fileName)}
          </p>
          {fileError ? <p className="error-hint">{t('import.nothingImported')}</p> : null}
        </div>
      ) : null}
      {reports.length > 0 ? (
        <ul className="report-list" role="status">
          {reports.map((report, index) => (
            <ReportLine key={index} report={report} />
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button-small button-quiet" onClick={clear}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
