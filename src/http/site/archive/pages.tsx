import { paging } from "../../../domain/paging.js";
import type { Section, SectionTree } from "../../../domain/sections.js";
import { AppError } from "../../../lib/errors.js";
import {
  countInRanges,
  hasPublishedBetween,
  listPublishedBetween,
  neighbouringInstants,
  type ArchiveScope,
} from "../../../store/archiveQueries.js";
import { ALL_NEWS_PATH, type SiteDeps } from "../context.js";
import { buildChrome, presentList, sectionCrumbs } from "../presenters.js";
import { monthBoundaries, yearOf } from "./calendar.js";
import { monthName, presentMonths, yearLink } from "./presenters.js";
import { archiveMonthUrl, archiveYearUrl } from "./urls.js";
import { ArchiveMonthPage, ArchiveYearPage } from "./views.js";

/** Where an archive page is: the all-news section of a language and a year. */
export interface ArchivePlace {
  tree: SectionTree;
  lang: string;
  /** The all-news section; the archive covers its whole subtree, as its page does. */
  newsSection: Section;
  year: number;
}

async function documentOf(element: { toString(): string | Promise<string> }): Promise<string> {
  return `<!DOCTYPE html>${await element.toString()}`;
}

function scopeOf(place: ArchivePlace, lang = place.lang): ArchiveScope {
  return { lang, sectionIds: place.tree.subtreeIds(place.newsSection.id) };
}

/** Counts per month of the year; a year with nothing published has no archive page. */
async function yearCounts(
  deps: SiteDeps,
  place: ArchivePlace,
): Promise<{ bounds: string[]; counts: number[] }> {
  const bounds = monthBoundaries(place.year, deps.config.timezone);
  const counts = await countInRanges(deps.store.db, scopeOf(place), bounds);
  if (counts.every((n) => n === 0)) {
    throw new AppError("not_found", `Nothing was published in ${place.year} in "${place.lang}"`);
  }
  return { bounds, counts };
}

/**
 * The same archive page in the other languages, only where that language has items in the year: the language
 * switch never leads to a "not found".
 */
async function otherLanguages(
  deps: SiteDeps,
  place: ArchivePlace,
  bounds: readonly string[],
  urlFor: (lang: string) => string,
): Promise<Record<string, string>> {
  const found = await Promise.all(
    deps.config.languages.map(async (code) => {
      if (code === place.lang) return [code, urlFor(code)] as const;
      if (!place.tree.findByPath(code, ALL_NEWS_PATH)) return undefined;
      const has = await hasPublishedBetween(
        deps.store.db,
        scopeOf(place, code),
        bounds[0] ?? "",
        bounds[12] ?? "",
      );
      return has ? ([code, urlFor(code)] as const) : undefined;
    }),
  );
  return Object.fromEntries(found.flatMap((entry) => (entry ? [entry] : [])));
}

export async function renderArchiveYear(deps: SiteDeps, place: ArchivePlace): Promise<string> {
  const { lang, year, tree } = place;
  const { timezone } = deps.config;
  const { bounds, counts } = await yearCounts(deps, place);
  const neighbours = await neighbouringInstants(
    deps.store.db,
    scopeOf(place),
    bounds[0] ?? "",
    bounds[12] ?? "",
  );
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations: await otherLanguages(deps, place, bounds, (code) => archiveYearUrl(code, year)),
    currentRootId: tree.root(place.newsSection.id)?.id,
    withSidebar: true,
  });
  return documentOf(
    <ArchiveYearPage
      chrome={chrome}
      model={{
        year,
        crumbs: sectionCrumbs(tree, place.newsSection.id, lang),
        months: presentMonths(chrome.t, lang, year, counts),
        previousYear: yearLink(lang, neighbours.previous ? yearOf(neighbours.previous, timezone) : undefined),
        nextYear: yearLink(lang, neighbours.next ? yearOf(neighbours.next, timezone) : undefined),
      }}
    />,
  );
}

/** A month with nothing in it, in a year that has items, is a page that says so (200), not a 404. */
export async function renderArchiveMonth(
  deps: SiteDeps,
  place: ArchivePlace,
  month: number,
  page: number,
): Promise<string> {
  const { lang, year, tree } = place;
  const { bounds, counts } = await yearCounts(deps, place);
  const pages = paging(page, deps.config.pageSize, counts[month - 1] ?? 0);
  if (page > pages.pageCount) {
    throw new AppError("not_found", `Page ${page} does not exist; the month has ${pages.pageCount}`);
  }
  const rows = await listPublishedBetween(deps.store.db, scopeOf(place), {
    from: bounds[month - 1] ?? "",
    to: bounds[month] ?? "",
    limit: pages.pageSize,
    offset: pages.offset,
  });
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations: await otherLanguages(deps, place, bounds, (code) =>
      archiveMonthUrl(code, year, month, code === lang ? page : 1),
    ),
    currentRootId: tree.root(place.newsSection.id)?.id,
    withSidebar: true,
  });
  const yearHref = archiveYearUrl(lang, year);
  return documentOf(
    <ArchiveMonthPage
      chrome={chrome}
      model={{
        year,
        heading: chrome.t("archive.monthTitle", { month: monthName(chrome.t, month), year }),
        crumbs: [...sectionCrumbs(tree, place.newsSection.id, lang), { title: String(year), href: yearHref }],
        months: presentMonths(chrome.t, lang, year, counts, month),
        yearHref,
        items: presentList(rows, tree, lang, deps.config.timezone),
        pager: {
          page,
          pageCount: pages.pageCount,
          hrefFor: (n) => archiveMonthUrl(lang, year, month, n),
        },
      }}
    />,
  );
}
