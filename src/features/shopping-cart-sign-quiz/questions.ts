/**
 * The questions of the shopping cart sign self-check, with which way each answer points and why.
 * The island and the printable no-JavaScript checklist both render exactly this list.
 *
 * Evidence (shared/clinical-reference.md):
 * - Nadeau 2013: pain never brought on by standing alone makes spinal stenosis very unlikely;
 *   calf pain relieved by standing still points strongly to the arteries; cart sign + pain above
 *   the knee + pain on standing + relief by sitting together point strongly to a nerve; single
 *   symptoms alone help little.
 * - Suri 2010: no pain when seated, better when bending forward (moderate clues). It compared
 *   spinal stenosis with any other leg pain, not with PAD: its "both legs" clue counts only a
 *   little here and "over 70" not at all, and the answers say why (clinical reference).
 * - NHS sciatica page: the signs of cauda equina syndrome stop the self-check as an emergency.
 * - 2024 ACC/AHA: artery pain comes on after a similar distance and eases within about 10 minutes
 *   of standing still.
 * The Cook cluster is not scored: its "leg pain worse than back pain" item is not asked, and its
 * other items are already here through Suri and Nadeau.
 */
import type { Combination, QuizOption, QuizQuestion } from './scoring.ts';

function notSure(label = 'Not sure'): QuizOption {
  return { id: 'not-sure', label, why: 'Left out of the count.' };
}

export const quizQuestions: QuizQuestion[] = [
  {
    id: 'sudden',
    legend: 'Has a leg or foot suddenly turned cold, pale or numb, or become very painful or weak?',
    hint: 'Suddenly means within minutes or hours, not slowly over months. This question comes first because it can be an emergency.',
    short: 'Sudden cold, pale, numb or very painful leg',
    alert: 'limb',
    options: [
      {
        id: 'yes',
        label: 'Yes',
        stop: true,
        why: 'This can mean an artery in the leg is suddenly blocked. It is an emergency.',
        cite: 'acc-aha-2024',
      },
      { id: 'no', label: 'No', why: 'No sign of an emergency.' },
      notSure(),
    ],
  },
  {
    id: 'cauda',
    legend:
      'Do you have numbness around your genitals or bottom, new trouble peeing or pooing, or worsening weakness in both legs?',
    hint: 'These are rare, but they can mean the nerves at the bottom of the spine are badly squashed (cauda equina syndrome).',
    short: 'Numbness around the bottom, new bladder or bowel trouble, or worsening weakness in both legs',
    alert: 'cauda-equina',
    options: [
      {
        id: 'yes',
        label: 'Yes',
        stop: true,
        why: 'These can be signs of cauda equina syndrome. It is an emergency.',
        cite: 'nhs-sciatica',
      },
      { id: 'no', label: 'No', why: 'No sign of an emergency.' },
      notSure(),
    ],
  },
  {
    id: 'trigger',
    legend: 'What brings the pain on?',
    short: 'What brings the pain on',
    options: [
      {
        id: 'walking-only',
        label: 'Walking only. Standing still does not bring it on.',
        points: { toward: 'arteries', weight: 2 },
        why: 'If standing still never brings the pain on, a pinched nerve is very unlikely.',
        cite: 'nadeau-2013',
      },
      {
        id: 'standing-too',
        label: 'Walking, and also standing still for a while',
        points: { toward: 'nerves', weight: 1 },
        why: 'Pain that also comes on when you stand still fits a pinched nerve.',
        cite: 'nadeau-2013',
      },
      notSure(),
    ],
  },
  {
    id: 'relief',
    legend: 'When you stop walking, what makes the pain go away?',
    short: 'What makes the pain go away',
    options: [
      {
        id: 'standing-still',
        label: 'Standing still for a few minutes is enough',
        points: { toward: 'arteries', weight: 1 },
        why: 'Pain from narrowed arteries eases within about 10 minutes of standing still.',
        cite: 'acc-aha-2024',
      },
      {
        id: 'sit-or-bend',
        label: 'I need to sit down, or bend or lean forward',
        points: { toward: 'nerves', weight: 2 },
        why: 'Pain that eases when you sit, or when you bend forward, points to a narrowed spinal canal.',
        cite: 'suri-2010',
      },
      notSure(),
    ],
  },
  {
    id: 'cart',
    legend: 'Does leaning forward on a shopping cart (trolley) as you walk ease the pain?',
    hint: 'Leaning on a walking frame or a pushchair counts too. This is called the shopping cart sign.',
    short: 'Leaning on a shopping cart (the shopping cart sign)',
    options: [
      {
        id: 'yes',
        label: 'Yes, leaning forward helps',
        points: { toward: 'nerves', weight: 1 },
        why: 'Leaning forward makes more room for the nerves in your lower back. It does not help artery pain.',
        cite: 'nadeau-2013',
      },
      {
        id: 'no',
        label: 'No, it makes no difference',
        why: 'One answer alone says little, and not everyone has tried leaning on a cart, so "no" counts neither way.',
      },
      notSure('Not sure, or I have not tried it'),
    ],
  },
  {
    id: 'where',
    legend: 'Where do you feel the pain?',
    short: 'Where the pain is',
    options: [
      {
        id: 'calf',
        label: 'In the calf only, below the knee',
        points: { toward: 'arteries', weight: 1 },
        why: 'Pain from narrowed arteries often stays in the calf muscle.',
        cite: 'nadeau-2013',
      },
      {
        id: 'above-knee',
        label: 'Above the knee too, or spreading down from the lower back or buttock',
        points: { toward: 'nerves', weight: 1 },
        why: 'Pain above the knee, spreading down from the back, fits a pinched nerve.',
        cite: 'nadeau-2013',
      },
      notSure(),
    ],
  },
  {
    id: 'numbness',
    legend: 'With the pain, do you also get numbness, tingling (pins and needles) or weakness in the leg?',
    short: 'Numbness, tingling or weakness',
    options: [
      {
        id: 'yes',
        label: 'Yes',
        points: { toward: 'nerves', weight: 1 },
        why: 'Numbness, tingling and weakness often come with nerve pain. Artery pain feels more like cramp or tiredness.',
      },
      {
        id: 'no',
        label: 'No',
        why: 'Having no numbness or tingling does not rule out either cause.',
      },
      notSure(),
    ],
  },
  {
    id: 'sides',
    legend: 'Is the pain in one leg or both?',
    short: 'One leg or both',
    options: [
      { id: 'one', label: 'One leg', why: 'Both causes can affect just one leg.' },
      {
        id: 'both',
        label: 'Both legs, or both buttocks',
        // Suri 2010 compared spinal stenosis with any other leg pain, not with PAD, which is also
        // often in both legs (clinical reference): a small clue, and the reason is said.
        points: { toward: 'nerves', weight: 1 },
        why: 'In a study of older people with leg pain, pain in both legs was a clue to a narrowed spinal canal. But that study did not compare it with narrowed arteries, which often affect both legs too. So it counts only a little.',
        cite: 'suri-2010',
      },
      notSure(),
    ],
  },
  {
    id: 'distance',
    legend: 'Does the pain start after about the same walking distance each time?',
    short: 'Same walking distance each time',
    options: [
      {
        id: 'same',
        label: 'Yes, about the same distance each time',
        points: { toward: 'arteries', weight: 1 },
        why: 'Pain from narrowed arteries usually comes on after a similar distance each time.',
        cite: 'acc-aha-2024',
      },
      {
        id: 'varies',
        label: 'No, it changes from day to day',
        why: 'This fits artery pain less well, but on its own it does not point to a nerve.',
      },
      notSure(),
    ],
  },
  {
    id: 'age',
    legend: 'How old are you?',
    short: 'Age',
    options: [
      { id: 'under-50', label: 'Under 50', why: 'Age on its own says little here.' },
      { id: '50-to-70', label: '50 to 70', why: 'Age on its own says little here.' },
      {
        id: 'over-70',
        label: 'Over 70',
        // Suri 2010's age clue was against any leg pain, not PAD, which is as common over 70.
        why: 'A narrowed spinal canal is more common over 70, but so are narrowed arteries. Many people have both. The study behind this clue did not compare the two, so age counts neither way.',
        cite: 'suri-2010',
      },
      notSure('Not sure, or I would rather not say'),
    ],
  },
];

/** The answer patterns that count most (Nadeau 2013). */
export const quizCombinations: Combination[] = [
  {
    id: 'artery-pattern',
    requires: { where: 'calf', relief: 'standing-still' },
    points: { toward: 'arteries', weight: 4 },
    why: 'Calf pain that eases when you simply stand still points strongly to narrowed arteries.',
    cite: 'nadeau-2013',
  },
  {
    id: 'nerve-pattern',
    requires: { cart: 'yes', where: 'above-knee', trigger: 'standing-too', relief: 'sit-or-bend' },
    points: { toward: 'nerves', weight: 4 },
    why: 'Leaning on a cart helps, the pain is above the knee, standing brings it on and sitting eases it. Together these point strongly to a pinched nerve.',
    cite: 'nadeau-2013',
  },
];
