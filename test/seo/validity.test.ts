import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "../../src/commands/createArticle.js";
import { LANGUAGES, translation } from "../helpers/content.js";
import { createDemoSite, type DemoSite } from "../helpers/site.js";
import { DIALECTS } from "../helpers/stores.js";
import { formatVnuErrors, validateHtml } from "../helpers/vnu.js";
import { attachImage } from "./fixtures.js";
import { parseHead } from "./support.js";

describe.each(DIALECTS)("pages with the search-engine head on %s", (dialect) => {
  let site: DemoSite;
  let trickyPath = "";

  beforeAll(async () => {
    site = await createDemoSite(dialect, { publicUrl: "https://press.example.org" });
    const tree = await site.deps.sections.get();
    const made = await createArticle(
      { store: site.testStore.store, languages: LANGUAGES },
      {
        sectionId: tree.findByPath("en", "news/news_odkb")?.id ?? -1,
        kind: "news",
        publishedAt: "2024-03-02T09:00:00.000Z",
        translations: [translation("en", `Notes </script><!-- "quoted" & 'single' -->`)],
      },
    );
    trickyPath = `/en/news/news_odkb/${made.slugs["en"] ?? ""}/`;
    // With an image, the head also carries og:image and a large Twitter card.
    await attachImage(site, made.articleId);
  });

  afterAll(async () => {
    await site.destroy();
  });

  /** An article of the section page's list, so that the check follows the demo whatever its slugs. */
  async function firstArticle(lang: string): Promise<string> {
    const html = await (await site.request(`/${lang}/news/news_odkb/`)).text();
    const main = html.slice(html.indexOf("<main"));
    const href = /<h[23]><a href="([^"]+)"/.exec(main)?.[1];
    if (href === undefined) throw new Error(`no ${lang} article listed`);
    return href;
  }

  it("passes the W3C Nu Html Checker on home, section and article pages", { timeout: 120_000 }, async () => {
    const paths = [
      ...LANGUAGES.flatMap((lang) => [`/${lang}/`, `/${lang}/news/`, `/${lang}/news/news_odkb/`]),
      ...(await Promise.all(LANGUAGES.map((lang) => firstArticle(lang)))),
      trickyPath,
    ];
    const documents = await Promise.all(
      paths.map(async (path) => {
        const res = await site.request(path);
        expect(res.status, path).toBe(200);
        return { name: path, html: await res.text() };
      }),
    );
    for (const doc of documents) {
      // The check is about the new head, so make sure it is there.
      expect(parseHead(doc.html).meta("og:url"), doc.name).toHaveLength(1);
    }
    const tricky = parseHead(documents.at(-1)?.html ?? "");
    expect(tricky.jsonLd).toHaveLength(1);
    expect(tricky.meta("og:image")).toHaveLength(1);
    const reports = await validateHtml(documents);
    expect(formatVnuErrors(reports)).toBe("");
  });
});
