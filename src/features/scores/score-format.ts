/** Scores are shown with one decimal everywhere, so the same value always reads the same. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
