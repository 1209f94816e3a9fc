/** Joins plain-text paragraphs into the paragraphs-only body HTML the demo articles use. */
export function paragraphs(...texts: string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join("\n");
}

/** The signature of items issued by the CSTO press secretary. */
export const PRESS_SECRETARY_SIGNATURE = {
  personKey: "vladimir-zaynetdinov",
  postKey: "press_secretary",
} as const;
