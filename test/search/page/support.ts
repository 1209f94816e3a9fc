/** Reading a search page's HTML the way a reader sees it: hits, count, messages and links. */

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

export interface ShownHit {
  title: string;
  href: string;
  /** The title's and snippet's HTML, to look at the marks. */
  html: string;
}

/** The hits in the order shown. */
export function hitsOf(html: string): ShownHit[] {
  const list = /<ul class="news-list search-hits">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => {
    const item = m[1] ?? "";
    const link = /<h3><a href="([^"]*)">([\s\S]*?)<\/a><\/h3>/.exec(item);
    return { href: decodeEntities(link?.[1] ?? ""), title: textOf(link?.[2] ?? ""), html: item };
  });
}

/** "12 results", as the heading of the results says it. */
export function countOf(html: string): string | undefined {
  const heading = /<h2 id="search-count"[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1];
  return heading === undefined ? undefined : textOf(heading);
}

/** The notices and refused parameters explained on the page. */
export function messagesOf(html: string): string[] {
  const box = /<div class="search-messages"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  return [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1] ?? ""));
}

/** The pager's links by their text ("2", "Next page"…), as decoded addresses. */
export function pagerLinks(html: string): Map<string, string> {
  const pager = /<nav class="pager"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  return new Map(
    [...pager.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [
      textOf(m[2] ?? ""),
      decodeEntities(m[1] ?? ""),
    ]),
  );
}

/** The parameters of an address, for comparing links without caring about their order. */
export function paramsOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, "http://localhost").searchParams);
}

/** `/ru/search?q=…` with the parameters encoded as a form would send them. */
export function searchPath(lang: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query === "" ? `/${lang}/search` : `/${lang}/search?${query}`;
}
