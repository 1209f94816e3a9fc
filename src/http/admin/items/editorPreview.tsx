import { Hono } from "hono";
import { loadArticleForEditing } from "../../../commands/editorial/index.js";
import { formatDateRange, formatLongDate, isoDateIn } from "../../../i18n/dates.js";
import { AppError } from "../../../lib/errors.js";
import { publishedArticleMedia, publishedCorrections } from "../../../store/publicArticles.js";
import { presentArticleMedia } from "../../media/present.js";
import { allNewsHref, buildChrome, sectionCrumbs } from "../../site/presenters.js";
import { homeUrl, sectionUrl } from "../../site/urls.js";
import { ArticlePage } from "../../site/views/ArticlePage.js";
import { requireSignedIn } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { adminShell } from "../views/shell.js";
import { articleIdParam, editorialContext, languageParam, signedInUser } from "./editorContext.js";
import { stateLabel } from "./editorOptions.js";

/**
 * GET /admin/items/:id/preview/:lang: one language of an item as readers will see it, in the public site's frame
 * (navigation, sidebar), under a banner saying that it is a preview. Any signed-in member may look; the page is
 * never cached or indexed.
 */
export function previewRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.get("/:id{[0-9]+}/preview/:lang", requireSignedIn(), async (c) => {
    const user = signedInUser(c);
    const articleId = articleIdParam(c);
    const lang = languageParam(c, deps);
    const article = await loadArticleForEditing(editorialContext(c, deps, user), articleId);
    const tr = article.translations.find((x) => x.lang === lang);
    if (!tr) throw new AppError("not_found", `Item ${articleId} has no ${lang} text`);
    const tree = await deps.sections.get();
    const { timezone } = deps.config;
    const previews: Record<string, string> = {};
    for (const other of article.translations) {
      if (deps.config.languages.includes(other.lang))
        previews[other.lang] = `/admin/items/${articleId}/preview/${other.lang}`;
    }
    const chrome = await buildChrome(deps, {
      lang,
      tree,
      translations: previews,
      currentRootId: tree.root(article.sectionId)?.id,
      withSidebar: true,
    });
    const sectionPath = tree.get(article.sectionId)?.translations[lang]?.path;
    const sectionHref = sectionPath === undefined ? homeUrl(lang) : sectionUrl(lang, sectionPath);
    const media = presentArticleMedia(await publishedArticleMedia(deps.store.db, articleId, lang), lang);
    const shell = adminShell(c, deps, "items");
    const { t } = shell;
    const banner = (
      <div class="preview-banner" role="note" lang={shell.lang}>
        <p>
          <strong>{tr.state === "published" ? t("preview.bannerPublished") : t("preview.banner")}</strong>
        </p>
        <p>
          {t("preview.state", { state: stateLabel(t, tr.state) })}{" "}
          <a href={`/admin/items/${articleId}#column-${lang}`}>{t("preview.back")}</a>
        </p>
      </div>
    );
    const page = (
      <ArticlePage
        chrome={chrome}
        banner={banner}
        model={{
          title: tr.title,
          lead: tr.lead,
          date: formatLongDate(article.publishedAt, lang, timezone),
          isoDate: isoDateIn(article.publishedAt, timezone),
          eventDates: article.eventStart
            ? formatDateRange(article.eventStart, article.eventEnd, lang)
            : undefined,
          place: tr.place ?? undefined,
          bodyHtml: tr.bodyHtml,
          signature: tr.signature.text ?? undefined,
          crumbs: sectionCrumbs(tree, article.sectionId, lang),
          goBackHref: `/admin/items/${articleId}`,
          sectionHref,
          allNewsHref: allNewsHref(tree, lang) ?? homeUrl(lang),
          figures: media.figures,
          attachments: media.attachments,
          corrections: (await publishedCorrections(deps.store.db, tr.id)).map((x) => ({
            date: formatLongDate(x.correctedAt, lang, timezone),
            isoDate: isoDateIn(x.correctedAt, timezone),
            note: x.note,
          })),
        }}
      />
    );
    c.header("X-Robots-Tag", "noindex, nofollow");
    c.header("Cache-Control", "no-store");
    return c.html(`<!DOCTYPE html>${await page.toString()}`);
  });
  return app;
}
