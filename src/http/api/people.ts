import type { Context } from "hono";
import { AppError } from "../../lib/errors.js";
import { findPersonBySlug, listPeopleIn, type PublicPerson } from "../../store/peoplePages.js";
import { listTag } from "../cache/tags.js";
import type { SiteDeps } from "../site/context.js";
import { quoted } from "./params.js";
import { languageScope, sendJson, type ApiScope } from "./respond.js";
import type { PersonSummaryJson } from "./types.js";

function presentPerson(scope: ApiScope, person: PublicPerson): PersonSummaryJson {
  return {
    slug: person.slug,
    name: person.name,
    url: scope.links.person(scope.lang, person.slug),
    api_url: scope.links.apiPerson(scope.lang, person.slug),
    posts: person.posts.map((post) => ({
      title: post.title,
      started_on: post.startedOn,
      ended_on: post.endedOn,
    })),
  };
}

/** GET /{lang}/people: everyone with a name in the language, in its alphabetical order (as the people page). */
export async function listPeople(deps: SiteDeps, c: Context, lang: string): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  const collator = new Intl.Collator(lang);
  const people = (await listPeopleIn(deps.store.db, lang)).sort(
    (a, b) => collator.compare(a.name, b.name) || a.id - b.id,
  );
  const items = people.map((person) => presentPerson(scope, person));
  return sendJson(c, { lang, items }, [listTag(lang)]);
}

/** GET /{lang}/people/{slug}: a person's posts over time, where their publications are, their other names. */
export async function showPerson(deps: SiteDeps, c: Context, lang: string, slug: string): Promise<Response> {
  const scope = await languageScope(deps, c, lang);
  const found = await findPersonBySlug(deps.store.db, slug, lang);
  if (!found) throw new AppError("not_found", `No person ${quoted(slug)} has a name in "${lang}"`);
  const { person } = found;
  const others = found.languages.filter((code) => code !== lang && deps.config.languages.includes(code));
  const translations = [];
  for (const code of others) {
    const there = await findPersonBySlug(deps.store.db, person.slug, code);
    if (!there) continue;
    translations.push({
      lang: code,
      name: there.person.name,
      url: scope.links.person(code, person.slug),
      api_url: scope.links.apiPerson(code, person.slug),
    });
  }
  const body = {
    lang,
    ...presentPerson(scope, person),
    articles_url: scope.links.api(`/${lang}/articles`, [["person", person.slug]]),
    translations,
  };
  return sendJson(c, body, [listTag(lang)]);
}
