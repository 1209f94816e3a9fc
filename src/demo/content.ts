import { cooperationArticles } from "./content/cooperation.js";
import { missionArticles } from "./content/mission.js";
import { demoPeople } from "./content/people.js";
import { pressCentreArticles } from "./content/press-centre.js";
import { demoSections } from "./content/sections.js";
import type { DemoContent } from "./types.js";

export { cooperationArticles } from "./content/cooperation.js";
export { missionArticles } from "./content/mission.js";
export { demoPeople } from "./content/people.js";
export { pressCentreArticles } from "./content/press-centre.js";
export { demoSections } from "./content/sections.js";

/**
 * What a new installation shows first: the sections of the old CSTO site, the people its pages name,
 * and articles in Russian and English retold from a page of that site, plus the press centre's own notices.
 */
export const demoContent: DemoContent = {
  sections: demoSections,
  people: demoPeople,
  articles: [...cooperationArticles, ...missionArticles, ...pressCentreArticles],
};
