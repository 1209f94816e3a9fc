/**
 * Roles of the press office, each including what the one before it may do:
 * correspondent ⊂ editor ⊂ publisher ⊂ administrator.
 */
export const ROLES = ["correspondent", "editor", "publisher", "administrator"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Everything the back office lets someone do; checked on the server for every action. */
export type Permission =
  | "article.create"
  | "article.editOwnDraft"
  | "article.editAnyDraft"
  | "article.submit"
  | "article.review"
  | "article.publish"
  | "article.schedule"
  | "article.embargo"
  | "article.unpublish"
  | "article.correct"
  | "article.delete"
  | "preview.manage"
  | "media.upload"
  | "users.manage"
  | "sections.manage"
  | "settings.manage"
  | "audit.read";

const grants: Record<Role, readonly Permission[]> = {
  correspondent: ["article.create", "article.editOwnDraft", "article.submit", "media.upload"],
  editor: ["article.editAnyDraft", "article.review"],
  publisher: [
    "article.publish",
    "article.schedule",
    "article.embargo",
    "article.unpublish",
    "article.correct",
    "article.delete",
    "preview.manage",
  ],
  administrator: ["users.manage", "sections.manage", "settings.manage", "audit.read"],
};

/** The permissions of a role, including those of the roles below it. */
export function permissionsOf(role: Role): ReadonlySet<Permission> {
  const upTo = ROLES.indexOf(role);
  return new Set(ROLES.slice(0, upTo + 1).flatMap((r) => grants[r]));
}

export function can(role: Role, permission: Permission): boolean {
  return permissionsOf(role).has(permission);
}
