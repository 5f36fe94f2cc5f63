/**
 * The urgency feature's own words around the medical content, in English: the emergency strip on
 * every page and the "not a diagnosis" note. The warning signs, levels and what to do are the
 * medical content itself, in alerts.ts. A second language is one more file of the same shape
 * (UrgencyWording).
 */
export const urgencyWording = {
  strip: {
    label: 'Emergency help',
    lead: 'Emergency?',
    /** "…: call 112, 999 or 911." */
    call: 'call',
    or: 'or',
    more: 'When leg pain is an emergency',
  },
  notADiagnosis: {
    lead: 'This is not a diagnosis.',
    tool: 'This tool gives general information from your answers. It cannot tell what is causing your symptoms.',
    page: (author: string, role: string) =>
      `This page is general information based on an article by ${author}, ${role}, and on the guidelines listed in its sources.`,
    always: (numbers: string) =>
      `Talk to a doctor about your own symptoms. If your leg suddenly turns cold, pale, numb or very painful, or you suddenly find it hard to breathe or have chest pain, call ${numbers}.`,
  },
};

export type UrgencyWording = typeof urgencyWording;
