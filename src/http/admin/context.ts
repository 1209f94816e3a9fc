import type { Clock } from "../../lib/clock.js";
import type { Role } from "../../domain/roles.js";
import type { SiteDeps } from "../site/context.js";

/** The signed-in member of the press office, as handlers see them. */
export interface AdminUser {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  uiLanguage: string;
  totpEnabled: boolean;
}

/** Per-request values the auth middleware sets on the Hono context (c.get("user") …). */
export interface AdminVariables {
  user: AdminUser | undefined;
  /** The session's CSRF token, to put in every form as a hidden field named "_csrf". */
  csrfToken: string | undefined;
  /** The client address (X-Forwarded-For is trusted only when config says so). */
  clientIp: string;
}

export type AdminEnv = { Variables: AdminVariables };

/** What back-office handlers need beyond the public site's dependencies. */
export interface AdminDeps extends SiteDeps {
  clock: Clock;
}
