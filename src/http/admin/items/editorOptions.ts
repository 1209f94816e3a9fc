import { ARTICLE_KINDS } from "../../../domain/content.js";
import type { SectionTree } from "../../../domain/sections.js";
import { isWorkflowState, WORKFLOW_STATES } from "../../../domain/workflow.js";
import { isAdminStringKey, type AdminTranslate } from "../../../i18n/admin.js";
import { allCatalogs } from "../../../i18n/strings.js";
import type { PersonWithPosts } from "../../../store/peoplePosts.js";
import type { Option, StateBadgeModel } from "../views/items/types.js";

/** A content language's name in the interface language ("Russian", "Английский"). */
export function languageLabel(t: AdminTranslate, code: string): string {
  const key = `language.${code}`;
  if (isAdminStringKey(key)) return t(key);
  return allCatalogs[code]?.["site.languageName"] ?? code.toUpperCase();
}

export function stateLabel(t: AdminTranslate, state: string): string {
  const key = `items.state.${state}`;
  return isAdminStringKey(key) ? t(key) : state;
}

export function stateBadge(t: AdminTranslate, state: string): StateBadgeModel {
  return { state: isWorkflowState(state) ? state : "unknown", label: stateLabel(t, state) };
}

export function stateOptions(t: AdminTranslate): Option[] {
  return WORKFLOW_STATES.map((s) => ({ value: s, label: stateLabel(t, s) }));
}

export function kindLabel(t: AdminTranslate, kind: string): string {
  const key = `items.kind.${kind}`;
  return isAdminStringKey(key) ? t(key) : kind;
}

export function kindOptions(t: AdminTranslate): Option[] {
  return ARTICLE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }));
}

/** A section's title in the interface language, else in any language it has. */
export function sectionTitle(tree: SectionTree, id: number, lang: string): string {
  const section = tree.get(id);
  if (!section) return String(id);
  const own = section.translations[lang];
  if (own) return own.title;
  return Object.values(section.translations).find((tr) => tr !== undefined)?.title ?? String(id);
}

/** Every section, depth first, indented by its depth ("— Exercises") so that the tree shows in a select. */
export function sectionOptions(tree: SectionTree, lang: string): Option[] {
  const options: Option[] = [];
  const walk = (id: number, depth: number): void => {
    options.push({ value: String(id), label: `${"— ".repeat(depth)}${sectionTitle(tree, id, lang)}` });
    for (const child of tree.children(id)) walk(child.id, depth + 1);
  };
  for (const root of tree.roots()) walk(root.id, 0);
  return options;
}

/** A person's name in a language, else in any language they have. */
export function personName(person: PersonWithPosts, lang: string): string {
  return person.names[lang] ?? Object.values(person.names)[0] ?? person.slug;
}

/** The people an item can name, in the interface language, by name. */
export function peopleOptions(people: readonly PersonWithPosts[], lang: string): Option[] {
  return people
    .map((p) => ({ value: String(p.id), label: personName(p, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/**
 * The bylines a translation can be signed with: "post — name" in the text's language, valued "person:post".
 * A person without posts is offered by name alone ("person:").
 */
export function signatureOptions(people: readonly PersonWithPosts[], lang: string): Option[] {
  return people.flatMap((person) => {
    const name = personName(person, lang);
    if (person.posts.length === 0) return [{ value: `${person.id}:`, label: name }];
    return person.posts.map((post) => {
      const title = post.titles[lang] ?? Object.values(post.titles)[0];
      return { value: `${person.id}:${post.id}`, label: title ? `${title} — ${name}` : name };
    });
  });
}

/** The select value of a stored byline, "person:post", or "" when none was picked from the people. */
export function signatureValue(signature: { personId: number | null; postId: number | null }): string {
  return signature.personId === null ? "" : `${signature.personId}:${signature.postId ?? ""}`;
}
