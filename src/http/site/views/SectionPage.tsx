import { Breadcrumbs } from "./Breadcrumbs.js";
import { Layout } from "./Layout.js";
import { NewsList, Pager } from "./NewsList.js";
import type { Chrome, Crumb, ListItem, Pager as PagerModel } from "./types.js";

export interface SectionModel {
  title: string;
  crumbs: Crumb[];
  subsections: { title: string; href: string }[];
  items: ListItem[];
  pager: PagerModel;
  /** The date archive, on the all-news page. */
  archiveHref?: string | undefined;
}

/** A section's page lists everything in its subtree, so the "news" section is "all news". */
export function SectionPage(props: { chrome: Chrome; model: SectionModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  const title =
    model.pager.page > 1
      ? `${model.title} — ${t("paging.pageOf", { n: model.pager.page, total: model.pager.pageCount })}`
      : model.title;
  return (
    <Layout chrome={chrome} title={title}>
      <Breadcrumbs chrome={chrome} crumbs={model.crumbs} />
      <h1>{model.title}</h1>
      {model.subsections.length > 0 ? (
        <nav class="subsections" aria-label={t("list.subsections")}>
          <ul>
            {model.subsections.map((s) => (
              <li>
                <a href={s.href}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <NewsList chrome={chrome} items={model.items} />
      <Pager chrome={chrome} pager={model.pager} />
      {model.archiveHref ? (
        <p class="archive-link">
          <a href={model.archiveHref}>{t("archive.browse")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
