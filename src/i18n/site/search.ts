/** Interface strings of the public search pages, merged into the site catalog by ../strings.ts. */
export const searchEn = {} as const;

export const searchRu: Record<keyof typeof searchEn, string> = {};
