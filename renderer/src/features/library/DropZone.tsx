import type { DragEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/** Accepts `.chokepoint` files dropped anywhere on the list. */
export function DropZone({
  onFiles,
  children,
}: {
  readonly onFiles: (files: File[]) => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone ${over ? 'drop-zone-over' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
      <p className="drop-hint">{t('library.dropHint')}</p>
    </div>
  );
}
