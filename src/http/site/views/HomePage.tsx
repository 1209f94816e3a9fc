import { Layout } from "./Layout.js";
import { NewsList } from "./NewsList.js";
import type { Chrome, ListItem } from "./types.js";

export interface HomeModel {
  latest: ListItem[];
  allNewsHref: string | undefined;
  sections: { title: string; href: string; children: { title: string; href: string }[] }[];
}

/** The language's front page: the latest news and a map of the sections. */
export function HomePage(props: { chrome: Chrome; model: HomeModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={chrome.siteName} description={t("site.footer")}>
      <h1>{chrome.siteName}</h1>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t("home.latest")}</h2>
        <NewsList chrome={chrome} items={model.latest} headingLevel={3} />
        {model.allNewsHref ? (
          <p>
            <a href={model.allNewsHref}>{t("home.allNews")}</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">{t("home.sections")}</h2>
        <ul>
          {model.sections.map((section) => (
            <li>
              <a href={section.href}>{section.title}</a>
              {section.children.length > 0 ? (
                <ul>
                  {section.children.map((child) => (
                    <li>
                      <a href={child.href}>{child.title}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
