import { archiveEn, archiveRu } from "./site/archive.js";
import { discoveryEn, discoveryRu } from "./site/discovery.js";
import { peopleEn, peopleRu } from "./site/people.js";
import { searchEn, searchRu } from "./site/search.js";

/** Interface strings. English is the reference; every other language must define every key. */
const en = {
  ...searchEn,
  ...archiveEn,
  ...peopleEn,
  ...discoveryEn,
  "site.skipToContent": "Skip to content",
  "site.languageName": "English",
  "site.mainNavigation": "Sections",
  "site.languageSwitch": "Language",
  "site.footer": "Official news of the press centre.",
  "home.latest": "Latest news",
  "home.sections": "Sections",
  "home.allNews": "All news",
  "list.empty": "There are no items here yet.",
  "list.subsections": "Subsections",
  "list.readMore": "Read more",
  "paging.label": "Pages",
  "paging.previous": "Previous page",
  "paging.next": "Next page",
  "paging.page": "Page {n}",
  "paging.pageOf": "Page {n} of {total}",
  "article.published": "Published",
  "article.event": "Dates",
  "article.place": "Place",
  "article.goBack": "Go back",
  "article.backToSection": "Back to the section",
  "article.backToAllNews": "Back to the all news",
  "article.readIn": "Read in {language}",
  "article.navigation": "Article navigation",
  "article.corrections": "Corrections",
  "article.correctedOn": "Corrected on {date}: {note}",
  "media.attachments": "Attachments",
  "media.type.pdf": "PDF document",
  "media.type.docx": "Word document",
  "media.type.file": "File",
  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "sidebar.title": "Latest news",
  "breadcrumbs.label": "Breadcrumbs",
  "breadcrumbs.home": "Home",
  "error.notFound.title": "Page not found",
  "error.notFound.text":
    "There is no page at this address. It may have moved, or the address may be mistyped.",
  "error.badRequest.title": "Bad request",
  "error.badRequest.text": "The address has a parameter this site cannot understand.",
  "error.invalidPage.text": "The page number must be a whole number from 1 up.",
  "error.server.title": "Something went wrong",
  "error.server.text": "The page could not be shown. Please try again in a moment.",
  "error.toHome": "Go to the home page",
  "preview.embargoed": "Embargoed — not for publication until {time}",
  "preview.unpublished": "Preview — not yet published and not for publication",
  "preview.published": "Preview link — this item has been published",
  "preview.link": "Preview link for {label}, valid until {time}. Please do not share it.",
  "preview.unknown.title": "No such preview",
  "preview.unknown.text":
    "This preview link does not exist. Check that the whole address was copied, or ask the press office.",
  "preview.expired.title": "This preview link has expired",
  "preview.expired.text": "The link is no longer valid. Ask the press office for a new one.",
  "preview.revoked.title": "This preview link has been withdrawn",
  "preview.revoked.text": "The press office has withdrawn this link. Ask them for a new one if you need it.",
  "preview.empty.title": "Nothing to preview yet",
  "preview.empty.text": "No language of this item has passed review yet. Please try again later.",
} as const;

export type StringKey = keyof typeof en;
type Strings = Record<StringKey, string>;

const ru: Strings = {
  ...searchRu,
  ...archiveRu,
  ...peopleRu,
  ...discoveryRu,
  "site.skipToContent": "Перейти к содержанию",
  "site.languageName": "Русский",
  "site.mainNavigation": "Разделы",
  "site.languageSwitch": "Язык",
  "site.footer": "Официальные новости пресс-центра.",
  "home.latest": "Последние новости",
  "home.sections": "Разделы",
  "home.allNews": "Все новости",
  "list.empty": "Здесь пока нет материалов.",
  "list.subsections": "Подразделы",
  "list.readMore": "Подробнее",
  "paging.label": "Страницы",
  "paging.previous": "Предыдущая страница",
  "paging.next": "Следующая страница",
  "paging.page": "Страница {n}",
  "paging.pageOf": "Страница {n} из {total}",
  "article.published": "Опубликовано",
  "article.event": "Даты",
  "article.place": "Место",
  "article.goBack": "Назад",
  "article.backToSection": "Вернуться в раздел",
  "article.backToAllNews": "Вернуться ко всем новостям",
  "article.readIn": "Читать на языке: {language}",
  "article.navigation": "Навигация по материалу",
  "article.corrections": "Исправления",
  "article.correctedOn": "Исправлено {date}: {note}",
  "media.attachments": "Документы",
  "media.type.pdf": "Документ PDF",
  "media.type.docx": "Документ Word",
  "media.type.file": "Файл",
  "size.bytes": "{n}\u00a0Б",
  "size.kb": "{n}\u00a0КБ",
  "size.mb": "{n}\u00a0МБ",
  "size.gb": "{n}\u00a0ГБ",
  "sidebar.title": "Последние новости",
  "breadcrumbs.label": "Навигационная цепочка",
  "breadcrumbs.home": "Главная",
  "error.notFound.title": "Страница не найдена",
  "error.notFound.text": "По этому адресу страницы нет. Возможно, она перемещена или в адресе опечатка.",
  "error.badRequest.title": "Неверный запрос",
  "error.badRequest.text": "В адресе есть параметр, который сайт не может разобрать.",
  "error.invalidPage.text": "Номер страницы должен быть целым числом от 1.",
  "error.server.title": "Что-то пошло не так",
  "error.server.text": "Страницу не удалось показать. Попробуйте ещё раз через минуту.",
  "error.toHome": "На главную",
  "preview.embargoed": "Эмбарго — не для публикации до {time}",
  "preview.unpublished": "Предварительный просмотр — материал ещё не опубликован, не для публикации",
  "preview.published": "Ссылка для предпросмотра — материал уже опубликован",
  "preview.link": "Ссылка для предпросмотра ({label}) действует до {time}. Пожалуйста, не передавайте её.",
  "preview.unknown.title": "Такой ссылки нет",
  "preview.unknown.text":
    "Ссылки для предпросмотра с таким адресом нет. Проверьте, что адрес скопирован полностью, или обратитесь в пресс-службу.",
  "preview.expired.title": "Срок действия ссылки истёк",
  "preview.expired.text": "Ссылка больше не действует. Попросите в пресс-службе новую.",
  "preview.revoked.title": "Ссылка отозвана",
  "preview.revoked.text": "Пресс-служба отозвала эту ссылку. При необходимости попросите новую.",
  "preview.empty.title": "Пока нечего показать",
  "preview.empty.text": "Ни один язык этого материала ещё не прошёл проверку. Попробуйте позже.",
};

const catalogs: Record<string, Strings> = { en, ru };

/** A translator for one language: t("paging.page", { n: 2 }). Unknown languages fall back to English. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function translator(lang: string): Translate {
  const catalog = catalogs[lang] ?? en;
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
  };
}

/** Whether the interface has strings for a language (others are shown in English). */
export function hasCatalog(lang: string): boolean {
  return lang in catalogs;
}

export const catalogKeys = Object.keys(en) as StringKey[];
export const allCatalogs: Readonly<Record<string, Strings>> = catalogs;
