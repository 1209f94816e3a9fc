/**
 * Composes a byline as the old site printed it: the post, then the name ("The CSTO Press Secretary Vladimir
 * Zaynetdinov"). Either part may be missing.
 */
export function composeSignature(
  postTitle: string | undefined,
  name: string | undefined,
): string | undefined {
  const text = [postTitle, name]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(" ")
    .trim();
  return text === "" ? undefined : text;
}
