/**
 * A link that holds the readings in its #fragment. Browsers never send the fragment to a server,
 * so a shared link fills the calculator on the reader's device and nowhere else.
 */
import type { FieldId } from './abi.ts';
import { emptyRawReadings, fieldIds, type RawReadings } from './abi-input.ts';

/** Readable keys, so a person can see what a link holds: #right-arm=130&right-dp=117. */
const keys: Record<FieldId, string> = {
  rightArm: 'right-arm',
  leftArm: 'left-arm',
  rightDp: 'right-dp',
  rightPt: 'right-pt',
  leftDp: 'left-dp',
  leftPt: 'left-pt',
};

/** Longer text than any pressure is cut, so a doctored link cannot fill a box with a page of text. */
const MAX_VALUE_LENGTH = 12;

/** "#right-arm=130&right-dp=117" for the boxes that hold something; "" when all are empty. */
export function readingsToFragment(raw: RawReadings): string {
  const params = new URLSearchParams();
  for (const id of fieldIds) {
    const value = raw[id].trim();
    if (value !== '') params.set(keys[id], value);
  }
  const query = params.toString();
  return query === '' ? '' : `#${query}`;
}

/**
 * The boxes' text from a location hash, or null when the hash holds no readings (for example
 * "#main" from the skip link). The text still goes through validation like anything typed.
 */
export function readingsFromFragment(hash: string): RawReadings | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = { ...emptyRawReadings };
  let found = false;
  for (const id of fieldIds) {
    const value = params.get(keys[id]);
    if (value !== null) {
      raw[id] = value.slice(0, MAX_VALUE_LENGTH);
      found = true;
    }
  }
  return found ? raw : null;
}
