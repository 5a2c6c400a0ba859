import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../api-types';
import { textLanguage } from '../../i18n';
import type { Formatters } from '../../i18n/format';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { originText } from '../exchange/origin-text';
import { displayDescription, displayName } from '../../../../shared/catalogue/preset-display';

interface RowProps {
  readonly item: ScenarioSummary;
  readonly selected: boolean;
  readonly lang: 'en' | 'zh';
  readonly format: Formatters;
}

const Row = memo(function Row({ item, selected, lang, format }: RowProps) {
  const { t } = useTranslation();
  const toggleSelected = useApp((state) => state.toggleSelected);
  const navigate = useApp((state) => state.navigate);
  const name = displayName(item, lang);
  return (
    <tr className={selected ? 'row-selected' : undefined}>
      <td className="cell-check">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => toggleSelected(item.id)}
          aria-label={t('library.select', { name })}
        />
      </td>
      <th scope="row" className="cell-name">
        <a
          href={`#/editor/${encodeURIComponent(item.id)}`}
          onClick={(event) => {
            event.preventDefault();
            navigate({ view: 'editor', id: item.id });
          }}
        >
          {name}
        </a>
      </th>
      <td>
        <ul className="tag-list" aria-label={t('library.tags')}>
          {item.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      </td>
      <td className="cell-description">{displayDescription(item, lang)}</td>
      <td className="cell-muted">{item.author}</td>
      <td className="cell-muted">{originText(item.origin, t, format)}</td>
      <td className="cell-date">
        <time dateTime={item.updatedAt}>{format.dateTime(item.updatedAt)}</time>
      </td>
      <td className="cell-number">{format.integer(item.revision)}</td>
    </tr>
  );
});

/** The library's scenarios: select with the checkboxes, open with the name. */
export function ScenarioTable({ items }: { readonly items: readonly ScenarioSummary[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const lang = textLanguage(i18n.language);
  const selection = useApp((state) => state.selection);
  const setSelection = useApp((state) => state.setSelection);
  const selected = new Set(selection);
  const allShown = items.length > 0 && items.every((item) => selected.has(item.id));
  return (
    <table className="data-table scenario-table">
      <caption className="visually-hidden">{t('library.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="cell-check">
            <input
              type="checkbox"
              checked={allShown}
              onChange={() => setSelection(allShown ? [] : items.map((item) => item.id))}
              aria-label={t('library.selectAll')}
              disabled={items.length === 0}
            />
          </th>
          <th scope="col">{t('library.column.name')}</th>
          <th scope="col">{t('library.column.tags')}</th>
          <th scope="col">{t('exchange.library.description')}</th>
          <th scope="col">{t('library.column.author')}</th>
          <th scope="col">{t('exchange.library.origin')}</th>
          <th scope="col">{t('library.column.updated')}</th>
          <th scope="col" className="cell-number">
            {t('library.column.revision')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <Row key={item.id} item={item} selected={selected.has(item.id)} lang={lang} format={format} />
        ))}
      </tbody>
    </table>
  );
}
