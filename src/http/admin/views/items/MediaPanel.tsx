import { csrfField } from "../forms.js";
import type { AdminShell } from "../shell.js";

/** One language's alt text of an attached image, as the panel shows it. */
export interface MediaAltModel {
  lang: string;
  language: string;
  value: string;
  missing: boolean;
}

/** A file attached to the item, shaped for the media panel. */
export interface MediaItemModel {
  id: number;
  kind: "image" | "attachment";
  name: string;
  /** "PNG, 1.2 KB" */
  details: string;
  /** The smallest JPEG variant, once made; undefined while an image is processing, and for documents. */
  thumbnail: { src: string; width: number; height: number } | undefined;
  /** The public address of a document. */
  href: string | undefined;
  alts: MediaAltModel[];
}

export interface MediaPanelModel {
  articleId: number;
  /** Whether the member may upload, describe and remove files of this item now. */
  editable: boolean;
  items: MediaItemModel[];
  /** The reason the last upload or change was refused, shown at the form. */
  problem: string | undefined;
  /** The languages an upload may carry alt text in. */
  languages: { lang: string; language: string }[];
  fileHint: string;
}

/**
 * The item's images and documents: each with a thumbnail (or "processing"), its name, type and size; images with
 * their alt text in every language, missing ones marked. For members who may change the item: a form per image to
 * save its alt texts, a button to remove each file, and an upload form. Every change is its own POST form.
 */
export function MediaPanel(props: { shell: AdminShell; model: MediaPanelModel }) {
  const { shell, model } = props;
  const { t } = shell;
  const base = `/admin/items/${model.articleId}/media`;
  return (
    <section class="panel media-panel" id="media" aria-labelledby="media-title" lang={shell.lang}>
      <h2 id="media-title">{t("media.heading")}</h2>
      <p class="muted">{t("media.hint")}</p>
      {model.problem !== undefined ? (
        <p class="notice notice--error" role="alert" id="media-problem">
          {model.problem}
        </p>
      ) : null}
      {!model.editable ? <p class="notice notice--info">{t("media.readOnly")}</p> : null}
      {model.items.length === 0 ? (
        <p class="muted">{t("media.none")}</p>
      ) : (
        <ul class="media-list" aria-label={t("media.listLabel")}>
          {model.items.map((item) => (
            <li class="media-item" id={`media-${item.id}`}>
              <div class="media-item__thumb">
                {item.thumbnail ? (
                  <img
                    src={item.thumbnail.src}
                    width={item.thumbnail.width}
                    height={item.thumbnail.height}
                    alt=""
                    loading="lazy"
                  />
                ) : (
                  <span class="media-item__placeholder">
                    {item.kind === "image" ? t("media.processing") : t("media.attachment")}
                  </span>
                )}
              </div>
              <div class="media-item__body">
                <p class="media-item__name break">
                  <strong>{item.href ? <a href={item.href}>{item.name}</a> : item.name}</strong>
                </p>
                <p class="muted">
                  {t(item.kind === "image" ? "media.image" : "media.attachment")}: {item.details}
                </p>
                {item.kind === "image" ? (
                  <AltForm shell={shell} base={base} item={item} model={model} />
                ) : null}
                {model.editable ? (
                  <form method="post" action={`${base}/${item.id}/detach`} class="inline-form">
                    {csrfField(shell.csrfToken)}
                    <button
                      type="submit"
                      class="button button--small button--secondary"
                      aria-label={t("media.detachLabel", { name: item.name })}
                    >
                      {t("media.detach")}
                    </button>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {model.editable ? <UploadForm shell={shell} base={base} model={model} /> : null}
    </section>
  );
}

function AltForm(props: { shell: AdminShell; base: string; item: MediaItemModel; model: MediaPanelModel }) {
  const { shell, base, item, model } = props;
  const { t } = shell;
  const fields = item.alts.map((alt) => {
    const id = `media-${item.id}-alt-${alt.lang}`;
    return (
      <div class="field">
        <label for={id}>
          {t("media.altLabel", { language: alt.language })}
          {alt.missing ? (
            <>
              {" "}
              <span class="marker marker--missing" id={`${id}-missing`}>
                {t("media.altMissing")}
              </span>
            </>
          ) : null}
        </label>
        <input
          id={id}
          name={`alt_${alt.lang}`}
          type="text"
          lang={alt.lang}
          maxlength={500}
          value={alt.value}
          readonly={!model.editable}
        />
      </div>
    );
  });
  if (!model.editable) return <div class="media-item__alts">{fields}</div>;
  return (
    <form method="post" action={`${base}/${item.id}/alt`} class="media-item__alts stack">
      {csrfField(shell.csrfToken)}
      {fields}
      <button
        type="submit"
        class="button button--small"
        aria-label={t("media.saveAltLabel", { name: item.name })}
      >
        {t("media.saveAlt")}
      </button>
    </form>
  );
}

function UploadForm(props: { shell: AdminShell; base: string; model: MediaPanelModel }) {
  const { shell, base, model } = props;
  const { t } = shell;
  return (
    <form method="post" action={base} enctype="multipart/form-data" class="media-upload stack">
      {csrfField(shell.csrfToken)}
      <h3 id="media-upload-title">{t("media.uploadHeading")}</h3>
      <div class="field">
        <label for="media-file">{t("media.file")}</label>
        <p class="field__hint" id="media-file-hint">
          {model.fileHint}
        </p>
        <input
          id="media-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf,.docx"
          aria-describedby={model.problem !== undefined ? "media-file-hint media-problem" : "media-file-hint"}
        />
      </div>
      {model.languages.map((l) => (
        <div class="field">
          <label for={`media-new-alt-${l.lang}`}>{t("media.uploadAltLabel", { language: l.language })}</label>
          <input
            id={`media-new-alt-${l.lang}`}
            name={`alt_${l.lang}`}
            type="text"
            lang={l.lang}
            maxlength={500}
          />
        </div>
      ))}
      <button type="submit" class="button">
        {t("media.upload")}
      </button>
    </form>
  );
}
