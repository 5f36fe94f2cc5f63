/**
 * "Questions this page answers" for the pages that are not articles (articles keep theirs in
 * their frontmatter, `questions:`). Written in patients' words from what each page does; searched
 * as the hidden `questions` metadata of the page (weight in src/features/search/search-settings.ts).
 */
export const handoutQuestions: readonly string[] = [
  'How do I print pages of this site on paper?',
  'Is there a leaflet or printout I can give to a patient?',
  'How do I make a handout with a QR code for each page?',
  'Can a nurse choose sections for a patient to read at home?',
];

export const abiCalculatorQuestions: readonly string[] = [
  'How do I work out my ankle brachial index from my blood pressures?',
  'What does my ABI number mean?',
  'Is an ABI of 0.8 or 1.4 normal?',
  'What do the ankle and arm pressures in an ABI test show?',
];

export const selfCheckQuestions: readonly string[] = [
  'Is my walking pain from my back or from my arteries?',
  'Is there a self-check or quiz for leg pain when walking?',
  'Does leaning on a shopping trolley ease my leg pain?',
  'Is it nerve pain or poor circulation?',
];

export const emergencyQuestions: readonly string[] = [
  'When should I call an ambulance for leg pain?',
  'Is a cold, pale or numb leg an emergency?',
  'What if my leg is swollen and I am short of breath?',
  'Do I need to go to hospital today?',
];

/**
 * The value of the hidden data-pagefind-meta element for a list of questions. Commas and colons
 * are left out: Pagefind reads them as the start of another metadata field.
 */
export const questionsMeta = (questions: readonly string[]) => `questions:${questions.join(' ').replace(/[,:]/g, '')}`;
