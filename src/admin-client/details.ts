/**
 * The fields every language shares belong to the first language's form (through their `form` attribute). When
 * another language's form is submitted, copies of them go with it, so that either Save button saves them.
 */
export function shareDetails(forms: readonly HTMLFormElement[]): void {
  const fieldset = document.querySelector<HTMLFieldSetElement>("#item-details");
  if (!fieldset) return;
  for (const form of forms) {
    form.addEventListener("submit", () => {
      for (const old of Array.from(form.querySelectorAll("input[data-details-copy]"))) old.remove();
      if (fieldset.disabled) return;
      for (const control of Array.from(
        fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select"),
      )) {
        if (control.form === form || control.name === "") continue;
        const values =
          control instanceof HTMLSelectElement && control.multiple
            ? Array.from(control.selectedOptions).map((o) => o.value)
            : [control.value];
        for (const value of values) {
          const copy = document.createElement("input");
          copy.type = "hidden";
          copy.name = control.name;
          copy.value = value;
          copy.dataset["detailsCopy"] = "";
          form.append(copy);
        }
      }
    });
  }
}
