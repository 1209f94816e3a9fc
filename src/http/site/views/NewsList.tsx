import type { Chrome, ListItem, Pager as PagerModel } from "./types.js";

/** Date, title and teaser of each item, newest first. */
export function NewsList(props: { chrome: Chrome; items: ListItem[]; headingLevel?: 2 | 3 }) {
  const { t } = props.chrome;
  if (props.items.length === 0) return <p>{t("list.empty")}</p>;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <ul class="news-list">
      {props.items.map((item) => (
        <li>
          <time class="date" datetime={item.isoDate}>
            {item.date}
          </time>
          <Heading>
            <a href={item.href}>{item.title}</a>
          </Heading>
          {item.lead ? <p>{item.lead}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** Numbered pages with previous and next; a window around the current page keeps it short on phones. */
export function Pager(props: { chrome: Chrome; pager: PagerModel }) {
  const { t } = props.chrome;
  const { page, pageCount, hrefFor } = props.pager;
  if (pageCount <= 1) return null;
  const shown = new Set<number>([1, pageCount]);
  for (let n = Math.max(1, page - 2); n <= Math.min(pageCount, page + 2); n++) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous > 1) items.push("gap");
    items.push(n);
  });
  return (
    <nav class="pager" aria-label={t("paging.label")}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> {t("paging.previous")}
            </a>
          </li>
        ) : null}
        {items.map((item) =>
          item === "gap" ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              {item === page ? <span aria-current="page">{item}</span> : <a href={hrefFor(item)}>{item}</a>}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t("paging.next")} <span aria-hidden="true">→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
