import { paging } from "../../../domain/paging.js";
import { parseQuery } from "../../../domain/search/queryParser.js";
import type { SectionTree } from "../../../domain/sections.js";
import { isoDateIn } from "../../../i18n/dates.js";
import { isoNow } from "../../../lib/clock.js";
import { AppError } from "../../../lib/errors.js";
import { searchService } from "../../../search/service.js";
import { findPersonBySlug, listPeopleIn } from "../../../store/peoplePages.js";
import type { SiteDeps } from "../context.js";
import { buildChrome, presentList } from "../presenters.js";
import { hitsAsListed } from "../related.js";
import { PeopleIndexPage, PersonPage } from "./views.js";
import { presentPeople, presentPost } from "./presenters.js";
import { peopleIndexUrl, personUrl } from "./urls.js";

async function documentOf(element: { toString(): string | Promise<string> }): Promise<string> {
  return `<!DOCTYPE html>${await element.toString()}`;
}

export async function renderPeopleIndex(deps: SiteDeps, tree: SectionTree, lang: string): Promise<string> {
  const { config } = deps;
  const people = await listPeopleIn(deps.store.db, lang);
  const translations = Object.fromEntries(config.languages.map((code) => [code, peopleIndexUrl(code)]));
  const chrome = await buildChrome(deps, { lang, tree, translations, withSidebar: true });
  const today = isoDateIn(isoNow(), config.timezone);
  return documentOf(<PeopleIndexPage chrome={chrome} people={presentPeople(people, lang, today)} />);
}

/** Undefined when no person has this slug and a name in this language: the caller answers 404. */
export async function renderPerson(
  deps: SiteDeps,
  tree: SectionTree,
  lang: string,
  slug: string,
  page: number,
): Promise<string | undefined> {
  const { config } = deps;
  const found = await findPersonBySlug(deps.store.db, slug, lang);
  if (!found) return undefined;
  const { person } = found;
  // Everything published in this language that names the person, is tagged with them or is signed by them: a
  // query with no words lists the filtered items, newest first.
  const result = await searchService(deps.store).search({
    query: parseQuery(""),
    filters: { lang, personId: person.id },
    order: "date",
    limit: config.pageSize,
    offset: (page - 1) * config.pageSize,
  });
  const pages = paging(page, config.pageSize, result.total);
  if (page > pages.pageCount) {
    throw new AppError("not_found", `Page ${page} does not exist; the list has ${pages.pageCount}`);
  }
  const translations = Object.fromEntries(
    found.languages
      .filter((code) => config.languages.includes(code))
      .map((code) => [code, personUrl(code, person.slug, code === lang ? page : 1)]),
  );
  const chrome = await buildChrome(deps, {
    lang,
    tree,
    translations,
    withSidebar: true,
    feedScope: { kind: "person", slug: person.slug, name: person.name },
  });
  return documentOf(
    <PersonPage
      chrome={chrome}
      model={{
        name: person.name,
        crumbs: [{ title: chrome.t("people.title"), href: peopleIndexUrl(lang) }],
        posts: person.posts.map((post) => presentPost(post, chrome.t, lang)),
        items: presentList(hitsAsListed(result.hits), tree, lang, config.timezone),
        pager: { page, pageCount: pages.pageCount, hrefFor: (n) => personUrl(lang, person.slug, n) },
      }}
    />,
  );
}
