import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';
import { useApp } from '../store';

/** Help → About: versions and where the library lives. */
export function AboutDialog() {
  const { t } = useTranslation();
  const info = useApp((state) => state.appInfo);
  const setAboutOpen = useApp((state) => state.setAboutOpen);
  const close = () => setAboutOpen(false);
  return (
    <Modal
      title={t('about.title')}
      onClose={close}
      footer={
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('about.text')}</p>
      {info ? (
        <dl className="about-list">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.modelVersion')}</dt>
          <dd>{info.modelVersion}</dd>
          <dt>{t('about.formatVersion')}</dt>
          <dd>{info.formatVersion}</dd>
          <dt>{t('about.library')}</dt>
          <dd>
            <code>{info.libraryPath}</code>
          </dd>
        </dl>
      ) : null}
    </Modal>
  );
}
