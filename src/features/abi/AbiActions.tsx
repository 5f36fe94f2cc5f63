/**
 * Print, and a link that holds the readings in its #fragment. The link is also shown in a box,
 * because some browsers refuse a page's request to copy.
 */
import { useState } from 'react';
import type { Readings } from './abi.ts';
import { readingsToRaw } from './abi-input.ts';
import { readingsToFragment } from './abi-link.ts';

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
          Print this result
        </button>
        <button type="button" className="button button-secondary" onClick={copyLink}>
          Copy a link to this result
        </button>
      </div>
      <p role="status" className="abi-copy-status">
        {copy === 'copied' && 'Link copied. '}
        {copy === 'failed' && 'Your browser did not let this page copy. Copy the link from the box below. '}
      </p>
      {link && (
        <div className="abi-link">
          <label htmlFor="abi-link" className="abi-label">
            Link to this result
          </label>
          <p id="abi-link-hint" className="abi-hint">
            Your readings are in the part after the # sign. Your browser does not send that part to any server, but
            anyone who has the link can see your readings.
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
