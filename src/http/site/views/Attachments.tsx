import type { Translate } from "../../../i18n/strings.js";

/** A document listed under an article, shaped for the reader's language. */
export interface AttachmentModel {
  href: string;
  name: string;
  /** "PDF document", "Документ Word" … */
  typeLabel: string;
  /** "1.2 MB", "1,2 МБ" … */
  sizeLabel: string;
}

/** The article's downloadable documents: name, then type and size in words, as readers decide on a download. */
export function Attachments(props: { t: Translate; items: AttachmentModel[] }) {
  const { t, items } = props;
  if (items.length === 0) return null;
  return (
    <section class="attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t("media.attachments")}</h2>
      <ul>
        {items.map((item) => (
          <li>
            <a href={item.href}>{item.name}</a>{" "}
            <span class="attachment-meta">
              ({item.typeLabel}, {item.sizeLabel})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
