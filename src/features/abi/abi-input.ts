/**
 * The calculator's 6 boxes: what each is called, and turning what was typed into readings or into
 * messages that say how to fix it. Nothing is guessed: text that could mean 2 things is refused.
 *
 * Decimal comma: "120,5" is read as 120.5, because phones set to many European languages (Turkish
 * included) offer only a comma on the decimal keypad. Only a comma followed by exactly 1 digit is
 * read that way; "1,205" or "120,130" is refused. The result lists every reading as it was read.
 */
import type { FieldId, Readings, Side } from './abi.ts';
import { fieldWords, inputMessages, type FieldWords } from './wording.en.ts';

export interface FieldDef extends FieldWords {
  id: FieldId;
  kind: 'arm' | 'ankle';
  side: Side;
}

/** The boxes in form order; their words (label, hint, name in messages) are in wording.en.ts. */
export const fields: readonly FieldDef[] = (
  [
    { id: 'rightArm', kind: 'arm', side: 'right' },
    { id: 'leftArm', kind: 'arm', side: 'left' },
    { id: 'rightDp', kind: 'ankle', side: 'right' },
    { id: 'rightPt', kind: 'ankle', side: 'right' },
    { id: 'leftDp', kind: 'ankle', side: 'left' },
    { id: 'leftPt', kind: 'ankle', side: 'left' },
  ] as const
).map((field) => ({ ...field, ...fieldWords[field.id] }));

export const fieldIds = fields.map((f) => f.id);

/** What was typed in each box. */
export type RawReadings = Record<FieldId, string>;
export type FieldErrors = Partial<Record<FieldId, string>>;
export type Validation = { ok: true; readings: Readings } | { ok: false; errors: FieldErrors };

export const emptyRawReadings: RawReadings = {
  rightArm: '',
  leftArm: '',
  rightDp: '',
  rightPt: '',
  leftDp: '',
  leftPt: '',
};

/**
 * No guideline sets limits for a calculator. A research protocol stops inflating the cuff at
 * 300 mmHg, so nothing higher can be a real reading.
 */
export const MAX_PRESSURE = 300;
/**
 * Far below any arm pressure of a person well enough to have an ABI test: more likely a slip
 * ("12" for 120) or the bottom number of a blood pressure, which would give a wrong index.
 */
export const MIN_ARM_PRESSURE = 60;

type Parsed =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'error'; problem: 'not-a-number' | 'two-numbers' | 'negative' | 'decimals' };

/** One box's text as a pressure, without judging whether the pressure is plausible. */
export function parsePressure(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (/^\d+\s*\/\s*\d+$/.test(t)) return { kind: 'error', problem: 'two-numbers' };
  if (/^[-−]\s*\d+([.,]\d+)?$/.test(t)) return { kind: 'error', problem: 'negative' };
  if (/^\d+[.,]\d{2,}$/.test(t)) return { kind: 'error', problem: 'decimals' };
  const match = /^(\d+)(?:[.,](\d))?$/.exec(t);
  if (!match) return { kind: 'error', problem: 'not-a-number' };
  return { kind: 'number', value: Number(`${match[1]}.${match[2] ?? '0'}`) };
}

const byId = Object.fromEntries(fields.map((f) => [f.id, f])) as Record<FieldId, FieldDef>;

/** The message for one box on its own, or null when its value can be used. */
function fieldMessage(field: FieldDef, parsed: Parsed): string | null {
  const { name } = field;
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'error') return inputMessages[parsed.problem](name);
  const value = parsed.value;
  if (value > MAX_PRESSURE) return inputMessages.tooHigh(name, MAX_PRESSURE);
  if (field.kind === 'arm' && value === 0) return inputMessages.armZero(name);
  if (field.kind === 'arm' && value < MIN_ARM_PRESSURE) return inputMessages.armTooLow(name, value, MIN_ARM_PRESSURE);
  return null;
}

export const missingArmMessage = inputMessages.missingArm;
export const missingAnkleMessage = inputMessages.missingAnkle;

/**
 * Readings the calculator can use, or a message for every box that needs fixing, in form order.
 * Empty boxes are fine (one leg alone, or one arm alone, can be worked out), but there must be
 * at least 1 arm and 1 ankle pressure.
 */
export function validateReadings(raw: RawReadings): Validation {
  const errors: FieldErrors = {};
  const readings: Readings = {};
  for (const id of fieldIds) {
    const parsed = parsePressure(raw[id]);
    const message = fieldMessage(byId[id], parsed);
    if (message) errors[id] = message;
    else if (parsed.kind === 'number') readings[id] = parsed.value;
  }
  const typedIn = (kind: FieldDef['kind']) => fields.some((f) => f.kind === kind && raw[f.id].trim() !== '');
  if (!typedIn('arm')) errors.rightArm = missingArmMessage;
  if (!typedIn('ankle')) errors.rightDp = missingAnkleMessage;

  if (Object.keys(errors).length > 0) {
    const ordered: FieldErrors = {};
    for (const id of fieldIds) if (errors[id]) ordered[id] = errors[id];
    return { ok: false, errors: ordered };
  }
  return { ok: true, readings };
}

/** The readings as text for the boxes, e.g. after opening a shared link. */
export function readingsToRaw(readings: Readings): RawReadings {
  const raw = { ...emptyRawReadings };
  for (const id of fieldIds) {
    const value = readings[id];
    if (value !== undefined) raw[id] = String(value);
  }
  return raw;
}
