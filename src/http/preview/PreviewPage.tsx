import type { PreviewContent } from "../../commands/editorial/index.js";
import { formatDateRange, formatLongDate, isoDateIn } from "../../i18n/dates.js";
import { formatDateTime } from "../../i18n/dateTimes.js";
import { translator, type StringKey } from "../../i18n/strings.js";
import { publishedArticleMedia, publishedCorrections } from "../../store/publicArticles.js";
import { presentArticleMedia } from "../media/present.js";
import type { SiteDeps } from "../site/context.js";
import { allNewsHref, buildChrome, sectionCrumbs } from "../site/presenters.js";
import { homeUrl, sectionUrl } from "../site/urls.js";
import { ArticlePage } from "../site/views/ArticlePage.js";
import { ErrorPage } from "../site/views/ErrorPage.js";

/** Why a preview cannot be shown; "empty" is a link whose item has no reviewed language yet. */
export type PreviewUnavailable = "unknown" | "expired" | "revoked" | "empty";

const UNAVAILABLE: Record<PreviewUnavailable, { title: StringKey; text: StringKey }> = {
  unknown: { title: "preview.unknown.title", text: "preview.unknown.text" },
  expired: { title: "preview.expired.title", text: "preview.expired.text" },
  revoked: { title: "preview.revoked.title", text: "preview.revoked.text" },
  empty: { title: "preview.empty.title", text: "preview.empty.text" },
};

/** The address of a preview in one language: the language tabs are plain links. */
export function previewHref(token: string, lang: string): string {
  return `/preview/${encodeURIComponent(token)}?lang=${encodeURIComponent(lang)}`;
}

/** What the banner says: under embargo until a time (zone named), not yet published, or already published. */
function bannerText(
  content: PreviewContent,
  state: string,
  lang: string,
  timeZone: string,
  now: string,
): string {
  const t = translator(lang);
  const until = content.article.embargoUntil;
  if (state === "published") return t("preview.published");
  if (until !== null && (state === "embargoed" || until > now)) {
    return t("preview.embargoed", { time: formatDateTime(until, lang, timeZone) });
  }
  return t("preview.unpublished");
}

/**
 * A journalist's preview: the item in one of the link's languages, with the public site's frame and article
 * view, under a banner that says it is not for publication (and until when, under embargo) and whom the link is
 * for. The other languages of the link are offered by the site's language switch, as `?lang=` links.
 */
export async function renderPreview(
  deps: SiteDeps,
  content: PreviewContent,
  lang: string,
  token: string,
  now: string,
): Promise<string> {
  const { timezone } = deps.config;
  const tr = content.translations.find((x) => x.lang === lang);
  if (!tr) throw new Error(`The preview has no "${lang}" translation`);
  const tree = await deps.sections.get();
  const section = tree.get(content.article.sectionId);
  const translations = Object.fromEntries(
    content.translations.map((x) => [x.lang, previewHref(token, x.lang)]),
  );
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations,
    currentRootId: section ? tree.root(section.id)?.id : undefined,
    withSidebar: true,
  });
  // A preview has no public address: nothing to point search engines or feeds at.
  chrome.alternates = [];
  const sectionPath = section?.translations[lang]?.path;
  const sectionHref = sectionPath !== undefined ? sectionUrl(lang, sectionPath) : homeUrl(lang);
  const media = presentArticleMedia(
    await publishedArticleMedia(deps.store.db, content.article.id, lang),
    lang,
  );
  const corrections = tr.state === "published" ? await publishedCorrections(deps.store.db, tr.id) : [];
  const t = translator(lang);
  const banner = (
    <div class="preview-banner" role="note">
      <p class="preview-banner__main">
        <strong>{bannerText(content, tr.state, lang, timezone, now)}</strong>
      </p>
      <p class="preview-banner__link">
        {t("preview.link", {
          label: content.label,
          time: formatDateTime(content.expiresAt, lang, timezone),
        })}
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
        date: formatLongDate(content.article.publishedAt, lang, timezone),
        isoDate: isoDateIn(content.article.publishedAt, timezone),
        eventDates: content.article.eventStart
          ? formatDateRange(content.article.eventStart, content.article.eventEnd, lang)
          : undefined,
        place: tr.place ?? undefined,
        bodyHtml: tr.bodyHtml,
        signature: tr.signatureText ?? undefined,
        crumbs: section ? sectionCrumbs(tree, section.id, lang) : [],
        goBackHref: sectionHref,
        sectionHref,
        allNewsHref: allNewsHref(tree, lang) ?? homeUrl(lang),
        figures: media.figures,
        attachments: media.attachments,
        corrections: corrections.map((c) => ({
          date: formatLongDate(c.correctedAt, lang, timezone),
          isoDate: isoDateIn(c.correctedAt, timezone),
          note: c.note,
        })),
      }}
    />
  );
  return `<!DOCTYPE html>${await page.toString()}`;
}

/** The page of a link that does not (or no longer) lead anywhere, saying why in the reader's language. */
export async function renderPreviewUnavailable(
  deps: SiteDeps,
  reason: PreviewUnavailable,
  lang: string,
): Promise<string> {
  const tree = await deps.sections.get();
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations: { [lang]: homeUrl(lang) },
    withSidebar: false,
  });
  chrome.canonical = "";
  chrome.alternates = [];
  const t = translator(lang);
  const keys = UNAVAILABLE[reason];
  const page = <ErrorPage chrome={chrome} title={t(keys.title)} text={t(keys.text)} />;
  return `<!DOCTYPE html>${await page.toString()}`;
}
