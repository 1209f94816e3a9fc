/** Interface strings of the public discovery pages, merged into the site catalog by ../strings.ts. */
export const discoveryEn = {} as const;

export const discoveryRu: Record<keyof typeof discoveryEn, string> = {};
