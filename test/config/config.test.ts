import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";

function problemsOf(env: Record<string, string>, cwd = tmpdir()): string[] {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("works with nothing set, as `npm start` needs", () => {
    const config = loadConfig({}, mkdtempSync(join(tmpdir(), "cfg-")));
    expect(config).toMatchObject({
      port: 3000,
      dataDir: "./data",
      languages: ["en", "ru"],
      defaultLanguage: "en",
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it("reads a config file and lets environment variables override it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    writeFileSync(
      join(dir, "pressroom.config.json"),
      JSON.stringify({
        port: 4000,
        languages: ["ru", "en"],
        defaultLanguage: "ru",
        siteName: { en: "CSTO", ru: "ОДКБ" },
      }),
    );
    const config = loadConfig({ PORT: "5000", DATABASE_URL: "postgres://db.internal/pressroom" }, dir);
    expect(config.port).toBe(5000);
    expect(config.defaultLanguage).toBe("ru");
    expect(config.siteName["ru"]).toBe("ОДКБ");
    expect(config.databaseUrl).toBe("postgres://db.internal/pressroom");
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      PORT: "99999",
      PRESSROOM_LANGUAGES: "en,EN",
      PRESSROOM_DEFAULT_LANGUAGE: "fr",
      PRESSROOM_DEMO: "maybe",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT \(port\)/),
        expect.stringMatching(/^PRESSROOM_LANGUAGES \(languages\.1\)/),
        expect.stringMatching(
          /^PRESSROOM_DEFAULT_LANGUAGE \(defaultLanguage\): must be one of the configured languages/,
        ),
        "PRESSROOM_DEMO: must be true or false",
      ]),
    );
  });

  it("names a broken config file and unknown keys in it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    writeFileSync(join(dir, "broken.json"), "{ port: 1 ");
    expect(problemsOf({ PRESSROOM_CONFIG: "broken.json" }, dir)[0]).toMatch(/broken\.json: not valid JSON/);
    writeFileSync(join(dir, "pressroom.config.json"), JSON.stringify({ prot: 3000 }));
    expect(problemsOf({}, dir)).toEqual([expect.stringMatching(/prot/)]);
    expect(problemsOf({ PRESSROOM_CONFIG: "absent.json" }, dir)[0]).toMatch(
      /PRESSROOM_CONFIG: file not found/,
    );
  });
});
