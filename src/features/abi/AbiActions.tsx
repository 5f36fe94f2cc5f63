/**
 * Print, and a link that holds the readings in its #fragment. The link is also shown in a box,
 * because some browsers refuse a page's request to copy.
 */
import { useState } from 'react';
import type { Readings } from './abi.ts';
import { readingsToRaw } from './abi-input.ts';
import { readingsToFragment } from './abi-link.ts';
import { abiUi } from './wording.en.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export function AbiActions({ readings }: { readings: Readings }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [link, setLink] = useState('');

  async function copyLink() {
    const fragment = readingsToFragment(readingsToRaw(readings));
    // replaceState, not location.hash: no new history entry, no scroll, no hashchange event.
    history.replaceState(null, '', fragment);
    const url = `${location.origin}${location.pathname}${fragment}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className="abi-actions no-print">
      <div className="abi-buttons">
        <button type="button" className="button" onClick={() => window.print()}>
          {abiUi.print}
        </button>
        <button type="button" className="button button-secondary" onClick={copyLink}>
          {abiUi.copyLink}
        </button>
      </div>
      <p role="status" className="abi-copy-status">
        {copy === 'copied' && abiUi.copied}
        {copy === 'failed' && abiUi.copyFailed}
      </p>
      {link && (
        <div className="abi-link">
          <label htmlFor="abi-link" className="abi-label">
            {abiUi.linkLabel}
          </label>
          <p id="abi-link-hint" className="abi-hint">
            {abiUi.linkHint}
          </p>
          <input
            id="abi-link"
            type="text"
            readOnly
            value={link}
            className="abi-input abi-link-input"
            aria-describedby="abi-link-hint"
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </div>
  );
}
