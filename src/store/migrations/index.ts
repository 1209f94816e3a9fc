import type { Migration } from "kysely";
import type { Dialect } from "../dialect.js";
import { backOffice } from "./20261128050000_back_office.js";
import { contentModel } from "./20261128040000_content_model.js";
import { auth } from "./20261128060000_auth.js";
import { search } from "./20261128070000_search.js";

/**
 * Every migration, by timestamped name. Names sort in the order they run. A migration that has landed is never
 * edited: a change is a new migration.
 */
export function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    "20261128040000_content_model": contentModel(dialect),
    "20261128050000_back_office": backOffice(dialect),
    "20261128060000_auth": auth(),
    "20261128070000_search": search(dialect),
  };
}
