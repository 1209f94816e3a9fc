import type { EditorArticle } from "../../src/commands/editorial/index.js";
import { AdminLayout } from "../../src/http/admin/views/AdminLayout.js";
import { ArticlePanels } from "../../src/http/admin/views/items/ArticlePanels.js";
import { TranslationActions } from "../../src/http/admin/views/items/TranslationActions.js";
import type { AdminShell } from "../../src/http/admin/views/shell.js";

/**
 * The workflow box of each language and the item-wide panels in the back office's frame, laid out as the editor
 * page lays them out (a column per language with an h2, then the panels), so that browser checks can see them.
 */
export function PanelsTestPage(props: { shell: AdminShell; article: EditorArticle }) {
  const { shell, article } = props;
  return (
    <AdminLayout shell={shell} title="Workflow">
      <h1>Workflow</h1>
      {article.translations.map((translation) => (
        <section aria-labelledby={`column-${translation.lang}`}>
          <h2 id={`column-${translation.lang}`} lang={translation.lang}>
            {translation.title}
          </h2>
          <TranslationActions shell={shell} articleId={article.id} translation={translation} />
        </section>
      ))}
      <ArticlePanels shell={shell} article={article} />
    </AdminLayout>
  );
}
