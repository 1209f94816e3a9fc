import { parseArgs } from "node:util";
import { MIN_PASSWORD_LENGTH } from "../auth/passwords.js";
import { resetSecondFactor } from "../auth/secondFactor.js";
import {
  addUser,
  changePassword,
  changeRole,
  CLI_ACTOR,
  disableUser,
  enableUser,
} from "../commands/users.js";
import { ROLES } from "../domain/roles.js";
import { systemClock } from "../lib/clock.js";
import type { Store } from "../store/database.js";
import { findUserByEmail, listUsers, type UserRecord } from "../store/users.js";
import { openCliContext } from "./context.js";
import { promptHidden, readFirstLine } from "./secretInput.js";

export const userUsage = `  user add --email E --name N --role R [--language L] [--password-stdin]
                                Create an account (roles: ${ROLES.join(", ")})
  user passwd EMAIL [--password-stdin]
                                Set a new password; the user's sessions end
  user role EMAIL ROLE          Give a user another role
  user totp-reset EMAIL         Turn off two-step sign-in for someone who lost their device
  user disable EMAIL            Disable an account; its sessions end at once
  user enable EMAIL             Enable a disabled account
  user list                     List the accounts`;

/** The password from the first line of stdin, or asked twice on the terminal without echo. */
async function readPassword(fromStdin: boolean): Promise<string | undefined> {
  if (fromStdin) return readFirstLine();
  if (!process.stdin.isTTY) {
    console.error(
      "pressroom: there is no terminal to ask for the password; pipe it in with --password-stdin",
    );
    return undefined;
  }
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await promptHidden("The same password again: ");
  if (first !== second) {
    console.error("pressroom: the two passwords differ; nothing was changed");
    return undefined;
  }
  return first;
}

async function requireUser(store: Store, email: string | undefined): Promise<UserRecord | undefined> {
  if (!email) {
    console.error("pressroom: name the user by e-mail");
    return undefined;
  }
  const user = await findUserByEmail(store.db, email);
  if (!user) console.error(`pressroom: there is no user with the e-mail ${email}`);
  return user;
}

/** `pressroom user add|passwd|role|disable|enable|list …` */
export async function runUser(args: readonly string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      language: { type: "string", default: "en" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  if (!["add", "passwd", "role", "totp-reset", "disable", "enable", "list"].includes(action ?? "")) {
    console.error(`pressroom: user what?\n${userUsage}`);
    return 2;
  }
  if (action === "add" && (!values.email || !values.name || !values.role)) {
    console.error("pressroom: user add needs --email, --name and --role");
    return 2;
  }
  const password =
    action === "add" || action === "passwd" ? await readPassword(values["password-stdin"]) : "";
  if (password === undefined) return 1;

  const { store } = await openCliContext();
  const ctx = { store };
  try {
    switch (action) {
      case "add": {
        const id = await addUser(ctx, CLI_ACTOR, {
          email: values.email ?? "",
          displayName: values.name ?? "",
          role: values.role ?? "",
          password,
          uiLanguage: values.language,
        });
        console.log(`Created user ${id}: ${values.email ?? ""} (${values.role ?? ""}).`);
        return 0;
      }
      case "passwd": {
        const user = await requireUser(store, positionals[0]);
        if (!user) return 1;
        await changePassword(ctx, CLI_ACTOR, { userId: user.id, password });
        console.log(`Changed the password of ${user.email}; their sessions were ended.`);
        return 0;
      }
      case "role": {
        const user = await requireUser(store, positionals[0]);
        if (!user) return 1;
        await changeRole(ctx, CLI_ACTOR, user.id, positionals[1] ?? "");
        console.log(`${user.email} is now ${positionals[1] ?? ""}.`);
        return 0;
      }
      case "totp-reset": {
        const user = await requireUser(store, positionals[0]);
        if (!user) return 1;
        await resetSecondFactor({ store, clock: systemClock }, CLI_ACTOR, user.id);
        console.log(`Turned off two-step sign-in for ${user.email}; their sessions were ended.`);
        return 0;
      }
      case "disable":
      case "enable": {
        const user = await requireUser(store, positionals[0]);
        if (!user) return 1;
        await (action === "disable" ? disableUser : enableUser)(ctx, CLI_ACTOR, user.id);
        console.log(`${action === "disable" ? "Disabled" : "Enabled"} ${user.email}.`);
        return 0;
      }
      default: {
        const users = await listUsers(store.db);
        if (users.length === 0) console.log("No users yet.");
        for (const u of users) {
          const status = u.disabledAt === null ? "active" : "disabled";
          const totp = u.totpEnabledAt === null ? "" : ", totp";
          console.log(
            `${String(u.id).padStart(4)}  ${u.email}  ${u.displayName}  ${u.role}  (${status}${totp})`,
          );
        }
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}
