import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "./schema.js";

/**
 * Every setting an administrator can change, with its type. A stored value that no longer fits its schema is
 * ignored in favour of the default rather than breaking the site.
 */
const schemas = {
  authorMayNotApprove: z.boolean(),
};

export type SettingKey = keyof typeof schemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof schemas)[K]>;

const defaults: { [K in SettingKey]: SettingValue<K> } = {
  /** "Author may not approve their own item": on by default. */
  authorMayNotApprove: true,
};

export const SETTING_KEYS = Object.keys(schemas).filter((k): k is SettingKey => k in schemas);

export function settingDefault<K extends SettingKey>(key: K): SettingValue<K> {
  return defaults[key];
}

/** A setting's value, or its default when it was never set. */
export async function getSetting<K extends SettingKey>(
  db: Kysely<Database>,
  key: K,
): Promise<SettingValue<K>> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
  if (!row) return settingDefault(key);
  try {
    const parsed = schemas[key].safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : settingDefault(key);
  } catch {
    return settingDefault(key);
  }
}

/**
 * Stores a setting, validated against its schema. Call it inside the transaction that also appends the
 * "settings_changed" audit entry.
 */
export async function setSetting<K extends SettingKey>(
  db: Kysely<Database>,
  key: K,
  value: SettingValue<K>,
  now: string,
): Promise<void> {
  const json = JSON.stringify(schemas[key].parse(value));
  await db
    .insertInto("settings")
    .values({ key, value: json, updated_at: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: json, updated_at: now }))
    .execute();
}

/** Server-side secrets live under this prefix; they are never settings an administrator sees. */
const SECRET_PREFIX = "secret:";

/**
 * A random secret shared by every app node through the database, made on first use. Two nodes racing to make it
 * both end up with the one that was stored first.
 */
export async function sharedSecret(db: Kysely<Database>, name: string, now: string): Promise<Buffer> {
  const key = `${SECRET_PREFIX}${name}`;
  const read = async () =>
    (await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst())?.value;
  let stored = await read();
  if (stored === undefined) {
    const fresh = JSON.stringify(randomBytes(32).toString("base64url"));
    await db
      .insertInto("settings")
      .values({ key, value: fresh, updated_at: now })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    stored = await read();
  }
  const parsed = z
    .string()
    .min(32)
    .safeParse(JSON.parse(stored ?? "null"));
  if (!parsed.success) throw new Error(`The shared secret "${name}" in the settings table is malformed`);
  return Buffer.from(parsed.data, "base64url");
}
