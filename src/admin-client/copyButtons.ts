/**
 * Copy buttons, such as the one beside a new preview link's address. They are rendered hidden, since without a
 * script the address is simply selected and copied by hand; this reveals them and copies the named field.
 */
export function setUpCopyButtons(): void {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-copy-from]"))) {
    const field = document.getElementById(button.dataset["copyFrom"] ?? "");
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) continue;
    const status = button.parentElement?.querySelector<HTMLElement>(".copy-status");
    button.hidden = false;
    button.addEventListener("click", () => {
      const done = () => {
        if (status) status.textContent = button.dataset["copiedText"] ?? "";
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, () => {
          // Clipboard access refused: leave the address selected for the reader to copy.
          field.select();
        });
      } else {
        field.select();
      }
    });
  }
}
