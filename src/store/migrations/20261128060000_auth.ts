import type { Kysely, Migration } from "kysely";

/**
 * Sign-in details: the last TOTP time step a user signed in with, so that one code cannot be used twice while it
 * is still valid.
 */
export function auth(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("users").addColumn("totp_last_step", "integer").execute();
    },
  };
}
