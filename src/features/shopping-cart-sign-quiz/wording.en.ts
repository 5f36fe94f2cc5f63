/**
 * Every word of the shopping-cart-sign quiz's screens, in English: buttons, headings, messages,
 * the result's headlines, and the printable checklist's lines. A second language supplies another
 * object of type QuizWording, with the same keys. The questions, answers and their reasons are
 * data (questions.ts), and the urgency cards' words are in src/features/urgency/alerts.ts.
 */
import type { Direction, LeanKind, Weight } from './scoring.ts';
import { urgencyWording } from '../urgency/wording.en.ts';

interface Link {
  href: string;
  label: string;
}

export interface QuizWording {
  /** How much a clue counts, e.g. "a medium clue (2 points)". */
  weight: Record<Weight, string>;
  /** What a side is called in "Pointing to …" and "Points for …". */
  direction: Record<Direction, string>;
  /** The result's heading and first sentence for each way the answers can lean. */
  lean: Record<LeanKind, { headline: string; summary: string }>;
  /** Articles to read next, in the order shown when the answers point nowhere in particular. */
  reading: Record<Direction | 'compare', Link>;
  /** Where the ankle-brachial index (ABI) test and the calculator are. */
  abiLinks: Record<'test' | 'calculator', Link>;
  question: {
    progress: (number: number, total: number) => string;
    missingAnswer: string;
    errorSummaryTitle: string;
    /** Read by screen readers before the message next to the question. */
    errorPrefix: string;
    continue: string;
    seeResult: string;
    back: string;
  };
  emergency: {
    heading: string;
    /** `said` is the emergency question's few words, already starting in lower case. */
    youSaid: (said: string) => string;
    back: string;
    restart: string;
  };
  result: {
    checkFirst: (said: string) => string;
    notADiagnosis: string;
    notADiagnosisMore: string;
    whyHeading: string;
    noClues: string;
    pointingTo: (direction: string) => string;
    neitherWay: string;
    together: string;
    notSure: (count: number) => string;
    notSureManyHint: string;
    points: (arteries: number, nerves: number) => string;
    howItWorksLink: string;
    nextStepsHeading: string;
    seeADoctor: string;
    arteryAdvice: { before: string; middle: string; after: string };
    nerveAdvice: string[];
    readMoreHeading: string;
    answersHeading: string;
    notAnswered: string;
    change: string;
    /** Read by screen readers after "Change". */
    changeWhich: (question: string) => string;
    print: string;
    restart: string;
  };
  /** What screen readers hear when a result or the emergency stop appears. */
  announce: {
    emergency: (heading: string, signs: string) => string;
    result: (headline: string) => string;
  };
  checklist: {
    needsJavaScriptStrong: string;
    needsJavaScript: string;
    heading: string;
    intro: string;
    stop: string;
    notSure: string;
    neither: string;
    pointsTo: (direction: string, weight: string) => string;
    thenAddUp: string;
    howItWorksLink: string;
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const quizWording: QuizWording = {
  weight: {
    1: 'a small clue (1 point)',
    2: 'a medium clue (2 points)',
    4: 'a strong clue (4 points)',
  },
  direction: {
    arteries: 'narrowed arteries',
    nerves: 'a pinched nerve in the back',
  },
  lean: {
    arteries: {
      headline: 'Your answers point more to narrowed arteries',
      summary:
        'Your answers fit pain from narrowed leg arteries (vascular claudication) better than pain from a pinched nerve.',
    },
    nerves: {
      headline: 'Your answers point more to a pinched nerve in your back',
      summary:
        'Your answers fit pain from a pinched nerve in your lower back (neurogenic claudication) better than pain from narrowed arteries.',
    },
    mixed: {
      headline: 'Your answers point both ways: it could be either, or both',
      summary:
        'Some answers point to narrowed arteries and some to a pinched nerve. You may have one of them, or both at once.',
    },
    unclear: {
      headline: 'Your answers do not point clearly either way',
      summary: 'There were too few clues to lean either way. This does not mean that nothing is wrong.',
    },
  },
  reading: {
    arteries: { href: '/arterial-leg-pain/', label: 'Leg pain from narrowed arteries' },
    nerves: { href: '/nerve-leg-pain/', label: 'Leg pain from a pinched nerve in your back' },
    compare: { href: '/vascular-vs-nerve-pain/', label: 'How to tell artery pain from nerve pain' },
  },
  abiLinks: {
    test: { href: '/leg-pain-diagnosis/#abi', label: 'how the ankle-brachial index (ABI) test is done' },
    calculator: { href: '/abi-calculator/', label: 'the ABI calculator' },
  },
  question: {
    progress: (number, total) => `Question ${number} of ${total}`,
    missingAnswer: 'Choose an answer. If you do not know, choose “Not sure”.',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error: ',
    continue: 'Continue',
    seeResult: 'See the result',
    back: 'Back',
  },
  emergency: {
    heading: 'Stop: this could be an emergency',
    youSaid: (said) =>
      `You said yes to: ${said}. The self-check has stopped here. Do not wait for a doctor’s appointment.`,
    back: 'Back: change my answer',
    restart: 'Start again',
  },
  result: {
    checkFirst: (said) => `You were not sure about this: ${said}. Check these signs first.`,
    notADiagnosis: urgencyWording.notADiagnosis.lead,
    notADiagnosisMore:
      'It shows which way your answers point, to talk about with a doctor. Only a doctor can find the cause. You can have narrowed arteries and a pinched nerve at the same time, especially as you get older.',
    whyHeading: 'Why: what your answers pointed to',
    noClues: 'None of your answers pointed either way.',
    pointingTo: (direction) => `Pointing to ${direction}`,
    neitherWay: 'Counting neither way',
    together: 'These answers together',
    notSure: (count) =>
      `You were not sure about ${plural(count, 'question')}. ${count === 1 ? 'It was' : 'They were'} left out.`,
    notSureManyHint:
      ' Next time your legs hurt, notice what brings the pain on, where it is and what eases it. Then try the self-check again.',
    points: (arteries, nerves) =>
      `Points for ${quizWording.direction.arteries}: ${arteries}. Points for ${quizWording.direction.nerves}: ${nerves}.`,
    howItWorksLink: 'How the self-check weighs your answers',
    nextStepsHeading: 'What to do next',
    seeADoctor: 'See a doctor about the pain in your legs when you walk. Take a printout of this page with you.',
    arteryAdvice: {
      before:
        'Ask your doctor about an ankle-brachial index (ABI) test. It compares the blood pressure at your ankle and your arm, to check the blood flow to your legs. Read about',
      middle: '. If you already have your readings, you can use',
      after: '.',
    },
    nerveAdvice: [
      'Tell your doctor where the pain starts and where it spreads, what brings it on (walking, standing, sitting) and what eases it (sitting, bending forward). Say if you have numbness, tingling or weakness.',
      'Pain from a trapped nerve (sciatica) usually gets better within 4 to 6 weeks, but it can last longer. Keep as active as you can, and do not sit or lie down for long (NHS website, sciatica).',
      'See your doctor if it is not getting better after a few weeks, is getting worse, or stops you doing normal things.',
    ],
    readMoreHeading: 'Read more',
    answersHeading: 'Your answers',
    notAnswered: 'Not answered',
    change: 'Change',
    changeWhich: (question) => ` your answer to: ${question}`,
    print: 'Print your answers and result',
    restart: 'Start again',
  },
  announce: {
    emergency: (heading, signs) => `Emergency. ${heading} ${signs}.`,
    result: (headline) => `Result: ${headline}.`,
  },
  checklist: {
    needsJavaScriptStrong: 'The step-by-step self-check needs JavaScript.',
    needsJavaScript:
      'It is switched off, or has not loaded, in your browser. You can use this checklist instead. Print it, tick your answers with a pen, and take it to your doctor.',
    heading: 'Checklist: which way do your answers point?',
    intro: 'Tick 1 answer to each question. Next to each answer, you can see which way it points and why.',
    stop: 'Stop here and get help now: see the emergency box above.',
    notSure: 'Left out of the count.',
    neither: 'Counts neither way.',
    pointsTo: (direction, weight) => `Points to ${direction}: ${weight}.`,
    thenAddUp: 'Then add up the points for each side, and read',
    howItWorksLink: 'how the self-check weighs your answers',
  },
};
