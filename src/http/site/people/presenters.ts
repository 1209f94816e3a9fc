import { formatDateRange } from "../../../i18n/dates.js";
import type { Translate } from "../../../i18n/strings.js";
import type { PublicPerson, PublicPost } from "../../../store/peoplePages.js";
import { personUrl } from "./urls.js";

/** A post as the person's page lists it: "CSTO Secretary General", "since 1 January 2020". */
export interface PostModel {
  title: string;
  /** Empty when neither date is known. */
  dates: string;
}

export interface PersonSummary {
  name: string;
  href: string;
  /** The posts held now, by title. */
  currentPosts: string[];
}

/** A calendar date in words, with no time zone: "1 January 2020", "1 января 2020 г.". */
function calendarDate(date: string, lang: string): string {
  return formatDateRange(date, null, lang);
}

export function presentPost(post: PublicPost, t: Translate, lang: string): PostModel {
  const { startedOn, endedOn } = post;
  let dates = "";
  if (startedOn !== null && endedOn !== null) {
    dates = t("people.post.between", {
      from: calendarDate(startedOn, lang),
      to: calendarDate(endedOn, lang),
    });
  } else if (startedOn !== null) {
    dates = t("people.post.since", { date: calendarDate(startedOn, lang) });
  } else if (endedOn !== null) {
    dates = t("people.post.until", { date: calendarDate(endedOn, lang) });
  }
  return { title: post.title, dates };
}

/** Held on the given day: not ended before it, and not starting after it. Undated posts count as held. */
export function isCurrentPost(post: PublicPost, today: string): boolean {
  return (
    (post.endedOn === null || post.endedOn >= today) && (post.startedOn === null || post.startedOn <= today)
  );
}

/** The index's entries, in the alphabetical order of the language. */
export function presentPeople(people: readonly PublicPerson[], lang: string, today: string): PersonSummary[] {
  const collator = new Intl.Collator(lang);
  return [...people]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((person) => ({
      name: person.name,
      href: personUrl(lang, person.slug),
      currentPosts: person.posts.filter((post) => isCurrentPost(post, today)).map((post) => post.title),
    }));
}
