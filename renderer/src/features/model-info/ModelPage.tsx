import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import modelSource from '../../../../docs/model.md?raw';
import { BacktestView } from './BacktestView';
import { ChokepointTable, ParameterTable, SectorTable } from './CatalogueTables';
import { Markdown } from './Markdown';
import { parseMarkdown } from './markdown';
import './model-info.css';

/**
 * Help → Model and sources: docs/model.md (built into the app at build time), with its generated
 * tables replaced by live ones from the catalogue in the user's language.
 */
export default function ModelPage() {
  const { t, i18n } = useTranslation();
  const blocks = useMemo(() => parseMarkdown(modelSource), []);
  const toc = blocks.filter((block) => block.kind === 'heading' && block.level === 2);
  const regions = {
    parameters: <ParameterTable />,
    sectors: <SectorTable />,
    chokepoints: <ChokepointTable />,
    'backtest-view': (
      <div lang={i18n.language}>
        <BacktestView />
      </div>
    ),
  };
  return (
    <div className="view model-page">
      <nav className="model-toc" aria-label={t('model.contents')}>
        <h2 className="toc-title">{t('model.contents')}</h2>
        <ul>
          {toc.map((block) =>
            block.kind === 'heading' ? (
              <li key={block.id}>
                <a
                  href={`#${block.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(block.id)?.scrollIntoView();
                  }}
                >
                  {block.text.replace(/`/g, '')}
                </a>
              </li>
            ) : null,
          )}
        </ul>
      </nav>
      <article className="model-article">
        <h1 className="view-title">{t('model.title')}</h1>
        {i18n.language.startsWith('zh') ? <p className="note">{t('model.englishNote')}</p> : null}
        <div lang="en" className="prose">
          <Markdown blocks={blocks} regions={regions} headingOffset={1} />
        </div>
      </article>
    </div>
  );
}
