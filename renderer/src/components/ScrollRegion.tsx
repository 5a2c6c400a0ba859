import type { ReactNode } from 'react';

/**
 * A table that may be wider than its column, in a region that scrolls sideways: focusable (arrow keys
 * scroll it) and named after what it holds, so keyboard and screen-reader users can reach all of it.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className={`table-scroll ${className ?? ''}`} role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
