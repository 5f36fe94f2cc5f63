/**
 * Artery (vascular) versus nerve (neurogenic, spinal) walking pain: the one place this comparison
 * lives. The first five rows are the source article's; the rest are added from the evidence in
 * shared/clinical-reference.md and carry their citation.
 */
import type { SourceId } from '../article/sources.ts';

export interface ComparisonRow {
  /** Stable id: the row's anchor, so a doctor can link to one row. */
  id: string;
  /** The question the row answers, shown as the row header. */
  question: string;
  artery: string;
  nerve: string;
  /** Where an added row's evidence comes from; rows from the source article have none. */
  cite?: SourceId[];
}

export const columns = {
  artery: { heading: 'Narrowed arteries (vascular claudication)', label: 'Narrowed arteries' },
  nerve: { heading: 'Pinched nerve in the lower back (neurogenic claudication)', label: 'Pinched nerve' },
} as const;

export const comparisonRows: ComparisonRow[] = [
  {
    id: 'brings-it-on',
    question: 'What brings the pain on?',
    artery: 'Muscle effort, such as walking a certain distance.',
    nerve: 'Walking, and also standing for a long time.',
  },
  {
    id: 'eases-it',
    question: 'What eases the pain?',
    artery: 'A few minutes of rest. It does not matter whether you stand or sit.',
    nerve: 'It eases only when you change position: you need to sit down, lean forward or squat.',
  },
  {
    id: 'where',
    question: 'Where does it hurt?',
    artery: 'In the muscles that get too little blood: often only the calf, but it can be the thigh or buttock.',
    nerve: 'It starts in your lower back or buttocks and spreads down the back of your leg.',
  },
  {
    id: 'comes-with-it',
    question: 'What comes with the pain?',
    artery: 'Usually only cramps or a tired feeling.',
    nerve: 'Often numbness, tingling, pins and needles and weakness.',
  },
  {
    id: 'shopping-cart',
    question: 'Does leaning on a shopping cart (trolley) help?',
    artery: 'No. The pain goes only when you stop walking.',
    nerve: 'Yes, with a narrowed spinal canal. Leaning forward eases the pain or stops it (the shopping cart sign).',
  },
  {
    id: 'standing-still',
    question: 'Does standing still, without walking, bring it on?',
    artery: 'No.',
    nerve: 'It can. If standing alone never brings the pain on, a pinched nerve is very unlikely.',
    cite: ['nadeau-2013'],
  },
  {
    id: 'stand-or-sit',
    question: 'Is standing still enough to ease it?',
    artery: 'Yes. Calf pain that eases when you just stand still points strongly to the arteries.',
    nerve: 'No. Having no pain at all while sitting points to a pinched nerve.',
    cite: ['nadeau-2013', 'suri-2010'],
  },
  {
    id: 'same-distance',
    question: 'Does it start after the same distance each time?',
    artery:
      'Yes, after about the same distance. The 2024 guideline says it eases within about 10 minutes of standing still.',
    nerve: 'Not always: standing can bring it on without any walking.',
    cite: ['acc-aha-2024', 'nadeau-2013'],
  },
  {
    id: 'both-sides',
    question: 'One leg or both?',
    artery: 'One leg or both, depending on which arteries are narrowed.',
    nerve: 'Pain in both buttocks or both legs points to a pinched nerve.',
    cite: ['suri-2010'],
  },
];
