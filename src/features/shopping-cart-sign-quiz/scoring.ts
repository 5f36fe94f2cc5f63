/**
 * Scoring for the shopping cart sign self-check: which way do a reader's answers about walking
 * pain point, narrowed arteries or a pinched nerve in the back?
 *
 * Why points and not a percentage: the studies behind the questions (Nadeau 2013, Suri 2010) give
 * likelihood ratios measured in clinics, not a chance of disease for a reader at home. So each
 * answer is a clue of a named strength, the result says only which way the clues lean, and it
 * lists every clue so the reader and their doctor can see why.
 *
 * Pure functions on plain data: the questions live in questions.ts.
 */
import type { AlertId } from '../urgency/alerts.ts';
import type { SourceId } from '../article/sources.ts';

/** The 2 causes of pain on walking that the self-check tells apart. */
export type Direction = 'arteries' | 'nerves';

/**
 * How much a clue counts. Single answers are small or medium clues; only the answer patterns
 * that the studies found telling together are strong (Nadeau 2013: combinations carry the weight).
 */
export type Weight = 1 | 2 | 4;

export interface Pointer {
  toward: Direction;
  weight: Weight;
}

export interface QuizOption {
  /** Stable id, unique within its question; "not-sure" for the "not sure" answer. */
  id: string;
  /** The answer as the reader sees it. */
  label: string;
  /** Which way the answer points and how much, or nothing when it counts neither way. */
  points?: Pointer;
  /** The emergency answer: it stops the self-check and shows the question's alert. */
  stop?: boolean;
  /** Why this answer points where it does, in plain words (shown in the result and the checklist). */
  why: string;
  /** The study or guideline behind `why`. */
  cite?: SourceId;
}

export interface QuizQuestion {
  /** Stable id; also used in element ids. */
  id: string;
  /** The question, used as the legend of its group of radio buttons. */
  legend: string;
  /** A short hint under the question. */
  hint?: string;
  /** A few words naming the question in the list of answers, e.g. "What brings the pain on". */
  short: string;
  /** For the emergency screening question: the alert its `stop` answer shows. */
  alert?: AlertId;
  options: QuizOption[];
}

/** Answers that count for much more together than one by one. */
export interface Combination {
  id: string;
  /** Question id -> the option id it needs; every one must match. */
  requires: Record<string, string>;
  points: Pointer;
  /** What the answers together mean, in plain words. */
  why: string;
  cite: SourceId;
}

/** Question id -> chosen option id. */
export type Answers = Readonly<Record<string, string>>;

export const NOT_SURE = 'not-sure';

/** One reason in the result: an answer, or a set of answers that counted together. */
export interface Clue {
  /** The question id, or the combination id. */
  id: string;
  from: 'answer' | 'combination';
  toward: Direction;
  weight: Weight;
  why: string;
  cite?: SourceId;
}

/** An answer that points neither way, e.g. "One leg" (both causes can do that). */
export interface NeutralAnswer {
  questionId: string;
  why: string;
}

export type LeanKind = 'arteries' | 'nerves' | 'mixed' | 'unclear';

export interface LeanResult {
  kind: LeanKind;
  points: Record<Direction, number>;
  /** Strong combinations first, then single answers in question order. */
  clues: Clue[];
  neutral: NeutralAnswer[];
  /** Questions answered "not sure" (or not answered): left out of the count. */
  notSure: string[];
  /** Alerts to show first because the reader was not sure about an emergency question. */
  checkFirst: AlertId[];
}

export interface EmergencyResult {
  kind: 'emergency';
  alert: AlertId;
}

export type QuizOutcome = LeanResult | EmergencyResult;

/**
 * The answers lean one way when that side has at least LEAN_MIN_POINTS and at least LEAN_MARGIN
 * more than the other. So no single answer leans on its own (the strongest is 2 points), while
 * one of the strong combinations, or several medium clues that agree, does.
 */
export const LEAN_MIN_POINTS = 4;
export const LEAN_MARGIN = 3;
/** With at least this many points on both sides, the answers point both ways. */
export const MIXED_MIN_POINTS = 2;

/**
 * A label as a sentence of its own: adds a full stop unless the label already ends in one (or in
 * a question or exclamation mark), so "Walking only. Standing still does not bring it on." is
 * not printed with 2 full stops.
 */
export function asSentence(label: string): string {
  const text = label.trimEnd();
  return /[.!?]["”’)]*$/.test(text) ? text : `${text}.`;
}

export function findOption(question: QuizQuestion, optionId: string | undefined): QuizOption | undefined {
  return question.options.find((o) => o.id === optionId);
}

/** The emergency answer among `answers`, if any; checked before anything else is scored. */
export function emergencyAnswer(questions: readonly QuizQuestion[], answers: Answers): QuizQuestion | undefined {
  return questions.find((q) => findOption(q, answers[q.id])?.stop === true);
}

export function leanKind(points: Record<Direction, number>): LeanKind {
  const { arteries, nerves } = points;
  if (arteries >= LEAN_MIN_POINTS && arteries - nerves >= LEAN_MARGIN) return 'arteries';
  if (nerves >= LEAN_MIN_POINTS && nerves - arteries >= LEAN_MARGIN) return 'nerves';
  if (arteries >= MIXED_MIN_POINTS && nerves >= MIXED_MIN_POINTS) return 'mixed';
  return 'unclear';
}

export function scoreQuiz(
  questions: readonly QuizQuestion[],
  combinations: readonly Combination[],
  answers: Answers,
): QuizOutcome {
  const stopped = emergencyAnswer(questions, answers);
  if (stopped) {
    if (!stopped.alert) throw new Error(`Question "${stopped.id}" has a stop answer but no alert to show`);
    return { kind: 'emergency', alert: stopped.alert };
  }

  const combined: Clue[] = combinations
    .filter((c) => Object.entries(c.requires).every(([questionId, optionId]) => answers[questionId] === optionId))
    .map((c) => ({ id: c.id, from: 'combination', ...c.points, why: c.why, cite: c.cite }));

  const single: Clue[] = [];
  const neutral: NeutralAnswer[] = [];
  const notSure: string[] = [];
  const checkFirst: AlertId[] = [];
  for (const question of questions) {
    const option = findOption(question, answers[question.id]);
    if (!option || option.id === NOT_SURE) {
      notSure.push(question.id);
      if (question.alert) checkFirst.push(question.alert);
    } else if (option.points) {
      single.push({ id: question.id, from: 'answer', ...option.points, why: option.why, cite: option.cite });
    } else if (!question.alert) {
      // "No" to the emergency question is not a clue about walking pain, so it is not listed.
      neutral.push({ questionId: question.id, why: option.why });
    }
  }

  const clues = [...combined, ...single];
  const points = { arteries: 0, nerves: 0 };
  for (const clue of clues) points[clue.toward] += clue.weight;
  return { kind: leanKind(points), points, clues, neutral, notSure, checkFirst };
}
