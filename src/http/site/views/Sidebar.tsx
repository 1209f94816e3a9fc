import type { Chrome, ListItem } from "./types.js";

/** The latest items, as on every page of the old site. */
export function Sidebar(props: { chrome: Chrome; items: ListItem[] }) {
  const { t } = props.chrome;
  return (
    <aside class="sidebar" aria-labelledby="sidebar-title">
      <h2 id="sidebar-title">{t("sidebar.title")}</h2>
      <ul class="news-list">
        {props.items.map((item) => (
          <li>
            <time class="date" datetime={item.isoDate}>
              {item.date}
            </time>
            <h3>
              <a href={item.href}>{item.title}</a>
            </h3>
          </li>
        ))}
      </ul>
    </aside>
  );
}
