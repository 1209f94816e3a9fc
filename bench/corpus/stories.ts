import type { Story } from "./story.js";
import { exerciseStory, operationStory } from "./storiesField.js";
import { conferenceStory, councilStory, documentStory, visitStory } from "./storiesMeetings.js";
import { appointmentStory, specialStory, speechStory, statementStory } from "./storiesPress.js";

export type { Story } from "./story.js";

/** Every story, in a fixed order: the generator's choices, and so the corpus, depend on it. */
export const STORIES: readonly Story[] = [
  councilStory,
  visitStory,
  exerciseStory,
  operationStory,
  statementStory,
  appointmentStory,
  speechStory,
  specialStory,
  conferenceStory,
  documentStory,
];
