import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";

describe("metricsToken configuration", () => {
  const cwd = "/nonexistent-dir-for-config-tests";

  it("is unset by default, and read from PRESSROOM_METRICS_TOKEN", () => {
    expect(loadConfig({}, cwd).metricsToken).toBeUndefined();
    const token = "a".repeat(32);
    expect(loadConfig({ PRESSROOM_METRICS_TOKEN: token }, cwd).metricsToken).toBe(token);
  });

  it("refuses a guessable or malformed token, naming the variable but not echoing the value", () => {
    for (const bad of ["short", "has spaces in the middle of it"]) {
      try {
        loadConfig({ PRESSROOM_METRICS_TOKEN: bad }, cwd);
        expect.unreachable("a bad token must be refused");
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        const message = (error as ConfigError).message;
        expect(message).toContain("PRESSROOM_METRICS_TOKEN");
        expect(message).not.toContain(bad);
      }
    }
  });
});
