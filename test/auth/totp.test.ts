import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
  type TotpAlgorithm,
} from "../../src/auth/totp.js";

/** RFC 6238, Appendix B: the seeds are ASCII digits, 20, 32 and 64 bytes long; codes have 8 digits. */
const SEEDS: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from("12345678901234567890", "ascii"),
  sha256: Buffer.from("12345678901234567890123456789012", "ascii"),
  sha512: Buffer.from("1234567890".repeat(6) + "1234", "ascii"),
};

const VECTORS: [number, Record<TotpAlgorithm, string>][] = [
  [59, { sha1: "94287082", sha256: "46119246", sha512: "90693936" }],
  [1111111109, { sha1: "07081804", sha256: "68084774", sha512: "25091201" }],
  [1111111111, { sha1: "14050471", sha256: "67062674", sha512: "99943326" }],
  [1234567890, { sha1: "89005924", sha256: "91819424", sha512: "93441116" }],
  [2000000000, { sha1: "69279037", sha256: "90698825", sha512: "38618901" }],
  [20000000000, { sha1: "65353130", sha256: "77737706", sha512: "47863826" }],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("matches the RFC's test vectors at T=%i", (seconds, codes) => {
    const at = new Date(seconds * 1000);
    for (const algorithm of ["sha1", "sha256", "sha512"] as const) {
      expect(totpCode(SEEDS[algorithm], at, { digits: 8, algorithm }), algorithm).toBe(codes[algorithm]);
    }
  });

  it("matches RFC 4226's HOTP values for the first counters", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314"];
    expect(expected.map((_, i) => hotp(SEEDS.sha1, i))).toEqual(expected);
  });

  it("encodes and decodes base32 as RFC 4648 does", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Encode(Buffer.from("f"))).toBe("MY");
    expect(base32Decode("mzxw 6ytb-oi======")?.toString()).toBe("foobar");
    expect(base32Decode("not base32!")).toBeUndefined();
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)?.length).toBe(20);
  });

  it("accepts codes one step either side of now, and no further", () => {
    const secret = generateTotpSecret();
    const key = base32Decode(secret) ?? Buffer.alloc(0);
    const now = new Date("2026-11-28T10:00:10Z");
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) {
      const code = hotp(key, step + offset);
      expect(verifyTotp(secret, code, now, null)).toEqual({ ok: true, step: step + offset });
    }
    for (const offset of [-2, 2]) {
      expect(verifyTotp(secret, hotp(key, step + offset), now, null).ok).toBe(false);
    }
    expect(verifyTotp(secret, "12345", now, null)).toEqual({ ok: false, reason: "malformed" });
    const spaced = hotp(key, step).replace(/^(\d{3})/, "$1 ");
    expect(verifyTotp(secret, spaced, now, null).ok).toBe(true);
  });

  it("refuses a code whose step was already used, or an older one", () => {
    const secret = generateTotpSecret();
    const key = base32Decode(secret) ?? Buffer.alloc(0);
    const now = new Date("2026-11-28T10:00:10Z");
    const step = totpStep(now);
    expect(verifyTotp(secret, hotp(key, step), now, step)).toEqual({ ok: false, reason: "reused" });
    expect(verifyTotp(secret, hotp(key, step - 1), now, step)).toEqual({ ok: false, reason: "reused" });
    expect(verifyTotp(secret, hotp(key, step + 1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it("builds an otpauth:// URI that authenticator apps import", () => {
    const uri = otpauthUri({
      secret: "JBSWY3DPEHPK3PXP",
      account: "a.b@example.org",
      issuer: "Press Centre",
    });
    expect(uri).toBe(
      "otpauth://totp/Press%20Centre:a.b%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Press+Centre&algorithm=SHA1&digits=6&period=30",
    );
  });
});
