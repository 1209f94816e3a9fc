import { csrfToken, isRecord, type EditorConfig } from "./config.js";
import { fillForm, showConflict, textVersion } from "./conflict.js";
import type { RichText } from "./richText.js";

const TEXT_FIELDS = new Set(["title", "slug", "lead", "bodyHtml", "place", "signature"]);
const DETAIL_FIELDS = ["sectionId", "kind", "publishedAt", "eventStart", "eventEnd", "peopleIds"];
const DELAY_MS = 5000;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isControl(target: unknown): target is Control {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** "28.11.2026 10:42" in the site's time zone. */
function whenText(instant: string, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  for (const p of format.formatToParts(date)) parts[p.type] = p.value;
  return `${parts["day"]}.${parts["month"]}.${parts["year"]} ${parts["hour"]}:${parts["minute"]}`;
}

/**
 * Saves a draft's changed fields as JSON five seconds after the last change and when a changed field loses focus,
 * with the version the page was based on; each answer's new version is the next save's base. A conflict (409)
 * stops the autosave and shows both texts until the member chooses. Texts that are not drafts (or in review) are
 * saved only with the Save button. The form's own submit waits for a save in flight, so that it is based on it.
 */
export function setUpAutosave(
  form: HTMLFormElement,
  config: EditorConfig,
  rich: RichText | undefined,
  options: { paused: boolean },
): { resume(): void } {
  const status = form.querySelector<HTMLElement>("[data-status]");
  const base = form.querySelector<HTMLInputElement>("input[data-base-version]");
  const on = form.dataset["autosave"] === "on" && base !== null;
  const dirty = new Set<string>();
  let timer: number | undefined;
  let inFlight = false;
  // Paused while a conflict waits for the member's choice: saving on would overwrite the other text unasked.
  let blocked = options.paused;
  let submitAfter = false;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const fieldOf = (target: EventTarget | null): string | undefined => {
    if (!isControl(target) || target.form !== form) return undefined;
    return TEXT_FIELDS.has(target.name) || DETAIL_FIELDS.includes(target.name) ? target.name : undefined;
  };
  const changed = (event: Event) => {
    const name = fieldOf(event.target);
    if (name === undefined) return;
    dirty.add(name);
    if (!on || blocked) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void save(), DELAY_MS);
  };
  document.addEventListener("input", changed);
  document.addEventListener("change", changed);
  document.addEventListener("focusout", (event) => {
    const inForm =
      fieldOf(event.target) !== undefined || (event.target instanceof Node && form.contains(event.target));
    if (on && inForm && dirty.size > 0) void save();
  });
  window.addEventListener("pagehide", () => {
    if (on && dirty.size > 0 && !blocked) void save(true);
  });

  form.addEventListener("submit", (event) => {
    window.clearTimeout(timer);
    if (inFlight) {
      event.preventDefault();
      submitAfter = true;
    }
  });

  const valueOf = (name: string): string | string[] => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement && field.multiple) {
      return Array.from(field.selectedOptions).map((o) => o.value);
    }
    return isControl(field) ? field.value : "";
  };

  async function save(keepalive = false): Promise<void> {
    if (!on || !base || blocked || dirty.size === 0 || inFlight) return;
    window.clearTimeout(timer);
    const sent = [...dirty];
    dirty.clear();
    const payload: Record<string, unknown> = { baseVersion: Number(base.value) };
    for (const name of sent) if (TEXT_FIELDS.has(name)) payload[name] = valueOf(name);
    if (sent.some((name) => DETAIL_FIELDS.includes(name))) {
      payload["details"] = "1";
      for (const name of DETAIL_FIELDS) payload[name] = valueOf(name);
    }
    const unsent = () => sent.forEach((name) => dirty.add(name));
    inFlight = true;
    say(config.text("editor.saving"));
    try {
      const response = await fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        keepalive,
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "X-CSRF-Token": csrfToken(),
        },
        body: JSON.stringify(payload),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok && isRecord(body) && typeof body["version"] === "number") {
        base.value = String(body["version"]);
        const slug = form.elements.namedItem("slug");
        if (
          slug instanceof HTMLInputElement &&
          slug.value.trim() === "" &&
          typeof body["slug"] === "string"
        ) {
          slug.value = body["slug"];
        }
        say(
          config.text("editor.savedAt", { time: typeof body["savedAt"] === "string" ? body["savedAt"] : "" }),
        );
        return;
      }
      unsent();
      const error = isRecord(body) && isRecord(body["error"]) ? body["error"] : {};
      const details = isRecord(error["details"]) ? error["details"] : {};
      if (response.status === 409 && error["code"] === "conflict") {
        conflict(details, payload);
        return;
      }
      const problems = Array.isArray(details["problems"])
        ? details["problems"].filter((p) => typeof p === "string")
        : [];
      const reason =
        response.status === 401
          ? config.text("editor.signedOut")
          : response.status === 403
            ? config.text("editor.notAllowed")
            : problems.length > 0
              ? problems.join(" ")
              : typeof error["message"] === "string"
                ? error["message"]
                : String(response.status);
      say(config.text("editor.notSaved", { reason }));
    } catch {
      unsent();
      say(config.text("editor.notSaved", { reason: config.text("editor.offline") }));
    } finally {
      inFlight = false;
      if (submitAfter) {
        submitAfter = false;
        form.requestSubmit();
      }
    }
  }

  return {
    resume() {
      blocked = false;
      dirty.clear();
    },
  };

  function conflict(details: Record<string, unknown>, payload: Record<string, unknown>): void {
    blocked = true;
    const current = isRecord(details["current"]) ? details["current"] : {};
    const version = typeof current["version"] === "number" ? current["version"] : Number(base?.value ?? 0);
    const by = isRecord(current["updatedBy"]) ? current["updatedBy"] : {};
    const name = typeof by["name"] === "string" ? by["name"] : config.text("editor.someone");
    const when =
      typeof current["updatedAt"] === "string" ? whenText(current["updatedAt"], config.timeZone) : "";
    const theirs = textVersion(current);
    say(config.text("editor.notSaved", { reason: config.text("editor.conflict.title") }));
    showConflict(
      form,
      config,
      {
        theirs,
        yours: textVersion(isRecord(details["submitted"]) ? details["submitted"] : payload),
        theirsHeading: config.text("editor.conflict.theirs", { version, when, name }),
      },
      (choice) => {
        blocked = false;
        if (base) base.value = String(version);
        if (choice === "theirs") {
          dirty.clear();
          fillForm(form, theirs, rich);
          say(config.text("editor.conflict.tookTheirs"));
        } else {
          void save();
        }
      },
    );
  }
}
