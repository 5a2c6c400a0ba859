import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../i18n/describe-error';
import { useApp } from '../store';
import type { Notice } from '../store';

/** How long a notice stays: information briefly, errors long enough to read (both can be dismissed at once). */
const INFO_MS = 6000;
const ERROR_MS = 20000;
/** At most this many on screen: the newest, errors first. */
export const SHOWN_NOTICES = 2;

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useApp((state) => state.dismiss);
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

/**
 * Notices in a strip below the view (never over a chart): polite for information, assertive for
 * errors; at most two at a time (the newest, errors first); each leaves on its own.
 */
export function Notices() {
  const notices = useApp((state) => state.notices);
  const dismiss = useApp((state) => state.dismiss);
  // Every notice leaves on its own, shown or waiting behind the two on screen.
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const live = new Set(notices.map((notice) => notice.id));
    for (const notice of notices)
      if (!timers.current.has(notice.id))
        timers.current.set(
          notice.id,
          setTimeout(() => dismiss(notice.id), notice.tone === 'error' ? ERROR_MS : INFO_MS),
        );
    for (const [id, timer] of timers.current)
      if (!live.has(id)) {
        clearTimeout(timer);
        timers.current.delete(id);
      }
  }, [notices, dismiss]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);
  const errors = notices.filter((notice) => notice.tone === 'error').slice(-SHOWN_NOTICES);
  const room = SHOWN_NOTICES - errors.length;
  const others = room > 0 ? notices.filter((notice) => notice.tone !== 'error').slice(-room) : [];
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
