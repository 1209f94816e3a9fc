/** Interface strings of the public people pages, merged into the site catalog by ../strings.ts. */
export const peopleEn = {
  "people.title": "People",
  "people.empty": "No people are listed yet.",
  "people.posts": "Posts",
  "people.publications": "Publications",
  "people.noPublications": "There are no publications about this person yet.",
  "people.post.since": "since {date}",
  "people.post.until": "until {date}",
  "people.post.between": "{from} – {to}",
} as const;

export const peopleRu: Record<keyof typeof peopleEn, string> = {
  "people.title": "Персоны",
  "people.empty": "Список пока пуст.",
  "people.posts": "Должности",
  "people.publications": "Публикации",
  "people.noPublications": "Публикаций об этом человеке пока нет.",
  "people.post.since": "с {date}",
  "people.post.until": "по {date}",
  "people.post.between": "{from} – {to}",
};
