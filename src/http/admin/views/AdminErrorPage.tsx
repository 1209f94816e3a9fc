import { AdminLayout } from "./AdminLayout.js";
import type { AdminShell } from "./shell.js";

/** A back-office error: what happened, in the user's language, and a way back. */
export function AdminErrorPage(props: { shell: AdminShell; title: string; text: string }) {
  const { shell } = props;
  return (
    <AdminLayout shell={shell} title={props.title}>
      <div class="narrow">
        <h1>{props.title}</h1>
        <p>{props.text}</p>
        <p>
          <a href={shell.user ? "/admin/" : "/admin/login"}>{shell.t("error.back")}</a>
        </p>
      </div>
    </AdminLayout>
  );
}
