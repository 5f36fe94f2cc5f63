/** Answers that lead the shopping cart sign self-check to an artery result, in question order, as
 * the reader sees them (matched against each radio's label). Shared so a new question is added once. */
export const vascularAnswers = [
  /^No$/,
  /^No$/,
  /^Walking only/,
  /^Standing still/,
  /^No, it makes/,
  /^In the calf/,
  /^No$/,
  /^One leg/,
  /^Yes, about/,
  /^50 to 70/,
];
