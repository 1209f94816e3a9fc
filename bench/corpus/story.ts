import type { ArticleKind } from "../../src/domain/content.js";
import type { TenuredRole } from "./people.js";
import type { Template } from "./template.js";

/**
 * The kinds of story a press centre publishes, each with its section, its kind of item, how often it appears, who
 * it is about, and its own titles, leads, opening sentences and body sentences. Generic sentences shared by all
 * stories live in sentences.ts; the stories themselves in stories*.ts.
 */
export interface Story {
  key: string;
  /** A section key of the demo site (src/demo/content/sections.ts). */
  sectionKey: string;
  kinds: readonly ArticleKind[];
  weight: number;
  /** Who "p" is: the holder of one of the organisation's posts on the item's date, or a guest official. */
  protagonist: TenuredRole | "guest" | "anyone";
  /** The place column gets the item's city. */
  hasPlace: boolean;
  /** Share of items signed: by the protagonist, or by the press secretary of the day. */
  signed?: { share: number; by: "protagonist" | "pressSecretary" };
  titles: Template[];
  leads: Template[];
  openers: Template[];
  sentences: Template[];
}
