import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { bodyText } from "./text.js";
import { facetToken, MAX_POSITIONS, textTokens } from "./tokens.js";

/** One published translation as both indexes store it: index tokens per column, and facet tokens. */
export interface SearchDocument {
  translationId: number;
  articleId: number;
  publishedAt: string;
  title: string[];
  lead: string[];
  /** Body text, then place, then the byline. */
  body: string[];
  /** l_<lang>, s_<section>, k_<kind>, p_<person> for every person the item concerns. */
  facets: string[];
}

/** Every way of naming a person (names in each language, aliases), as index tokens. */
export interface PersonName {
  personId: number;
  tokens: string[];
}

/**
 * A name the stemmer shortens this much is a common word in disguise ("Зась" stems to "за", a preposition) and
 * would tag nearly every text; such a name still counts as part of a longer one ("Станислав Зась").
 */
const MIN_NAME_CHARS = 3;

/** People's names by their first token: a text is scanned once, whatever the number of people. */
export type PersonNames = ReadonlyMap<string, readonly PersonName[]>;

export async function loadPersonNames(db: Kysely<Database>): Promise<PersonNames> {
  const [names, aliases] = await Promise.all([
    db.selectFrom("person_translations").select(["person_id", "name"]).execute(),
    db.selectFrom("person_aliases").select(["person_id", "alias as name"]).execute(),
  ]);
  const seen = new Set<string>();
  const byFirst = new Map<string, PersonName[]>();
  for (const row of [...names, ...aliases]) {
    const tokens = textTokens(row.name);
    const first = tokens[0];
    const key = `${row.person_id} ${tokens.join(" ")}`;
    if (first === undefined || seen.has(key) || tokens.join("").length < MIN_NAME_CHARS) continue;
    seen.add(key);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { personId: row.person_id, tokens }]);
  }
  return byFirst;
}

/** The people whose name or alias occurs in the tokens as a whole phrase. */
export function mentionedPeople(tokens: readonly string[], names: PersonNames, into: Set<number>): void {
  tokens.forEach((token, at) => {
    for (const name of names.get(token) ?? []) {
      if (name.tokens.every((t, i) => tokens[at + i] === t)) into.add(name.personId);
    }
  });
}

/** The search documents of the published translations of some articles, in translation id order. */
export async function documentsOfArticles(
  db: Kysely<Database>,
  articleIds: readonly number[],
  names: PersonNames | (() => Promise<PersonNames>),
): Promise<SearchDocument[]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom("article_translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .select([
      "t.id",
      "t.article_id",
      "t.lang",
      "t.section_id",
      "t.title",
      "t.lead",
      "t.body_html",
      "t.place",
      "t.signature_text",
      "t.signature_person_id",
      "t.published_at",
      "t.state",
      "a.kind",
    ])
    .where("t.article_id", "in", [...articleIds])
    .orderBy("t.id")
    .execute()
    // The state is checked here, not in SQL: SQLite would otherwise walk the index of every published row.
    .then((all) => all.filter((row) => row.state === "published"));
  if (rows.length === 0) return [];
  const tagged = await db
    .selectFrom("article_people")
    .select(["article_id", "person_id"])
    .where("article_id", "in", [...new Set(rows.map((r) => r.article_id))])
    .execute();
  const people = typeof names === "function" ? await names() : names;
  const taggedBy = new Map<number, number[]>();
  for (const t of tagged) taggedBy.set(t.article_id, [...(taggedBy.get(t.article_id) ?? []), t.person_id]);

  return rows.map((row) => {
    const title = textTokens(row.title);
    const lead = textTokens(row.lead);
    const body = [
      ...textTokens(bodyText(row.body_html)),
      ...textTokens(row.place ?? ""),
      ...textTokens(row.signature_text ?? ""),
    ];
    const columns = capPositions(title, lead, body);
    const personIds = new Set(taggedBy.get(row.article_id));
    if (row.signature_person_id !== null) personIds.add(row.signature_person_id);
    for (const tokens of columns) mentionedPeople(tokens, people, personIds);
    return {
      translationId: row.id,
      articleId: row.article_id,
      publishedAt: row.published_at,
      title: columns[0],
      lead: columns[1],
      body: columns[2],
      facets: [
        facetToken("l", row.lang),
        facetToken("s", row.section_id),
        facetToken("k", row.kind),
        ...[...personIds].sort((a, b) => a - b).map((id) => facetToken("p", id)),
      ],
    };
  });
}

/**
 * Keeps the columns within the positions PostgreSQL can record (one gap between columns), cutting the end of
 * the body first, so that both indexes hold exactly the same tokens.
 */
function capPositions(
  title: string[],
  lead: string[],
  body: string[],
): [title: string[], lead: string[], body: string[]] {
  let room = MAX_POSITIONS - 2;
  const take = (tokens: string[]): string[] => {
    const kept = tokens.slice(0, Math.max(0, room));
    room -= kept.length;
    return kept;
  };
  return [take(title), take(lead), take(body)];
}
