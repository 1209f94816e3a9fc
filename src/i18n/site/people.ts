/** Interface strings of the public people pages, merged into the site catalog by ../strings.ts. */
export const peopleEn = {} as const;

export const peopleRu: Record<keyof typeof peopleEn, string> = {};
