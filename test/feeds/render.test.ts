import { describe, expect, it } from "vitest";
import { absolutizeLinks } from "../../src/domain/feeds/content.js";
import { rfc3339, rfc822 } from "../../src/domain/feeds/dates.js";
import type { FeedDocument } from "../../src/domain/feeds/model.js";
import { renderFeed } from "../../src/domain/feeds/render.js";
import { cdata, escapeXml, stripForbiddenXmlChars } from "../../src/domain/feeds/xml.js";
import { isNotModified, strongEtag } from "../../src/http/site/feeds/conditional.js";
import { feedLinksFor } from "../../src/http/site/feeds/links.js";
import { feedParser, jsonFeedValidator } from "./support.js";

const NASTY = 'A <script>alert("x")</script> & "quotes" \u0007bell\u0000 ]]> end';
const NASTY_CLEAN = 'A <script>alert("x")</script> & "quotes" bell ]]> end';

function documentWith(overrides: Partial<FeedDocument["items"][number]> = {}): FeedDocument {
  return {
    lang: "en",
    title: NASTY,
    description: NASTY,
    id: "tag:example.org,2026:feed/en",
    homePageUrl: "https://example.org/en/",
    urls: {
      rss: "https://example.org/en/feed.xml",
      atom: "https://example.org/en/atom.xml",
      json: "https://example.org/en/feed.json",
    },
    publisher: "The Organization & Co",
    updatedAt: "2026-03-01T10:00:00.000Z",
    items: [
      {
        id: "tag:example.org,2026:article/1/en",
        url: "https://example.org/en/news/a-b/?x=1&y=2",
        title: NASTY,
        publishedAt: "2026-02-28T09:30:00.000Z",
        updatedAt: "2026-03-01T10:00:00.000Z",
        author: NASTY,
        summary: NASTY,
        contentHtml: `<p>${NASTY.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p><p>Text with ]]> inside</p>`,
        ...overrides,
      },
    ],
  };
}

describe("XML text", () => {
  it("escapes markup and quotes, and drops what XML 1.0 forbids", () => {
    expect(escapeXml('<a href="x">&</a>')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(stripForbiddenXmlChars("a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi\uFFFF")).toBe(
      "abcde\tf\ng\rhi",
    );
    // An unpaired surrogate is dropped; a pair (an emoji) is kept.
    expect(stripForbiddenXmlChars("x\uD800y\uDC00z 😀")).toBe("xyz 😀");
  });

  it("keeps a CDATA section whole when the text holds its terminator", () => {
    expect(cdata("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
  });
});

describe("dates", () => {
  it("writes RFC 822 for RSS and RFC 3339 for Atom and JSON Feed", () => {
    expect(rfc822("2026-02-28T09:30:00.000Z")).toBe("Sat, 28 Feb 2026 09:30:00 GMT");
    expect(rfc3339("2026-02-28T09:30:00.000Z")).toBe("2026-02-28T09:30:00Z");
    expect(rfc3339("2026-02-28T09:30:00.250Z")).toBe("2026-02-28T09:30:00.250Z");
  });
});

describe("rendering a feed with a hostile title", () => {
  it("RSS parses back to the exact text, with no live markup", async () => {
    const xml = renderFeed("rss", documentWith());
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0007");
    const feed = await feedParser.parseString(xml);
    expect(feed.title).toBe(NASTY_CLEAN);
    const item = feed.items[0];
    expect(item?.title).toBe(NASTY_CLEAN);
    expect(item?.creator).toBe(NASTY_CLEAN);
    expect(item?.link).toBe("https://example.org/en/news/a-b/?x=1&y=2");
    expect(item?.contentSnippet).toBe(NASTY_CLEAN);
    expect(item?.["content:encoded"]).toContain("<p>Text with ]]> inside</p>");
  });

  it("Atom parses back to the exact text", async () => {
    const xml = renderFeed("atom", documentWith());
    expect(xml).not.toContain("<script>");
    const feed = await feedParser.parseString(xml);
    expect(feed.title).toBe(NASTY_CLEAN);
    expect(feed.items[0]?.title).toBe(NASTY_CLEAN);
    expect(feed.items[0]?.author).toBe(NASTY_CLEAN);
    expect(feed.items[0]?.summary).toBe(NASTY_CLEAN);
    expect(feed.items[0]?.content).toContain("<p>Text with ]]> inside</p>");
  });

  it("JSON Feed keeps the text as it is and stays valid", () => {
    const json: unknown = JSON.parse(renderFeed("json", documentWith()));
    const validate = jsonFeedValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ title: NASTY, items: [{ title: NASTY, summary: NASTY }] });
  });

  it("gives the same text for the same document, so that the ETag holds", () => {
    for (const format of ["rss", "atom", "json"] as const) {
      expect(renderFeed(format, documentWith())).toBe(renderFeed(format, documentWith()));
    }
  });

  it("renders an empty feed validly", async () => {
    const empty = { ...documentWith(), items: [], updatedAt: undefined };
    const rss = await feedParser.parseString(renderFeed("rss", empty));
    expect(rss.items).toEqual([]);
    expect(renderFeed("rss", empty)).not.toContain("lastBuildDate");
    expect(renderFeed("atom", empty)).toContain("<updated>1970-01-01T00:00:00Z</updated>");
    expect(jsonFeedValidator()(JSON.parse(renderFeed("json", empty)))).toBe(true);
  });
});

describe("the JSON Feed schema", () => {
  it("refuses what the version forbids", () => {
    const validate = jsonFeedValidator();
    const good = JSON.parse(renderFeed("json", documentWith())) as Record<string, unknown>;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, version: "https://jsonfeed.org/version/1" })).toBe(false);
    expect(validate({ version: good["version"], items: [] })).toBe(false);
    expect(validate({ ...good, items: [{ title: "no id", content_text: "x" }] })).toBe(false);
    expect(validate({ ...good, items: [{ id: "1" }] })).toBe(false);
    expect(validate({ ...good, items: [{ id: "1", content_text: "x", date_published: "28.02.2026" }] })).toBe(
      false,
    );
    expect(validate({ ...good, items: [{ id: "1", content_text: "x", authors: [{}] }] })).toBe(false);
    expect(validate({ ...good, feed_url: "not a url" })).toBe(false);
    expect(validate({ ...good, titel: "misspelt" })).toBe(false);
    expect(validate({ ...good, _extension: { any: 1 } })).toBe(true);
  });
});

describe("links inside a body", () => {
  it("are made absolute against the item's page; others are kept", () => {
    const page = "https://example.org/en/news/item/";
    expect(
      absolutizeLinks(
        '<p><a href="/en/news/">all</a> <a href="other/">rel</a> <img src="/media/1.webp" alt="x"> <a href="https://else.org/">out</a> <a href="mailto:a@b.org">mail</a> <a href="#n1">note</a></p>',
        page,
      ),
    ).toBe(
      '<p><a href="https://example.org/en/news/">all</a> <a href="https://example.org/en/news/item/other/">rel</a> <img src="https://example.org/media/1.webp" alt="x"> <a href="https://else.org/">out</a> <a href="mailto:a@b.org">mail</a> <a href="https://example.org/en/news/item/#n1">note</a></p>',
    );
  });
});

describe("conditional requests", () => {
  const validators = { etag: strongEtag("body"), lastModified: "2026-03-01T10:00:00.400Z" };
  const ask = (ifNoneMatch?: string, ifModifiedSince?: string) =>
    isNotModified({ ifNoneMatch, ifModifiedSince }, validators);

  it("match the ETag, weakly, in a list, or *", () => {
    expect(validators.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag("body")).toBe(validators.etag);
    expect(strongEtag("body!")).not.toBe(validators.etag);
    expect(ask(validators.etag)).toBe(true);
    expect(ask(`W/${validators.etag}`)).toBe(true);
    expect(ask(`"other", ${validators.etag}`)).toBe(true);
    expect(ask("*")).toBe(true);
    expect(ask('"other"')).toBe(false);
  });

  it("compare If-Modified-Since to whole seconds, and only without If-None-Match", () => {
    expect(ask(undefined, "Sun, 01 Mar 2026 10:00:00 GMT")).toBe(true);
    expect(ask(undefined, "Sun, 01 Mar 2026 11:00:00 GMT")).toBe(true);
    expect(ask(undefined, "Sun, 01 Mar 2026 09:59:59 GMT")).toBe(false);
    expect(ask(undefined, "yesterday")).toBe(false);
    expect(ask('"other"', "Sun, 01 Mar 2026 11:00:00 GMT")).toBe(false);
    expect(
      isNotModified(
        { ifNoneMatch: undefined, ifModifiedSince: "Sun, 01 Mar 2026 11:00:00 GMT" },
        { ...validators, lastModified: undefined },
      ),
    ).toBe(false);
  });
});

describe("feedLinksFor", () => {
  it("gives the three feeds of a language, a section and a person for autodiscovery", () => {
    expect(feedLinksFor({ lang: "ru", siteName: "Пресс-центр" })).toEqual([
      { type: "application/rss+xml", title: "Пресс-центр (RSS)", href: "/ru/feed.xml" },
      { type: "application/atom+xml", title: "Пресс-центр (Atom)", href: "/ru/atom.xml" },
      { type: "application/feed+json", title: "Пресс-центр (JSON Feed)", href: "/ru/feed.json" },
    ]);
    expect(
      feedLinksFor({
        lang: "ru",
        siteName: "Пресс-центр",
        sectionPath: "news/news_odkb",
        subject: "Новости ОДКБ",
      })[0],
    ).toEqual({
      type: "application/rss+xml",
      title: "Пресс-центр — Новости ОДКБ (RSS)",
      href: "/ru/news/news_odkb/feed.xml",
    });
    expect(
      feedLinksFor({
        lang: "en",
        siteName: "Press Centre",
        personSlug: "stanislav-zas",
        subject: "Stanislav Zas",
      })[2],
    ).toEqual({
      type: "application/feed+json",
      title: "Press Centre — Stanislav Zas (JSON Feed)",
      href: "/en/people/stanislav-zas/feed.json",
    });
  });
});
