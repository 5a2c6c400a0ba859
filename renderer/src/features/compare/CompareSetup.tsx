import { IdentityClash } from '../../components/IdentityClash';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ownSlot, viewSlots } from '../../../../shared/charts';
import { MAX_COMPARED } from '../../../../shared/compare';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { displayName } from '../../../../shared/catalogue/preset-display';
import { noteCompareInput } from './compare-perf';

/**
 * Which scenarios are compared (2–4, in order, each in its colour) and which is the reference:
 * a radio group with a remove button per scenario, and a list to add one from the library.
 */
export function CompareSetup() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const headingId = useId();
  const addId = useId();
  const items = useApp((state) => state.libraryItems);
  const compare = useApp((state) => state.compare);
  const docs = useApp((state) => state.compareDocs);
  const toggle = useApp((state) => state.toggleCompareScenario);
  const setReference = useApp((state) => state.setCompareReference);
  const nameOf = (id: string) => {
    const item = docs[id] ?? items.find((entry) => entry.id === id);
    return item ? displayName(item, lang) : id;
  };
  const addable = items.filter((item) => !compare.ids.includes(item.id));
  const full = compare.ids.length >= MAX_COMPARED;
  // As the comparison will draw them: each its own identity, a clash resolved for the later one.
  const slots = viewSlots(compare.ids.map((id) => ({ id, own: ownSlot(docs[id] ?? { id }) })));

  return (
    <section className="compare-setup" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('compare.setup.heading')}
      </h2>
      {compare.ids.length ? (
        <fieldset className="compare-picked">
          <legend className="field-label">{t('compare.setup.reference')}</legend>
          {compare.ids.map((id, index) => (
            <div key={id} className="compare-picked-row">
              <IdentitySwatch slot={slots[id]?.slot ?? index} reference={id === compare.referenceId} />
              <label className="radio">
                <input
                  type="radio"
                  name="compare-reference"
                  value={id}
                  checked={compare.referenceId === id}
                  onChange={(event) => {
                    noteCompareInput(event.timeStamp);
                    setReference(id);
                  }}
                />
                <span>
                  {nameOf(id)}
                  {slots[id]?.yieldsTo === undefined ? null : (
                    <IdentityClash slot={slots[id].slot} holder={nameOf(slots[id].yieldsTo)} />
                  )}
                </span>
              </label>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => toggle(id)}
                aria-label={t('compare.setup.remove', { name: nameOf(id) })}
              >
                {t('compare.setup.removeShort')}
              </button>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={addId} className="field-label">
          {t('compare.setup.add')}
        </label>
        <select
          id={addId}
          className="text-input"
          value=""
          disabled={full || addable.length === 0}
          aria-describedby={full ? `${addId}-full` : undefined}
          onChange={(event) => {
            if (event.target.value) toggle(event.target.value);
          }}
        >
          <option value="">{t('compare.setup.choose')}</option>
          {addable.map((item) => (
            <option key={item.id} value={item.id}>
              {displayName(item, lang)}
            </option>
          ))}
        </select>
        {/* Said beside the list, not in it: a sentence in a 240-pixel list would be cut off. */}
        {full ? (
          <p id={`${addId}-full`} className="hint">
            {t('compare.setup.full', { max: MAX_COMPARED })}
          </p>
        ) : null}
      </div>
      <p className="hint">{t('compare.setup.hint', { max: MAX_COMPARED })}</p>
    </section>
  );
}
