import type { Context } from "hono";
import type {
  ArticleFieldsInput,
  EditorArticle,
  EditorTranslation,
  SaveTranslationInput,
  SignatureInput,
} from "../../../commands/editorial/index.js";
import { isCalendarDate } from "../../../domain/content.js";
import type { AdminTranslate } from "../../../i18n/admin.js";
import { AppError } from "../../../lib/errors.js";
import type { AdminEnv } from "../context.js";
import type { LinkedProblem } from "../views/items/parts.js";
import type { ColumnValues, DetailsModel } from "../views/items/types.js";
import { signatureValue } from "./editorOptions.js";
import { columnValues, detailValues } from "./editorModel.js";
import { fromLocalInput } from "../../../i18n/localTime.js";

/**
 * A save as the language's form posts it, or as the autosave script sends it (JSON with the same field names, only
 * the fields that changed). `details` says whether the shared fields were sent: an empty people list then means
 * "nobody" rather than "not sent".
 */
export interface Submission {
  fields: Map<string, string>;
  peopleIds: string[];
  detailsSent: boolean;
}

const TEXT_FIELDS = [
  "baseVersion",
  "title",
  "slug",
  "lead",
  "bodyHtml",
  "place",
  "signature",
  "correction",
  "correctionNote",
  "details",
  "sectionId",
  "kind",
  "publishedAt",
  "eventStart",
  "eventEnd",
] as const;

export async function readSubmission(c: Context<AdminEnv>): Promise<Submission> {
  const fields = new Map<string, string>();
  let people: unknown[] = [];
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new AppError("bad_request", "The body must be a JSON object");
    }
    for (const key of TEXT_FIELDS) {
      const value: unknown = Reflect.get(body, key);
      if (typeof value === "string") fields.set(key, value);
      else if (typeof value === "number" && Number.isFinite(value)) fields.set(key, String(value));
    }
    const list: unknown = Reflect.get(body, "peopleIds");
    if (Array.isArray(list)) people = list;
  } else {
    const body = await c.req.parseBody({ all: true });
    for (const key of TEXT_FIELDS) {
      const value = body[key];
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === "string") fields.set(key, first);
    }
    const list = body["peopleIds"];
    people = Array.isArray(list) ? list : list === undefined ? [] : [list];
  }
  return {
    fields,
    peopleIds: people.flatMap((p) => (typeof p === "string" || typeof p === "number" ? [String(p)] : [])),
    detailsSent: fields.get("details") === "1",
  };
}

/** The form's text values as sent, over the stored ones (for showing a refused save again). */
export function submittedValues(sub: Submission, tr: EditorTranslation | undefined): ColumnValues {
  const stored: ColumnValues = tr
    ? columnValues(tr)
    : {
        title: "",
        slug: "",
        lead: "",
        bodyHtml: "",
        place: "",
        signature: "",
        correction: false,
        correctionNote: "",
      };
  const f = sub.fields;
  return {
    title: f.get("title") ?? stored.title,
    slug: f.get("slug") ?? stored.slug,
    lead: f.get("lead") ?? stored.lead,
    bodyHtml: f.get("bodyHtml") ?? stored.bodyHtml,
    place: f.get("place") ?? stored.place,
    signature: f.get("signature") ?? stored.signature,
    correction: f.get("correction") === "1",
    correctionNote: f.get("correctionNote") ?? "",
  };
}

/** The shared fields as sent, when they were. */
export function submittedDetails(sub: Submission, article: EditorArticle, timeZone: string) {
  if (!sub.detailsSent) return undefined;
  const stored = detailValues(article, timeZone);
  const f = sub.fields;
  return {
    sectionId: f.get("sectionId") ?? stored.sectionId,
    kind: f.get("kind") ?? stored.kind,
    publishedAt: f.get("publishedAt") ?? stored.publishedAt,
    eventStart: f.get("eventStart") ?? stored.eventStart,
    eventEnd: f.get("eventEnd") ?? stored.eventEnd,
    peopleIds: sub.peopleIds,
  } satisfies DetailsModel["values"];
}

/** A picked byline: "" removes it, "keep" (or the stored pick) leaves it as printed; else "person:post". */
export function signatureOf(
  value: string | undefined,
  stored: EditorTranslation["signature"] | undefined,
): SignatureInput | null | undefined | "invalid" {
  if (value === undefined || value === "keep") return undefined;
  if (value === "") return stored && stored.personId === null && stored.text === null ? undefined : null;
  if (stored && value === signatureValue(stored)) return undefined;
  const match = /^([1-9]\d{0,9}):([1-9]\d{0,9})?$/.exec(value);
  if (!match) return "invalid";
  return { personId: Number(match[1]), postId: match[2] === undefined ? undefined : Number(match[2]) };
}

/**
 * The save of an existing translation, from what was sent. Only shared fields that differ from the stored ones
 * are passed on: changing them needs the right to edit every language, and an untouched form must not ask for it.
 * An emptied address is left to `suggestedSlug` (made from the title by the caller).
 */
export function saveInputOf(
  sub: Submission,
  article: EditorArticle,
  tr: EditorTranslation,
  timeZone: string,
  t: AdminTranslate,
): { input: SaveTranslationInput; problems: LinkedProblem[]; wantsSlugSuggestion: boolean } {
  const f = sub.fields;
  const lang = tr.lang;
  const problems: LinkedProblem[] = [];
  const baseVersion = Number(f.get("baseVersion") ?? "");
  if (!Number.isSafeInteger(baseVersion) || baseVersion < 1) {
    throw new AppError("bad_request", "The save names no version it is based on (baseVersion)");
  }
  const title = f.get("title");
  if (title !== undefined && title.trim() === "") {
    problems.push({ field: `${lang}-title`, message: t("editor.problem.title") });
  }
  const slug = f.get("slug")?.trim();
  const place = f.get("place");
  const signature = signatureOf(f.get("signature"), tr.signature);
  if (signature === "invalid") {
    problems.push({ field: `${lang}-signature`, message: t("editor.problem.signature") });
  }
  let correction: { note: string } | undefined;
  if (tr.state === "published" && f.get("correction") === "1") {
    const note = (f.get("correctionNote") ?? "").trim();
    if (note === "")
      problems.push({ field: `${lang}-correction-note`, message: t("editor.problem.correction") });
    correction = { note };
  }
  const details = sub.detailsSent ? detailChanges(sub, article, timeZone, t, problems) : undefined;
  return {
    input: {
      translationId: tr.id,
      baseVersion,
      title,
      lead: f.get("lead"),
      bodyHtml: f.get("bodyHtml"),
      slug: slug === "" ? undefined : slug,
      place: place === undefined ? undefined : place.trim() === "" ? null : place,
      signature: signature === "invalid" ? undefined : signature,
      article: details,
      correction,
    },
    problems,
    wantsSlugSuggestion: slug === "" && tr.firstPublishedAt === null,
  };
}

/** The shared fields that were sent and differ from the stored ones, checked. */
function detailChanges(
  sub: Submission,
  article: EditorArticle,
  timeZone: string,
  t: AdminTranslate,
  problems: LinkedProblem[],
): ArticleFieldsInput | undefined {
  const sent = submittedDetails(sub, article, timeZone);
  if (!sent) return undefined;
  const stored = detailValues(article, timeZone);
  const changes: ArticleFieldsInput = {};
  if (sent.sectionId !== stored.sectionId) {
    const id = /^[1-9]\d{0,9}$/.test(sent.sectionId) ? Number(sent.sectionId) : undefined;
    if (id === undefined) problems.push({ field: "item-section", message: t("newItem.badSection") });
    else changes.sectionId = id;
  }
  if (sent.kind !== stored.kind) changes.kind = sent.kind;
  if (sent.publishedAt !== stored.publishedAt) {
    const instant = fromLocalInput(sent.publishedAt, timeZone);
    if (instant === undefined)
      problems.push({ field: "item-published", message: t("editor.problem.publishedAt") });
    else changes.publishedAt = instant;
  }
  for (const [key, id] of [
    ["eventStart", "item-event-start"],
    ["eventEnd", "item-event-end"],
  ] as const) {
    const value = sent[key].trim();
    if (value === stored[key]) continue;
    if (value !== "" && !isCalendarDate(value))
      problems.push({ field: id, message: t("editor.problem.date") });
    else changes[key] = value === "" ? null : value;
  }
  if (sent.eventStart && sent.eventEnd && sent.eventEnd < sent.eventStart) {
    problems.push({ field: "item-event-end", message: t("editor.problem.eventEnd") });
  }
  const people = [...new Set(sent.peopleIds)].sort();
  if (people.join(",") !== [...stored.peopleIds].sort().join(",")) {
    if (people.some((p) => !/^[1-9]\d{0,9}$/.test(p))) {
      problems.push({ field: "item-people", message: t("editor.problem.people") });
    } else changes.peopleIds = people.map(Number);
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** A refused save's problems in the member's language, each tied to the field it concerns. */
export function problemsOfError(error: AppError, lang: string, t: AdminTranslate): LinkedProblem[] {
  if (error.code === "slug_taken") return [{ field: `${lang}-slug`, message: t("editor.problem.slugTaken") }];
  const problems = asStrings(error.details?.["problems"]);
  const fields = asStrings(error.details?.["fields"]);
  const known: Record<string, { id: string; message?: string }> = {
    title: { id: `${lang}-title`, message: t("editor.problem.title") },
    slug: { id: `${lang}-slug`, message: t("editor.problem.slug") },
    signature: { id: `${lang}-signature` },
    correction: { id: `${lang}-correction-note`, message: t("editor.problem.correction") },
    sectionId: { id: "item-section" },
    kind: { id: "item-kind", message: t("newItem.badKind") },
    publishedAt: { id: "item-published", message: t("editor.problem.publishedAt") },
    eventStart: { id: "item-event-start" },
    eventEnd: { id: "item-event-end" },
    peopleIds: { id: "item-people" },
  };
  if (problems.length === 0) return [{ field: "", message: error.message }];
  return problems.map((problem, i) => {
    const field = fields.length === problems.length ? fields[i] : fields.length === 1 ? fields[0] : undefined;
    const entry = field === undefined ? undefined : known[field];
    return { field: entry?.id ?? "", message: entry?.message ?? problem };
  });
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
