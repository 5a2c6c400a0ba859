import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import { TargetsTable } from '../../components/TargetsTable';
import type { ReadyComparison } from '../compare/comparison-state';

/** The targets slide: the targets table, compact enough for a slide with four scenarios. */
export function TargetsSlide({ ready, text }: { readonly ready: ReadyComparison; readonly text: ChartText }) {
  const { t } = useTranslation();
  const table = ready.model.targets;
  return (
    <div className="slide-body">
      <p className="slide-note">{t('pictures.slides.targetsNote', { year: table.horizonYear })}</p>
      <TargetsTable table={table} text={text} density="slide" />
    </div>
  );
}
