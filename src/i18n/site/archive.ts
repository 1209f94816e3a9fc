/** Interface strings of the public archive pages, merged into the site catalog by ../strings.ts. */
export const archiveEn = {} as const;

export const archiveRu: Record<keyof typeof archiveEn, string> = {};
