import { IDENTITY_SLOTS, lineIdentity, STANDARD_THEME } from '../../../shared/charts';
import './identity.css';

interface IdentitySwatchProps {
  /** Identity slot (scenario-identity.ts). */
  readonly slot: number;
  readonly reference?: boolean;
  readonly baseline?: boolean;
  /** `slide`: on a 1920×1080 slide, next to its large type. */
  readonly size?: 'normal' | 'large' | 'slide';
}

/**
 * A short line in a scenario's colour and dash, as its lines are drawn in every chart: the colour
 * from CSS (it follows the light or dark scheme), the dash and weight from the shared identity.
 */
export function IdentitySwatch({
  slot,
  reference = false,
  baseline = false,
  size = 'normal',
}: IdentitySwatchProps) {
  const { dash, width } = lineIdentity({ colorIndex: slot, reference, baseline }, STANDARD_THEME);
  const scale = size === 'slide' ? 2 : size === 'large' ? 1.4 : 1;
  const length = 28 * scale;
  const stroke = width * scale;
  const dashArray =
    dash === 'solid' ? undefined : dash === 'dashed' ? '8 4' : dash === 'dotted' ? '2 3' : dash.join(' ');
  return (
    <svg
      className="identity-swatch"
      width={length}
      height={Math.ceil(stroke) + 2}
      aria-hidden="true"
      focusable="false"
      data-identity={baseline ? 'baseline' : slot % IDENTITY_SLOTS.length}
    >
      <line
        className={`identity-stroke-${baseline ? 'baseline' : slot % IDENTITY_SLOTS.length}`}
        x1={0}
        x2={length}
        y1={(Math.ceil(stroke) + 2) / 2}
        y2={(Math.ceil(stroke) + 2) / 2}
        strokeWidth={stroke}
        strokeDasharray={dashArray}
      />
    </svg>
  );
}
