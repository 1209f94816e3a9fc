import { Hono, type Context } from "hono";
import { paging, parsePageParam } from "../../../domain/paging.js";
import { isOutOfDate, isWorkflowState } from "../../../domain/workflow.js";
import { formatListDate, isoDateIn } from "../../../i18n/dates.js";
import { AppError } from "../../../lib/errors.js";
import { listItemArticles } from "../../../store/itemList.js";
import { listUsers } from "../../../store/users.js";
import { requireSignedIn } from "../auth/middleware.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { ItemsListPage } from "../views/items/ItemsListPage.js";
import { actionNoticeText } from "../views/items/TranslationActions.js";
import type { ItemsListModel, ListRow } from "../views/items/types.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { dateTimeText } from "../../../i18n/localTime.js";
import {
  kindLabel,
  languageLabel,
  sectionOptions,
  sectionTitle,
  stateBadge,
  stateOptions,
} from "./editorOptions.js";

const PAGE_SIZE = 25;
const ID = /^[1-9]\d{0,9}$/;

/** GET /admin/items: every signed-in member sees the list of items, filtered by a GET form. */
export function listRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.get("/", requireSignedIn(), async (c) => {
    const shell = adminShell(c, deps, "items");
    const { t } = shell;
    const tree = await deps.sections.get();
    const filter = readFilter(c, deps);
    const sectionId = filter.section === "" ? undefined : Number(filter.section);
    if (sectionId !== undefined && !tree.get(sectionId)) {
      throw new AppError("bad_request", `Unknown section "${filter.section}"`);
    }
    const pageParam = parsePageParam((name) => c.req.query(name));
    if (!pageParam.ok) throw new AppError("invalid_page", `"${pageParam.raw}" is not a page number`);

    const [{ rows, total }, users] = await Promise.all([
      listItemArticles(deps.store.db, {
        state: filter.state || undefined,
        lang: filter.lang || undefined,
        authorId: filter.author === "" ? undefined : Number(filter.author),
        sectionIds: sectionId === undefined ? undefined : tree.subtreeIds(sectionId),
        limit: PAGE_SIZE,
        offset: (pageParam.page - 1) * PAGE_SIZE,
      }),
      listUsers(deps.store.db),
    ]);
    const pages = paging(pageParam.page, PAGE_SIZE, total);
    const hrefOf = (page: number) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filter)) if (value !== "") query.set(key, value);
      if (page > 1) query.set("page", String(page));
      const text = query.toString();
      return text ? `/admin/items?${text}` : "/admin/items";
    };
    const { timezone, languages } = deps.config;
    const model: ItemsListModel = {
      rows: rows.map((row): ListRow => {
        const authors = [...new Set(row.translations.map((tr) => tr.authorName ?? t("items.unknownAuthor")))];
        return {
          href: `/admin/items/${row.articleId}`,
          articleId: row.articleId,
          translations: languages.map((lang) => {
            const tr = row.translations.find((x) => x.lang === lang);
            return {
              lang,
              language: languageLabel(t, lang),
              title: tr?.title,
              badge: tr ? stateBadge(t, tr.state) : undefined,
              outOfDate:
                tr !== undefined &&
                isOutOfDate(
                  tr,
                  row.translations.filter((other) => other.id !== tr.id),
                ),
            };
          }),
          section: sectionTitle(tree, row.sectionId, shell.lang),
          kind: kindLabel(t, row.kind),
          authors: authors.join(", "),
          changed: { iso: row.lastChangedAt, text: dateTimeText(row.lastChangedAt, timezone) },
          published: {
            iso: isoDateIn(row.publishedAt, timezone),
            text: formatListDate(row.publishedAt, timezone),
          },
          embargo: row.embargoUntil
            ? t("items.embargoUntil", { when: dateTimeText(row.embargoUntil, timezone) })
            : undefined,
        };
      }),
      total,
      filter,
      states: stateOptions(t),
      sections: sectionOptions(tree, shell.lang),
      languages: languages.map((code) => ({ value: code, label: languageLabel(t, code) })),
      authors: users.map((u) => ({ value: String(u.id), label: u.displayName })),
      page: pages.page,
      pageCount: pages.pageCount,
      previousHref: pages.page > 1 ? hrefOf(pages.page - 1) : undefined,
      nextHref: pages.page < pages.pageCount ? hrefOf(pages.page + 1) : undefined,
      notice: actionNoticeText(t, c.req.query("notice")),
    };
    return sendAdminPage(c, <ItemsListPage shell={shell} model={model} />);
  });
  return app;
}

/** The filters of the query string, each "" when absent; a malformed one is a bad request. */
function readFilter(
  c: Context<AdminEnv>,
  deps: AdminDeps,
): { state: string; section: string; lang: string; author: string } {
  const state = c.req.query("state") ?? "";
  const section = c.req.query("section") ?? "";
  const lang = c.req.query("lang") ?? "";
  const author = c.req.query("author") ?? "";
  if (state !== "" && !isWorkflowState(state)) throw new AppError("bad_request", `Unknown state "${state}"`);
  if (section !== "" && !ID.test(section)) throw new AppError("bad_request", `Unknown section "${section}"`);
  if (lang !== "" && !deps.config.languages.includes(lang)) {
    throw new AppError("bad_request", `Unknown language "${lang}"`);
  }
  if (author !== "" && !ID.test(author)) throw new AppError("bad_request", `Unknown author "${author}"`);
  return { state, section, lang, author };
}
