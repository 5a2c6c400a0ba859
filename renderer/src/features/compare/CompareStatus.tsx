import { useTranslation } from 'react-i18next';
import { describeCompare } from './describe-compare-error';
import { useApp } from '../../store';
import type { ComparisonState } from './comparison-state';
import { drawsOf } from './use-compare-engine';

/**
 * What the comparison is waiting for, announced politely: the runs, then the uncertainty bands
 * (`data-banded` tells tests and benchmarks when all are in).
 */
export function CompareStatus({ state }: { readonly state: ComparisonState }) {
  const { t } = useTranslation();
  const draws = useApp(drawsOf);
  const message = (() => {
    switch (state.kind) {
      case 'too-few':
        return t('compare.status.tooFew');
      case 'loading':
      case 'running':
        return t('compare.status.running');
      case 'incomparable':
      case 'failed':
        return null;
      case 'ready':
        return state.banded < state.scenarios.length
          ? t('compare.status.bands', { done: state.banded, total: state.scenarios.length, draws })
          : t('compare.status.ready', { draws });
    }
  })();
  const banded = state.kind === 'ready' ? `${state.banded}/${state.scenarios.length}` : undefined;
  return (
    <>
      <p className="compare-status hint" role="status" data-banded={banded} data-testid="compare-status">
        {message}
      </p>
      {state.kind === 'incomparable' || state.kind === 'failed' ? (
        <div role="alert" className="error-box">
          <p className="error-title">
            {t(state.kind === 'failed' ? 'compare.error.engine' : 'compare.error.incomparable')}
          </p>
          <p className="error-message">{describeCompare(state.error, t)}</p>
        </div>
      ) : null}
    </>
  );
}
