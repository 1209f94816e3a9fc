import type { Dialect } from "../store/dialect.js";
import { allMigrations } from "../store/migrations/index.js";

/** The newest migration this build knows: the schema an export was made from. Names sort in run order. */
export function latestSchema(dialect: Dialect): string {
  return Object.keys(allMigrations(dialect)).sort().at(-1) ?? "none";
}

/** Whether this build knows a schema, i.e. can hold everything an archive made from it carries. */
export function isKnownSchema(dialect: Dialect, schema: string): boolean {
  return schema in allMigrations(dialect);
}
