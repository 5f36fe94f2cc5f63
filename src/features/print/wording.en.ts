/**
 * The words of a printout's address block and of the on-screen QR control, in English. A second
 * language is one more file of the same shape (PrintWording).
 */
export const printWording = {
  /** "Read this page online." */
  readOnline: (what: string) => `Read ${what} online.`,
  pointCamera: "Point your phone's camera at the code, or type this address:",
  localPreview: 'Printed from a local preview: this address works only on the computer that printed it.',
  showQr: 'Show a QR code for this page',
  qrLabel: (url: string) => `QR code for ${url}`,
  qrHelp: "Point a phone's camera at the code to open this page on the phone.",
};

export type PrintWording = typeof printWording;
