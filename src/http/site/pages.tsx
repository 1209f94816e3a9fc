import type { Section, SectionTree } from "../../domain/sections.js";
import { paging } from "../../domain/paging.js";
import { formatDateRange, formatLongDate, isoDateIn } from "../../i18n/dates.js";
import { AppError } from "../../lib/errors.js";
import {
  countPublished,
  findPublishedBySlug,
  listPublished,
  publishedArticleMedia,
  publishedCorrections,
  publishedSiblings,
} from "../../store/publicArticles.js";
import { translator } from "../../i18n/strings.js";
import { latest, signerName } from "../../store/sitemapQueries.js";
import { presentArticleMedia } from "../media/present.js";
import { articleTag, tagResponse } from "../cache/tags.js";
import { archiveLinkFor } from "./archive/urls.js";
import { ALL_NEWS_PATH, type SiteDeps } from "./context.js";
import { allNewsHref, buildChrome, presentList, sectionCrumbs } from "./presenters.js";
import { relatedNews } from "./related.js";
import { shareImageOf } from "./seo/shareImage.js";
import { articleUrl, homeUrl, sectionUrl, withPage } from "./urls.js";
import { ArticlePage } from "./views/ArticlePage.js";
import { HomePage } from "./views/HomePage.js";
import { SectionPage } from "./views/SectionPage.js";

/** Every page is a full HTML document. */
async function documentOf(element: { toString(): string | Promise<string> }): Promise<string> {
  return `<!DOCTYPE html>${await element.toString()}`;
}

export async function renderHome(deps: SiteDeps, tree: SectionTree, lang: string): Promise<string> {
  const translations = Object.fromEntries(deps.config.languages.map((code) => [code, homeUrl(code)]));
  // "/" sends each reader to their language: the x-default of the home pages.
  const chrome = await buildChrome(deps, { lang, tree, translations, withSidebar: false, xDefault: "/" });
  const rows = await listPublished(deps.store.db, { lang, limit: deps.config.pageSize, offset: 0 });
  const sections = tree.roots().flatMap((root) => {
    const tr = root.translations[lang];
    if (!tr) return [];
    const children = tree.children(root.id).flatMap((child) => {
      const ct = child.translations[lang];
      return ct ? [{ title: ct.title, href: sectionUrl(lang, ct.path) }] : [];
    });
    return [{ title: tr.title, href: sectionUrl(lang, tr.path), children }];
  });
  return documentOf(
    <HomePage
      chrome={chrome}
      model={{
        latest: presentList(rows, tree, lang, deps.config.timezone),
        allNewsHref: allNewsHref(tree, lang),
        sections,
      }}
    />,
  );
}

export async function renderSection(
  deps: SiteDeps,
  tree: SectionTree,
  lang: string,
  section: Section,
  page: number,
): Promise<string> {
  const path = section.translations[lang]?.path ?? "";
  const sectionIds = tree.subtreeIds(section.id);
  const total = await countPublished(deps.store.db, lang, sectionIds);
  const pages = paging(page, deps.config.pageSize, total);
  if (page > pages.pageCount) {
    throw new AppError("not_found", `Page ${page} does not exist; the list has ${pages.pageCount}`);
  }
  const rows = await listPublished(deps.store.db, {
    lang,
    sectionIds,
    limit: pages.pageSize,
    offset: pages.offset,
  });
  const translations: Record<string, string> = {};
  for (const [code, tr] of Object.entries(section.translations)) {
    if (tr && deps.config.languages.includes(code))
      translations[code] = sectionUrl(code, tr.path, code === lang ? page : 1);
  }
  const title = section.translations[lang]?.title ?? path;
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations,
    currentRootId: tree.root(section.id)?.id,
    withSidebar: true,
    hreflang: page === 1,
    feedScope: { kind: "section", path, title },
    seo: { description: translator(lang)("discovery.sectionDescription", { section: title }) },
  });
  const crumbs = sectionCrumbs(tree, section.id, lang);
  return documentOf(
    <SectionPage
      chrome={chrome}
      model={{
        title,
        crumbs: crumbs.slice(0, -1),
        subsections: tree.children(section.id).flatMap((child) => {
          const ct = child.translations[lang];
          return ct ? [{ title: ct.title, href: sectionUrl(lang, ct.path) }] : [];
        }),
        items: presentList(rows, tree, lang, deps.config.timezone),
        pager: { page, pageCount: pages.pageCount, hrefFor: (n) => withPage(sectionUrl(lang, path), n) },
        archiveHref:
          path === ALL_NEWS_PATH
            ? archiveLinkFor(lang, rows[0]?.publishedAt, deps.config.timezone)
            : undefined,
      }}
    />,
  );
}

export async function renderArticle(
  deps: SiteDeps,
  tree: SectionTree,
  lang: string,
  section: Section,
  slug: string,
): Promise<string | undefined> {
  const article = await findPublishedBySlug(deps.store.db, lang, section.id, slug);
  if (!article) return undefined;
  tagResponse(articleTag(article.articleId));
  const { timezone } = deps.config;
  const sectionPathHere = section.translations[lang]?.path ?? "";
  const translations: Record<string, string> = {};
  for (const sibling of await publishedSiblings(deps.store.db, article.articleId)) {
    const siblingPath = tree.get(sibling.sectionId)?.translations[sibling.lang]?.path;
    if (siblingPath !== undefined && deps.config.languages.includes(sibling.lang)) {
      translations[sibling.lang] = articleUrl(sibling.lang, siblingPath, sibling.slug);
    }
  }
  const storedMedia = await publishedArticleMedia(deps.store.db, article.articleId, lang);
  const corrections = await publishedCorrections(deps.store.db, article.id);
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations,
    currentRootId: tree.root(section.id)?.id,
    withSidebar: true,
    feedScope: {
      kind: "section",
      path: sectionPathHere,
      title: section.translations[lang]?.title ?? sectionPathHere,
    },
    seo: {
      image: shareImageOf(storedMedia.images),
      article: {
        headline: article.title,
        description: article.lead,
        publishedAt: article.publishedAt,
        modifiedAt:
          latest([article.updatedAt, ...corrections.map((c) => c.correctedAt)]) ?? article.updatedAt,
        author: await signerName(deps.store.db, article.id),
      },
    },
  });
  const sectionHref = sectionUrl(lang, sectionPathHere);
  const media = presentArticleMedia(storedMedia, lang);
  return documentOf(
    <ArticlePage
      chrome={chrome}
      model={{
        title: article.title,
        lead: article.lead,
        date: formatLongDate(article.publishedAt, lang, timezone),
        isoDate: isoDateIn(article.publishedAt, timezone),
        eventDates: article.eventStart
          ? formatDateRange(article.eventStart, article.eventEnd, lang)
          : undefined,
        place: article.place ?? undefined,
        bodyHtml: article.bodyHtml,
        signature: article.signatureText ?? undefined,
        crumbs: sectionCrumbs(tree, section.id, lang),
        // The same page for every reader, so that it can be cached: site.js turns the link into a step back in
        // history when the reader came from a page of this site.
        goBackHref: sectionHref,
        sectionHref,
        allNewsHref: allNewsHref(tree, lang) ?? homeUrl(lang),
        figures: media.figures,
        attachments: media.attachments,
        related: await relatedNews(deps, tree, lang, article.id),
        corrections: corrections.map((c) => ({
          date: formatLongDate(c.correctedAt, lang, timezone),
          isoDate: isoDateIn(c.correctedAt, timezone),
          note: c.note,
        })),
      }}
    />,
  );
}
