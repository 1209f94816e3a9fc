/**
 * Back-office interface strings. English is the reference; every other language must define every key.
 * The catalogs live in admin/en.ts and admin/ru.ts, one file per language: add every new key to both.
 */
import { adminEn as en } from "./admin/en.js";
import { adminRu as ru } from "./admin/ru.js";

export type AdminStringKey = keyof typeof en;
type Strings = Record<AdminStringKey, string>;

const catalogs: Record<string, Strings> = { en, ru };

/** A back-office translator for one language: t("login.throttled", { seconds: 42 }). Unknown languages get English. */
export type AdminTranslate = (key: AdminStringKey, params?: Record<string, string | number>) => string;

export function adminTranslator(lang: string): AdminTranslate {
  const catalog = catalogs[lang] ?? en;
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
  };
}

/** The languages the back office speaks, in the order its language menus list them. */
export const ADMIN_LANGUAGES = Object.keys(catalogs);

/** Whether a string is a key of the catalogs (for keys built from codes, such as "problem." + a problem). */
export function isAdminStringKey(key: string): key is AdminStringKey {
  return key in en;
}

export const adminCatalogKeys = Object.keys(en).filter(isAdminStringKey);
export const allAdminCatalogs: Readonly<Record<string, Strings>> = catalogs;
