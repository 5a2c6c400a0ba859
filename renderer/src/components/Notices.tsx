import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../i18n/describe-error';
import { useApp } from '../store';
import type { Notice } from '../store';

const INFO_MS = 8000;

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useApp((state) => state.dismiss);
  useEffect(() => {
    if (notice.tone === 'error') return undefined;
    const timer = setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  const text =
    notice.kind === 'api'
      ? describeApiError(notice.error, t, notice.context, notice.file)
      : t(notice.key, notice.params ?? {});
  return (
    <li className={`notice notice-${notice.tone}`}>
      <p className="notice-text">{text}</p>
      {notice.kind === 'text' && notice.action ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {t(notice.action.labelKey)}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => dismiss(notice.id)}
        aria-label={t('common.dismiss')}
      >
        ×
      </button>
    </li>
  );
}

/** Toasts: polite for information, assertive for errors; errors stay until dismissed. */
export function Notices() {
  const notices = useApp((state) => state.notices);
  const errors = notices.filter((notice) => notice.tone === 'error');
  const others = notices.filter((notice) => notice.tone !== 'error');
  return (
    <div className="notices">
      <div role="status">
        <ul className="notice-list">
          {others.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </div>
      <div role="alert">
        <ul className="notice-list">
          {errors.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} />
          ))}
        </ul>
      </div>
    </div>
  );
}
