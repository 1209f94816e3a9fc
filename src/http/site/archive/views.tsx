import { Breadcrumbs } from "../views/Breadcrumbs.js";
import { Layout } from "../views/Layout.js";
import { NewsList, Pager } from "../views/NewsList.js";
import type { Chrome, Crumb, ListItem, Pager as PagerModel } from "../views/types.js";
import type { ArchiveMonth, YearLink } from "./presenters.js";

export interface ArchiveYearModel {
  year: number;
  crumbs: Crumb[];
  months: ArchiveMonth[];
  previousYear: YearLink | undefined;
  nextYear: YearLink | undefined;
}

export interface ArchiveMonthModel {
  year: number;
  /** "January 2025", "Январь 2025". */
  heading: string;
  crumbs: Crumb[];
  months: ArchiveMonth[];
  yearHref: string;
  items: ListItem[];
  pager: PagerModel;
}

/** A year of the archive: its twelve months with how much was published in each, and the years around it. */
export function ArchiveYearPage(props: { chrome: Chrome; model: ArchiveYearModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  const title = t("archive.yearTitle", { year: model.year });
  return (
    <Layout chrome={chrome} title={title}>
      <Breadcrumbs chrome={chrome} crumbs={model.crumbs} />
      <h1>{title}</h1>
      <MonthNav chrome={chrome} year={model.year} months={model.months} />
      <YearNav chrome={chrome} previous={model.previousYear} next={model.nextYear} />
    </Layout>
  );
}

/** A month of the archive: its items newest first, page by page, with the other months of the year beside. */
export function ArchiveMonthPage(props: { chrome: Chrome; model: ArchiveMonthModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  const { page, pageCount } = model.pager;
  const base = `${model.heading} — ${t("archive.title")}`;
  const title = page > 1 ? `${base} — ${t("paging.pageOf", { n: page, total: pageCount })}` : base;
  return (
    <Layout chrome={chrome} title={title}>
      <Breadcrumbs chrome={chrome} crumbs={model.crumbs} />
      <h1>{model.heading}</h1>
      {model.items.length > 0 ? (
        <NewsList chrome={chrome} items={model.items} />
      ) : (
        <p class="archive-empty">{t("archive.noItemsInMonth")}</p>
      )}
      <Pager chrome={chrome} pager={model.pager} />
      <MonthNav chrome={chrome} year={model.year} months={model.months} />
      <p class="archive-year-link">
        <a href={model.yearHref}>{t("archive.allMonthsOf", { year: model.year })}</a>
      </p>
    </Layout>
  );
}

function MonthNav(props: { chrome: Chrome; year: number; months: ArchiveMonth[] }) {
  const { t } = props.chrome;
  return (
    <nav class="archive-months" aria-label={t("archive.monthsOf", { year: props.year })}>
      <ol>
        {props.months.map((m) => (
          <li>
            {m.current ? (
              <span class="archive-month" aria-current="page">
                {m.name}
              </span>
            ) : m.href ? (
              <a class="archive-month" href={m.href}>
                {m.name}
              </a>
            ) : (
              <span class="archive-month archive-month--empty">{m.name}</span>
            )}{" "}
            <span class="archive-count">{m.countText}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function YearNav(props: { chrome: Chrome; previous: YearLink | undefined; next: YearLink | undefined }) {
  const { t } = props.chrome;
  if (!props.previous && !props.next) return null;
  return (
    <nav class="archive-years" aria-label={t("archive.years")}>
      <ul>
        {props.previous ? (
          <li>
            <a href={props.previous.href} rel="prev">
              <span aria-hidden="true">←</span> {t("archive.previousYear", { year: props.previous.year })}
            </a>
          </li>
        ) : null}
        {props.next ? (
          <li>
            <a href={props.next.href} rel="next">
              {t("archive.nextYear", { year: props.next.year })} <span aria-hidden="true">→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
