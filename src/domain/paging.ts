/** Largest page number accepted; anything longer is a malformed address, not a page. */
const MAX_PAGE_DIGITS = 6;

export type PageParam = { ok: true; page: number } | { ok: false; raw: string };

/**
 * Reads the page number from `?page=N`, or from the old site's `?PAGEN_1=N` so that old links keep working.
 * Absent means page 1. Anything but a positive whole number is malformed.
 */
export function parsePageParam(query: (name: string) => string | undefined): PageParam {
  const raw = query("page") ?? query("PAGEN_1");
  if (raw === undefined) return { ok: true, page: 1 };
  if (!new RegExp(`^[1-9][0-9]{0,${MAX_PAGE_DIGITS - 1}}$`).test(raw)) return { ok: false, raw };
  return { ok: true, page: Number(raw) };
}

export interface Paging {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  offset: number;
}

export function paging(page: number, pageSize: number, total: number): Paging {
  return {
    page,
    pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    offset: (page - 1) * pageSize,
  };
}
