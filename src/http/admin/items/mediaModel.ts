import type { EditorArticle } from "../../../commands/editorial/index.js";
import { can } from "../../../domain/roles.js";
import { formatFileSize } from "../../../media/sizes.js";
import { mediaTypeByContentType } from "../../../media/sniff.js";
import type { AttachedMedia } from "../../../store/media.js";
import type { AdminUser } from "../context.js";
import type { MediaItemModel, MediaPanelModel } from "../views/items/MediaPanel.js";
import type { AdminShell } from "../views/shell.js";
import { languageLabel } from "./editorOptions.js";

/**
 * Whether the member may change the item as a whole (its shared fields, and its media): they may edit every
 * language it has now. The editor's shared fields follow the same rule.
 */
export function itemEditable(article: EditorArticle): boolean {
  return article.translations.length > 0 && article.translations.every((tr) => tr.editable);
}

/** Whether the member may upload, describe and remove the item's files: media rights and the item's. */
export function mayChangeMedia(user: AdminUser, article: EditorArticle): boolean {
  return can(user.role, "media.upload") && itemEditable(article);
}

/** The media panel of the editor page, from the files attached to the item. */
export function mediaPanelModel(input: {
  shell: AdminShell;
  user: AdminUser;
  article: EditorArticle;
  attached: readonly AttachedMedia[];
  languages: readonly string[];
  limits: { maxImageBytes: number; maxAttachmentBytes: number };
  problem?: string | undefined;
}): MediaPanelModel {
  const { shell, article, languages } = input;
  const { t } = shell;
  const items = input.attached.map((a): MediaItemModel => {
    const type = mediaTypeByContentType(a.media.contentType);
    const thumb = a.variants.find((v) => v.format === "jpeg") ?? a.variants[0];
    const image = a.media.kind === "image";
    return {
      id: a.media.id,
      kind: image ? "image" : "attachment",
      name: a.media.originalName,
      details: t("media.details", {
        type: type ? type.id.toUpperCase() : a.media.contentType,
        size: formatFileSize(a.media.size, shell.lang),
      }),
      thumbnail:
        image && thumb
          ? { src: `/media/${thumb.storageKey}`, width: thumb.width, height: thumb.height }
          : undefined,
      href: image ? undefined : `/media/${a.media.storageKey}`,
      alts: image
        ? languages.map((lang) => {
            const value = a.alt[lang] ?? "";
            return { lang, language: languageLabel(t, lang), value, missing: value.trim() === "" };
          })
        : [],
    };
  });
  return {
    articleId: article.id,
    editable: mayChangeMedia(input.user, article),
    items,
    problem: input.problem,
    languages: languages.map((lang) => ({ lang, language: languageLabel(t, lang) })),
    fileHint: t("media.fileHint", {
      imageLimit: formatFileSize(input.limits.maxImageBytes, shell.lang),
      attachmentLimit: formatFileSize(input.limits.maxAttachmentBytes, shell.lang),
    }),
  };
}
