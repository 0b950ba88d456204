/**
 * The `maxLength` of a text control whose limit the domain checks (in characters): twice the limit,
 * in UTF-16 units, so text a little too long still reaches the check and is named at its field, while
 * a pasted page cannot flood the checks that run on every keystroke.
 */
export function inputCeiling(max: number): number {
  return 2 * max;
}
