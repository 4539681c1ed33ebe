import { useId, useRef, useState } from 'react';

/** A read-only URL with a Copy button (the clipboard API where allowed, else the text is selected to copy by hand). */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    input.current?.select();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      setCopied('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };

  return (
    <div className="copy-field" data-testid={testId}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input id={id} ref={input} className="input input--full mono" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--small" onClick={copy} aria-label={`Copy ${label}`}>
          Copy
        </button>
      </div>
      <span role="status" className="muted small">
        {copied ?? ''}
      </span>
    </div>
  );
}
