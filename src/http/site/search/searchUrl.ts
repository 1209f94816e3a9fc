import type { SearchState } from "./params.js";

/** The search page's own address in a language, with no parameters. */
export function searchPath(lang: string): string {
  return `/${lang}/search`;
}

/**
 * The address of a search: every parameter that differs from the default, in the form's order, and the page
 * when it is not the first. Defaults are left out so that the same search always has the same address.
 */
export function searchUrl(lang: string, state: SearchState, page = 1): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q);
  if (state.section !== undefined) params.set("section", state.section);
  if (state.kind !== undefined) params.set("kind", state.kind);
  if (state.from !== undefined) params.set("from", state.from);
  if (state.to !== undefined) params.set("to", state.to);
  if (state.person !== undefined) params.set("person", state.person);
  if (state.order !== "relevance") params.set("order", state.order);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query === "" ? searchPath(lang) : `${searchPath(lang)}?${query}`;
}

/** Whether anything besides the words narrows the search. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.section !== undefined ||
    state.kind !== undefined ||
    state.from !== undefined ||
    state.to !== undefined ||
    state.person !== undefined
  );
}
