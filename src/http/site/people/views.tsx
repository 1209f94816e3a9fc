import { Breadcrumbs } from "../views/Breadcrumbs.js";
import { Layout } from "../views/Layout.js";
import { NewsList, Pager } from "../views/NewsList.js";
import type { Chrome, Crumb, ListItem, Pager as PagerModel } from "../views/types.js";
import type { PersonSummary, PostModel } from "./presenters.js";

/** Everyone the press centre writes about, with what they do now. */
export function PeopleIndexPage(props: { chrome: Chrome; people: PersonSummary[] }) {
  const { chrome, people } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={t("people.title")}>
      <Breadcrumbs chrome={chrome} crumbs={[]} />
      <h1>{t("people.title")}</h1>
      {people.length === 0 ? (
        <p>{t("people.empty")}</p>
      ) : (
        <ul class="people-list">
          {people.map((person) => (
            <li>
              <h2>
                <a href={person.href}>{person.name}</a>
              </h2>
              {person.currentPosts.map((title) => (
                <p class="person-post">{title}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export interface PersonModel {
  name: string;
  crumbs: Crumb[];
  posts: PostModel[];
  items: ListItem[];
  pager: PagerModel;
}

/** A person: their posts over time, then every publication that names them, newest first. */
export function PersonPage(props: { chrome: Chrome; model: PersonModel }) {
  const { chrome, model } = props;
  const { t } = chrome;
  const { page, pageCount } = model.pager;
  const title =
    page > 1 ? `${model.name} — ${t("paging.pageOf", { n: page, total: pageCount })}` : model.name;
  return (
    <Layout chrome={chrome} title={title}>
      <Breadcrumbs chrome={chrome} crumbs={model.crumbs} />
      <h1>{model.name}</h1>
      {model.posts.length > 0 ? (
        <section class="person-posts" aria-labelledby="posts-title">
          <h2 id="posts-title">{t("people.posts")}</h2>
          <ul>
            {model.posts.map((post) => (
              <li>
                {post.title}
                {post.dates ? <span class="post-dates"> ({post.dates})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="person-publications" aria-labelledby="publications-title">
        <h2 id="publications-title">{t("people.publications")}</h2>
        {model.items.length > 0 ? (
          <NewsList chrome={chrome} items={model.items} headingLevel={3} />
        ) : (
          <p>{t("people.noPublications")}</p>
        )}
        <Pager chrome={chrome} pager={model.pager} />
      </section>
    </Layout>
  );
}
