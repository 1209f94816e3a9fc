/** Interface strings of the public discovery pages, merged into the site catalog by ../strings.ts. */
export const discoveryEn = {
  "discovery.sectionDescription": "All items of the section “{section}”, newest first.",
} as const;

export const discoveryRu: Record<keyof typeof discoveryEn, string> = {
  "discovery.sectionDescription": "Все материалы раздела «{section}», сначала новые.",
};
