import { describe, expect, it } from "vitest";
import { decodeChange, encodeChange } from "../../src/cluster/changeMessages.js";

describe("change messages between nodes", () => {
  it("carries a change and its sender unchanged", () => {
    const change = { articleIds: [3, 7], listLangs: ["ru"], everything: false };
    expect(decodeChange(encodeChange("node-1", change))).toEqual({ node: "node-1", change });
  });

  it("sends a change too large for a notification as 'drop everything', under PostgreSQL's 8000 bytes", () => {
    const articleIds = Array.from({ length: 5000 }, (_, i) => i + 1);
    const payload = encodeChange("node-1", { articleIds, listLangs: ["en"], everything: false });
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(decodeChange(payload).change).toEqual({ articleIds: [], listLangs: [], everything: true });
  });

  it("takes an unreadable payload as 'drop everything' rather than ignore it", () => {
    for (const payload of [undefined, "", "not json", '{"articleIds":"x"}', "[1,2]"]) {
      expect(decodeChange(payload).change.everything).toBe(true);
    }
  });
});
