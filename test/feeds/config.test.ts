import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";

const emptyDir = (): string => mkdtempSync(join(tmpdir(), "cfg-feeds-"));

describe("feedContent configuration", () => {
  it("serves the lead by default and the full text when PRESSROOM_FEED_CONTENT=full", () => {
    expect(loadConfig({}, emptyDir()).feedContent).toBe("lead");
    expect(loadConfig({ PRESSROOM_FEED_CONTENT: "full" }, emptyDir()).feedContent).toBe("full");
    expect(loadConfig({ PRESSROOM_FEED_CONTENT: "lead" }, emptyDir()).feedContent).toBe("lead");
  });

  it("names the variable when its value is not lead or full", () => {
    try {
      loadConfig({ PRESSROOM_FEED_CONTENT: "everything" }, emptyDir());
      expect.unreachable("an unknown value must be refused");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^PRESSROOM_FEED_CONTENT \(feedContent\): /),
      ]);
    }
  });
});
