import { Hono } from "hono";
import type { AuditAction } from "../../../audit/log.js";
import { paging, parsePageParam } from "../../../domain/paging.js";
import { AppError } from "../../../lib/errors.js";
import { listAuditEntries } from "../../../store/auditEntries.js";
import type { AdminDeps, AdminEnv } from "../context.js";
import { AuditPage, type AuditModel } from "../views/AuditPage.js";
import { adminShell, sendAdminPage } from "../views/shell.js";
import { requirePermission } from "./middleware.js";

/** Every action the log records; a Record so that the compiler notices a new action missing from the filter. */
const ACTIONS: Record<AuditAction, true> = {
  sign_in: true,
  sign_in_failed: true,
  sign_out: true,
  second_factor_enabled: true,
  second_factor_disabled: true,
  user_created: true,
  user_disabled: true,
  user_enabled: true,
  role_changed: true,
  password_changed: true,
  article_created: true,
  article_deleted: true,
  submitted: true,
  returned: true,
  approved: true,
  published: true,
  scheduled: true,
  unscheduled: true,
  embargoed: true,
  embargo_released: true,
  embargo_lifted: true,
  unpublished: true,
  reopened: true,
  corrected: true,
  published_text_edited: true,
  revision_restored: true,
  preview_link_created: true,
  preview_link_revoked: true,
  preview_viewed: true,
  section_created: true,
  section_changed: true,
  settings_changed: true,
  media_uploaded: true,
  media_deleted: true,
};
const ACTION_NAMES = Object.keys(ACTIONS).sort();

const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" as the instant its UTC day starts, optionally some days later; undefined when malformed. */
function dayStart(date: string, plusDays = 0): string | undefined {
  if (!DATE.test(date)) return undefined;
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + plusDays * 86_400_000).toISOString();
}

/** /admin/audit: the audit log for administrators, filtered by action, actor and dates, newest first. */
export function auditRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  app.use("*", requirePermission("audit.read"));

  app.get("/", async (c) => {
    const filter = {
      action: c.req.query("action") ?? "",
      actor: (c.req.query("actor") ?? "").trim().slice(0, 200),
      from: c.req.query("from") ?? "",
      to: c.req.query("to") ?? "",
    };
    if (filter.action !== "" && !ACTION_NAMES.includes(filter.action)) {
      throw new AppError("bad_request", `Unknown action "${filter.action}"`);
    }
    const from = filter.from === "" ? undefined : dayStart(filter.from);
    const before = filter.to === "" ? undefined : dayStart(filter.to, 1);
    if ((filter.from !== "" && !from) || (filter.to !== "" && !before)) {
      throw new AppError("bad_request", "Dates must be given as YYYY-MM-DD");
    }
    const pageParam = parsePageParam((name) => c.req.query(name));
    if (!pageParam.ok) throw new AppError("invalid_page", `"${pageParam.raw}" is not a page number`);

    const { entries, total } = await listAuditEntries(
      deps.store.db,
      { action: filter.action || undefined, actor: filter.actor || undefined, from, before },
      { limit: PAGE_SIZE, offset: (pageParam.page - 1) * PAGE_SIZE },
    );
    const pages = paging(pageParam.page, PAGE_SIZE, total);
    const hrefOf = (page: number) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filter)) if (value !== "") query.set(key, value);
      if (page > 1) query.set("page", String(page));
      const text = query.toString();
      return text ? `/admin/audit?${text}` : "/admin/audit";
    };
    const model: AuditModel = {
      rows: entries.map((e) => ({
        id: e.id,
        at: e.at,
        atText: e.at.slice(0, 19).replace("T", " "),
        actor: e.actorLabel,
        action: e.action,
        subject: e.subjectType ? `${e.subjectType} ${e.subjectId ?? ""}`.trim() : "",
        details: e.details === "{}" ? "" : e.details,
        ip: e.ip ?? "",
      })),
      total,
      actions: ACTION_NAMES,
      filter,
      page: pages.page,
      pageCount: pages.pageCount,
      previousHref: pages.page > 1 ? hrefOf(pages.page - 1) : undefined,
      nextHref: pages.page < pages.pageCount ? hrefOf(pages.page + 1) : undefined,
    };
    return sendAdminPage(c, <AuditPage shell={adminShell(c, deps, "audit")} model={model} />);
  });

  return app;
}
