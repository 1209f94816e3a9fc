import { negotiateLanguage } from "../../domain/languages.js";
import type { SectionTree } from "../../domain/sections.js";
import { languagesWithPublishedSlug } from "../../store/legacyLookup.js";
import type { SiteDeps } from "./context.js";

/**
 * Where an address of the old site now lives. The old site served each language on its own host without a
 * language prefix (/news/news_odkb/<slug>/); here every address starts with the language. A section or item
 * found in several languages goes to the reader's preferred one.
 */
export async function legacyTarget(
  deps: SiteDeps,
  tree: SectionTree,
  pathname: string,
  search: string,
  acceptLanguage: string | undefined,
): Promise<string | undefined> {
  const trimmed = pathname.replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return undefined;
  let segments: string[];
  try {
    segments = trimmed.split("/").map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  const { languages, defaultLanguage } = deps.config;
  const pick = (found: string[]) =>
    found.length === 0 ? undefined : negotiateLanguage(acceptLanguage, found, found[0] ?? defaultLanguage);

  const asSection = languages.filter((lang) => tree.findByPath(lang, segments.join("/")) !== undefined);
  const sectionLang = pick(asSection);
  if (sectionLang) return `/${sectionLang}/${trimmed}/${search}`;

  const slug = segments.at(-1);
  const parentPath = segments.slice(0, -1).join("/");
  if (slug === undefined || parentPath === "") return undefined;
  const candidates = languages.flatMap((lang) => {
    const section = tree.findByPath(lang, parentPath);
    return section ? [{ lang, sectionId: section.id }] : [];
  });
  const itemLang = pick(await languagesWithPublishedSlug(deps.store.db, candidates, slug));
  return itemLang ? `/${itemLang}/${trimmed}/${search}` : undefined;
}
