import { describe, expect, it } from "vitest";
import {
  dummyPasswordHash,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
  passwordVerifier,
} from "../../src/auth/passwords.js";

describe("passwords", () => {
  it("are hashed with argon2id, salted, and verified", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(await hashPassword("correct horse battery staple")).not.toBe(hash);
    expect(await passwordVerifier.verify(hash, "correct horse battery staple")).toBe(true);
    expect(await passwordVerifier.verify(hash, "correct horse battery stapl")).toBe(false);
    expect(await passwordVerifier.verify("not a hash", "anything")).toBe(false);
    expect(await dummyPasswordHash()).toMatch(/^\$argon2id\$/);
  });

  it("must be at least 12 characters, counted as characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem("short")).toBe("too_short");
    expect(passwordProblem("elevenchars")).toBe("too_short");
    expect(passwordProblem("twelve chars")).toBeUndefined();
    expect(passwordProblem("пароль-длинн")).toBeUndefined();
    expect(passwordProblem("😀😀😀😀😀😀")).toBe("too_short");
    expect(passwordProblem(" ".repeat(20))).toBe("blank");
    expect(passwordProblem("x".repeat(1025))).toBe("too_long");
  });
});
