// en-US month names, written out: building an Intl.DateTimeFormat loads locale data, which took
// about 0.2 s of a slow phone's first view; the two styles used need nothing more than these.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function format(iso: string, style: 'long' | 'medium'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // UTC, so a date never moves a day.
  const month = MONTHS[date.getUTCMonth()]!;
  const name = style === 'long' ? month : month.slice(0, 3);
  return `${name} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "2022-08-01" → "August 1, 2022", for running text; anything not a date is returned as given. */
export function formatIsoDate(iso: string): string {
  return format(iso, 'long');
}

/** "2022-08-01" → "Aug 1, 2022", for source lines and tables; anything else as given. */
export function formatShortDate(iso: string): string {
  return format(iso, 'medium');
}

/** The reader's own calendar day of a moment, YYYY-MM-DD (the day a file was made or a view cited). */
export function isoDateOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
