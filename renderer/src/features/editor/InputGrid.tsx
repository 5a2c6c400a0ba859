import type { KeyboardEvent } from 'react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_IDS } from '../../../../shared/domain/inputs';
import { useAfterFirstPaint } from '../../components/after-next-paint';
import { useFormatters } from '../../i18n/format';
import { InputCell } from './InputCell';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import type { GridPosition } from './grid-navigation';
import { cellDomId, gridMove, SCHEDULE_SECTION_ID } from './grid-navigation';

/**
 * Moves the focus into the schedule editor, once it shows the cell (it follows the focused cell). It
 * is pinned to the bottom of the pane (editor.css), so it is in view without scrolling the grid away.
 */
function focusSchedule(): void {
  requestAnimationFrame(() => document.getElementById(SCHEDULE_SECTION_ID)?.focus({ preventScroll: true }));
}

/** A cell before its slider is made: the same size, so nothing moves when it fills in. */
function PendingCell() {
  return (
    <td role="gridcell" className="input-cell input-cell-pending">
      <span className="cell-slider-space" />
      <span className="cell-value">{'\u00a0'}</span>
    </td>
  );
}

/**
 * Sectors as rows, the six levers and the restriction level as columns. A WAI-ARIA grid: one tab stop
 * (the last focused cell), arrow keys between cells, Enter or F2 opens the cell's schedule. A cell's
 * slider is reached with the pointer (or by focusing it): there the arrows move the value, and Escape
 * comes back to the cell.
 */
export const InputGrid = memo(function InputGrid() {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const selectCell = useApp((state) => state.selectCell);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  // The 77 cells are the costliest part of opening the editor: they fill in right after the charts
  // are on screen, in empty cells of the same size.
  const cellsReady = useAfterFirstPaint();
  const rows = catalogue.sectors.length;
  const cols = INPUT_IDS.length;
  const onCellFocus = useCallback((row: number, col: number) => {
    setActive((at) => (at.row === row && at.col === col ? at : { row, col }));
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('td[data-row]');
    if (!cell) return;
    const at = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      selectCell({ sector: catalogue.sectors[at.row]!.id, input: INPUT_IDS[at.col]! });
      focusSchedule();
      return;
    }
    if (target !== cell) {
      // On the slider: its own keys move the value; Escape steps back out to the cell.
      if (event.key === 'Escape') {
        event.preventDefault();
        cell.focus();
      }
      return;
    }
    const next = gridMove(event.key, event.ctrlKey || event.metaKey, at, rows, cols);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    document.getElementById(cellDomId(catalogue.sectors[next.row]!.id, INPUT_IDS[next.col]!))?.focus();
  };
  return (
    <div className="input-grid-wrap">
      <p id="input-grid-help" className="visually-hidden">
        {t('keyboard.gridHelp')}
      </p>
      <table className="input-grid" role="grid" aria-describedby="input-grid-help" onKeyDown={onKeyDown}>
        <caption className="grid-caption">{t('editor.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="grid-sector-head">
              {t('editor.sector')}
            </th>
            {INPUT_IDS.map((input) => (
              <th
                key={input}
                scope="col"
                className={input === 'restriction' ? 'grid-restriction-head' : undefined}
                title={t(`inputs.${input}.description`)}
              >
                {t(`inputs.${input}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {catalogue.sectors.map((sector, row) => {
            const name = format.text(sector.name);
            return (
              <tr key={sector.id}>
                <th scope="row" className="grid-sector">
                  <span className="grid-sector-name" title={name}>
                    {name}
                  </span>
                </th>
                {INPUT_IDS.map((input, col) =>
                  cellsReady ? (
                    <InputCell
                      key={input}
                      sector={sector.id}
                      sectorName={name}
                      input={input}
                      row={row}
                      col={col}
                      tabStop={active.row === row && active.col === col}
                      onCellFocus={onCellFocus}
                    />
                  ) : (
                    <PendingCell key={input} />
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
