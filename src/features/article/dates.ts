/** "25 November 2026": unambiguous for readers on both sides of the Atlantic. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** 2026-11-25, for <time datetime> and the sitemap. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
