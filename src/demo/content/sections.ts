import type { DemoSection } from "../types.js";

/** The sections of the old site, with its slugs, which are the same in both languages. */
export const demoSections: DemoSection[] = [
  {
    key: "news",
    position: 1,
    translations: {
      en: { slug: "news", title: "News" },
      ru: { slug: "news", title: "Новости" },
    },
  },
  {
    key: "news_odkb",
    parentKey: "news",
    position: 1,
    translations: {
      en: { slug: "news_odkb", title: "CSTO news" },
      ru: { slug: "news_odkb", title: "Новости ОДКБ" },
    },
  },
  {
    key: "speech",
    parentKey: "news",
    position: 2,
    translations: {
      en: { slug: "speech", title: "Speeches and interviews" },
      ru: { slug: "speech", title: "Выступления и интервью" },
    },
  },
  {
    key: "documents",
    position: 2,
    translations: {
      en: { slug: "documents", title: "Documents" },
      ru: { slug: "documents", title: "Документы" },
    },
  },
  {
    key: "statements",
    parentKey: "documents",
    position: 1,
    translations: {
      en: { slug: "statements", title: "Statements" },
      ru: { slug: "statements", title: "Заявления" },
    },
  },
  {
    key: "special_projects",
    position: 3,
    translations: {
      en: { slug: "special_projects", title: "Special projects" },
      ru: { slug: "special_projects", title: "Спецпроекты" },
    },
  },
];
