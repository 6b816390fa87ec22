/** Placeholder: this view is being built. */
export function GoalPage({ goalId }: { goalId: string }) {
  return <h1>Policy goal {goalId}</h1>;
}
