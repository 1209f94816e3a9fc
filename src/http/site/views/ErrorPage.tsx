import { Layout } from "./Layout.js";
import type { Chrome } from "./types.js";

/** 404, 400 and 500 pages: say what happened, in the reader's language, and offer a way on. */
export function ErrorPage(props: { chrome: Chrome; title: string; text: string }) {
  const { chrome } = props;
  return (
    <Layout chrome={chrome} title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <a href={chrome.homeHref}>{chrome.t("error.toHome")}</a>
      </p>
    </Layout>
  );
}
