import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../api-types';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import type { LibrarySort } from '../../store';
import { allTags } from './library-filter';

const SORTS: readonly LibrarySort[] = ['updated', 'name', 'created'];

export function LibraryFilters({
  items,
  shownCount,
}: {
  readonly items: readonly ScenarioSummary[];
  readonly shownCount: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const text = useApp((state) => state.libraryText);
  const tag = useApp((state) => state.libraryTag);
  const sort = useApp((state) => state.librarySort);
  const setQuery = useApp((state) => state.setLibraryQuery);
  const tags = allTags(items);
  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={`${id}-search`} className="field-label">
          {t('library.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="text-input"
          value={text}
          placeholder={t('library.searchPlaceholder')}
          onChange={(event) => setQuery({ text: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`} className="field-label">
          {t('library.tag')}
        </label>
        <select id={`${id}-tag`} value={tag} onChange={(event) => setQuery({ tag: event.target.value })}>
          <option value="">{t('library.allTags')}</option>
          {tags.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`} className="field-label">
          {t('library.sort')}
        </label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(event) => setQuery({ sort: event.target.value as LibrarySort })}
        >
          {SORTS.map((entry) => (
            <option key={entry} value={entry}>
              {t(`library.sorts.${entry}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-count" role="status">
        {t('library.count', {
          count: shownCount,
          shown: format.integer(shownCount),
          total: format.integer(items.length),
        })}
      </p>
    </div>
  );
}
