/** Placeholder: this view is being built. */
export function StatePage({ code }: { code: string }) {
  return <h1>State {code}</h1>;
}
