import { createHash, randomBytes } from "node:crypto";
import { appendAudit } from "../../audit/log.js";
import { isoNow, type Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { inTransaction, type Store } from "../../store/database.js";
import {
  findPreviewLink,
  findPreviewLinkByHash,
  insertPreviewLink,
  insertPreviewView,
  listPreviewLinksOf,
  revokePreviewLinkRow,
  type PreviewLinkSummary,
} from "../../store/previews.js";
import { findArticleRow } from "../../store/translations.js";
import { actorId, audit, requirePermission, type EditorialContext } from "./context.js";
import { invalid, isIsoInstant, toInstant } from "./fields.js";

/** The SHA-256 of a preview token: all the database keeps of it. */
export function hashPreviewToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a preview link for an accredited journalist (permission "preview.manage"). The token is returned once,
 * here, and only its hash is stored: put it in the address `/preview/<token>`.
 */
export async function createPreviewLink(
  ctx: EditorialContext,
  input: { articleId: number; label: string; expiresAt: string },
): Promise<{ linkId: number; token: string; expiresAt: string }> {
  requirePermission(ctx.actor, "preview.manage");
  const now = isoNow(ctx.clock);
  const label = input.label.trim();
  const problems: string[] = [];
  const fields: string[] = [];
  if (label === "") {
    problems.push("a preview link needs a label saying whom it is for");
    fields.push("label");
  }
  if (!isIsoInstant(input.expiresAt)) {
    problems.push("a preview link needs an expiry time (ISO 8601)");
    fields.push("expiresAt");
  } else if (toInstant(input.expiresAt) <= now) {
    problems.push("the expiry time is not in the future");
    fields.push("expiresAt");
  }
  if (problems.length > 0) throw invalid(problems, fields);
  const expiresAt = toInstant(input.expiresAt);
  const token = randomBytes(32).toString("base64url");

  return inTransaction(ctx.store.db, async (trx) => {
    const article = await findArticleRow(trx, input.articleId);
    if (!article) throw new AppError("not_found", `Article ${input.articleId} does not exist`);
    const linkId = await insertPreviewLink(
      trx,
      {
        tokenHash: hashPreviewToken(token),
        articleId: article.id,
        label,
        createdBy: actorId(ctx.actor),
        expiresAt,
      },
      now,
    );
    await audit(
      ctx,
      trx,
      "preview_link_created",
      { type: "preview_link", id: linkId },
      {
        articleId: article.id,
        label,
        expiresAt,
      },
    );
    return { linkId, token, expiresAt };
  });
}

/** Revokes a link at once (permission "preview.manage"). Revoking a revoked link changes nothing. */
export async function revokePreviewLink(
  ctx: EditorialContext,
  input: { linkId: number },
): Promise<{ revoked: boolean }> {
  requirePermission(ctx.actor, "preview.manage");
  const now = isoNow(ctx.clock);
  return inTransaction(ctx.store.db, async (trx) => {
    const link = await findPreviewLink(trx, input.linkId);
    if (!link) throw new AppError("not_found", `Preview link ${input.linkId} does not exist`);
    const revoked = await revokePreviewLinkRow(trx, link.id, now);
    if (revoked) {
      await audit(
        ctx,
        trx,
        "preview_link_revoked",
        { type: "preview_link", id: link.id },
        {
          articleId: link.articleId,
          label: link.label,
        },
      );
    }
    return { revoked };
  });
}

/** An article's preview links with their view counts (permission "preview.manage"). Tokens are never shown. */
export async function listPreviewLinks(
  ctx: EditorialContext,
  articleId: number,
): Promise<PreviewLinkSummary[]> {
  requirePermission(ctx.actor, "preview.manage");
  return listPreviewLinksOf(ctx.store.db, articleId);
}

/** What a preview page shows: the article's translations that have passed review, whatever their state. */
export interface PreviewContent {
  linkId: number;
  label: string;
  expiresAt: string;
  article: {
    id: number;
    sectionId: number;
    kind: string;
    publishedAt: string;
    eventStart: string | null;
    eventEnd: string | null;
    embargoUntil: string | null;
  };
  translations: {
    id: number;
    lang: string;
    state: string;
    slug: string;
    title: string;
    lead: string;
    /** Sanitized when saved. */
    bodyHtml: string;
    place: string | null;
    signatureText: string | null;
  }[];
}

/** States a journalist may preview: reviewed text, never a draft. */
const PREVIEWABLE = ["approved", "scheduled", "embargoed", "published"];

/**
 * Opens a preview link: the article's reviewed translations, if the link exists, is not revoked and has not
 * expired (else AppError "not_found", with `details.reason` "unknown" | "revoked" | "expired"). Every opening
 * is logged as a preview view and audited as "preview_viewed", with the address and browser given.
 */
export async function openPreview(
  deps: { store: Store; clock?: Clock | undefined },
  input: { token: string; ip?: string | undefined; userAgent?: string | undefined },
): Promise<PreviewContent> {
  const now = isoNow(deps.clock);
  return inTransaction(deps.store.db, async (trx) => {
    const link = await findPreviewLinkByHash(trx, hashPreviewToken(input.token));
    if (!link) throw unavailable("unknown", "There is no such preview link");
    if (link.revokedAt !== null) throw unavailable("revoked", "This preview link has been revoked");
    if (link.expiresAt <= now) throw unavailable("expired", "This preview link has expired");
    const article = await findArticleRow(trx, link.articleId);
    if (!article) throw unavailable("unknown", "There is no such preview link");
    const translations = await trx
      .selectFrom("article_translations")
      .select(["id", "lang", "state", "slug", "title", "lead", "body_html", "place", "signature_text"])
      .where("article_id", "=", article.id)
      .where("state", "in", PREVIEWABLE)
      .orderBy("lang")
      .execute();
    await insertPreviewView(trx, {
      linkId: link.id,
      viewedAt: now,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    });
    await appendAudit(
      { db: trx, dialect: deps.store.dialect },
      {
        action: "preview_viewed",
        actorId: null,
        actorLabel: `preview link ${link.id}: ${link.label}`,
        subjectType: "preview_link",
        subjectId: link.id,
        details: { articleId: article.id, userAgent: input.userAgent?.slice(0, 200) ?? null },
        ip: input.ip,
      },
      deps.clock,
    );
    return {
      linkId: link.id,
      label: link.label,
      expiresAt: link.expiresAt,
      article: {
        id: article.id,
        sectionId: article.section_id,
        kind: article.kind,
        publishedAt: article.published_at,
        eventStart: article.event_start,
        eventEnd: article.event_end,
        embargoUntil: article.embargo_until,
      },
      translations: translations.map((t) => ({
        id: t.id,
        lang: t.lang,
        state: t.state,
        slug: t.slug,
        title: t.title,
        lead: t.lead,
        bodyHtml: t.body_html,
        place: t.place,
        signatureText: t.signature_text,
      })),
    };
  });
}

function unavailable(reason: "unknown" | "revoked" | "expired", message: string): AppError {
  return new AppError("not_found", message, { reason });
}
