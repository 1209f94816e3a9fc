import type { EditorArticle } from "../../../../commands/editorial/index.js";
import { AdminLayout } from "../AdminLayout.js";
import { Notice } from "../forms.js";
import type { AdminShell } from "../shell.js";
import { ArticlePanels } from "./ArticlePanels.js";
import { DetailsFieldset } from "./DetailsFieldset.js";
import { MediaPanel, type MediaPanelModel } from "./MediaPanel.js";
import { ProblemSummary } from "./parts.js";
import { TranslationColumn } from "./TranslationColumn.js";
import type { EditorPageModel } from "./types.js";

/**
 * The editor of one item: the fields every language shares, then the languages side by side (stacked on narrow
 * screens), each with its own form, then the item's media and the item-wide panels. `article` is passed as loaded, for the workflow
 * parts that the workflow UI renders.
 */
export function EditorPage(props: {
  shell: AdminShell;
  model: EditorPageModel;
  article: EditorArticle;
  media: MediaPanelModel;
}) {
  const { shell, model, article } = props;
  const { t } = shell;
  const detailProblems = model.problems.filter((p) => p.field.startsWith("item-"));
  return (
    <AdminLayout shell={shell} title={model.heading}>
      <div class="editor" id="editor" data-article={String(model.articleId)} data-config={model.clientConfig}>
        <h1 class="break">{model.heading}</h1>
        <Notice text={model.notice} />
        <ProblemSummary id="problems" title={t("editor.problems")} problems={model.problems} />
        <DetailsFieldset shell={shell} model={model.details} problems={detailProblems} />
        <div class="editor-columns" role="group" aria-label={t("editor.columns")}>
          {model.columns.map((column) => (
            <TranslationColumn
              shell={shell}
              articleId={model.articleId}
              column={column}
              translation={article.translations.find((tr) => tr.lang === column.lang)}
            />
          ))}
        </div>
        <MediaPanel shell={shell} model={props.media} />
        <ArticlePanels shell={shell} article={article} />
      </div>
    </AdminLayout>
  );
}
