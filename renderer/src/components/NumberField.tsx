import { useId, useState } from 'react';

interface NumberFieldProps {
  readonly label: string;
  /** Hide the label visually (it stays the accessible name). */
  readonly hideLabel?: boolean;
  readonly value: number | undefined;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Stored value × scale = shown value (percent fields use 100). */
  readonly scale?: number;
  readonly integer?: boolean;
  readonly suffix?: string;
  readonly placeholder?: string;
  readonly invalidMessage: string;
  /** A reason to refuse a value inside the range (a rule between values), in words; undefined accepts it. */
  readonly refuse?: (value: number) => string | undefined;
  readonly onCommit: (value: number) => void;
  readonly className?: string;
}

function shown(value: number | undefined, scale: number): string {
  return value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
}

/**
 * A number input that keeps what the user types while it is incomplete ("0.", "-") and commits only
 * values inside the range; an out-of-range value is announced instead of being clamped silently.
 */
export function NumberField({
  label,
  hideLabel,
  value,
  min,
  max,
  step,
  scale = 1,
  integer,
  suffix,
  placeholder,
  invalidMessage,
  refuse,
  onCommit,
  className,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown(value, scale);
  const parsed = Number(text.replace(',', '.'));
  const outOfRange =
    draft !== null &&
    draft.trim() !== '' &&
    (!Number.isFinite(parsed) ||
      parsed < min * scale - 1e-9 ||
      parsed > max * scale + 1e-9 ||
      (integer === true && !Number.isInteger(parsed)));
  const refused = draft !== null && draft.trim() !== '' && !outOfRange ? refuse?.(parsed / scale) : undefined;
  const invalid = outOfRange || refused !== undefined;
  const commit = (next: string) => {
    const number = Number(next.replace(',', '.'));
    if (next.trim() === '' || !Number.isFinite(number)) return;
    if (number < min * scale - 1e-9 || number > max * scale + 1e-9) return;
    if (integer && !Number.isInteger(number)) return;
    if (refuse?.(number / scale) !== undefined) return;
    onCommit(number / scale);
  };
  return (
    <span className={`number-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="number-field-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={text}
          min={min * scale}
          max={max * scale}
          step={step * scale}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            commit(event.target.value);
          }}
          onBlur={() => setDraft(null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setDraft(null);
          }}
        />
        {suffix ? (
          <span className="number-field-suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </span>
      {invalid ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {refused ?? invalidMessage}
        </span>
      ) : null}
    </span>
  );
}
