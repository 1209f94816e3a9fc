import type { Chrome, Crumb } from "./types.js";

export function Breadcrumbs(props: { chrome: Chrome; crumbs: Crumb[] }) {
  const { t } = props.chrome;
  return (
    <nav class="breadcrumbs" aria-label={t("breadcrumbs.label")}>
      <ol>
        <li>
          <a href={props.chrome.homeHref}>{t("breadcrumbs.home")}</a>
        </li>
        {props.crumbs.map((crumb) => (
          <li>
            <a href={crumb.href}>{crumb.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
