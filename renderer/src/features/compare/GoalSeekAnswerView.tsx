import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import { INPUT_RANGES } from '../../../../shared/domain/inputs';
import type { GoalSeekAnswer } from '../../../../shared/engine/goal-seek';
import { useFormatters } from '../../i18n/format';
import { formatInputValue } from '../../components/input-format';
import type { GoalSeekForm } from './goal-seek-form';

interface GoalSeekAnswerProps {
  readonly answer: GoalSeekAnswer;
  /** The question it answers (the form may have changed since). */
  readonly asked: GoalSeekForm;
  readonly text: ChartText;
  readonly onApply: () => void;
  readonly applying: boolean;
}

/** The engine's answer: the least value, "already met at the bottom of the range", or "not reachable". */
export function GoalSeekAnswerView({ answer, asked, text, onApply, applying }: GoalSeekAnswerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lever = t(`inputs.${asked.lever}.name`);
  const value = (number: number) => formatInputValue(asked.lever, number, format);
  const params = {
    lever,
    sector: text.sectorName(asked.targetSector),
    target: format.percent(asked.value),
    byYear: asked.byYear,
    fromYear: asked.fromYear,
  };
  const message = (() => {
    switch (answer.kind) {
      case 'reached':
        return t('compare.goal.reached', {
          ...params,
          value: value(answer.value),
          year: answer.reachedIn ?? asked.byYear,
        });
      case 'already':
        return t('compare.goal.already', {
          ...params,
          value: value(answer.value),
          year: answer.reachedIn ?? asked.byYear,
        });
      case 'unreachable':
        return t('compare.goal.unreachable', {
          ...params,
          max: value(INPUT_RANGES[asked.lever].max),
          achieved: format.percent1(answer.best.achieved),
        });
    }
  })();
  return (
    <div
      className={`compare-goal-answer ${answer.kind === 'unreachable' ? 'compare-goal-unreachable' : ''}`}
      data-testid="goal-answer"
      data-kind={answer.kind}
    >
      <p>{message}</p>
      {answer.kind === 'unreachable' ? null : (
        <button
          type="button"
          className="button button-small button-primary"
          onClick={onApply}
          disabled={applying}
        >
          {t('compare.goal.apply')}
        </button>
      )}
    </div>
  );
}
