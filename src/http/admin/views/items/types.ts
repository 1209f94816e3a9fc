/** What the items views show: shaped by the items routes' presenters, never database rows. */

/** One choice of a select. */
export interface Option {
  value: string;
  label: string;
}

/** A translation's state as a badge: the word, and the state for styling. */
export interface StateBadgeModel {
  state: string;
  label: string;
}

export interface ListTranslation {
  lang: string;
  language: string;
  /** Absent when the article has no text in this language. */
  title: string | undefined;
  badge: StateBadgeModel | undefined;
  outOfDate: boolean;
}

export interface ListRow {
  href: string;
  articleId: number;
  translations: ListTranslation[];
  section: string;
  kind: string;
  authors: string;
  changed: { iso: string; text: string };
  published: { iso: string; text: string };
  embargo: string | undefined;
}

export interface ItemsListModel {
  rows: ListRow[];
  total: number;
  filter: { state: string; section: string; lang: string; author: string };
  states: Option[];
  sections: Option[];
  languages: Option[];
  authors: Option[];
  page: number;
  pageCount: number;
  previousHref: string | undefined;
  nextHref: string | undefined;
  notice: string | undefined;
}

export interface NewItemModel {
  sections: Option[];
  kinds: Option[];
  languages: { code: string; name: string }[];
  timezone: string;
  values: { sectionId: string; kind: string; publishedAt: string; titles: Record<string, string> };
  problems: { field: string; message: string }[];
}

/** The text fields of one language's form, as shown (stored, or as submitted when shown again). */
export interface ColumnValues {
  title: string;
  slug: string;
  lead: string;
  bodyHtml: string;
  place: string;
  /** "person:post", "" for none, or "keep" for a byline kept as printed. */
  signature: string;
  correction: boolean;
  correctionNote: string;
}

/** Someone else's save and the refused one, side by side (409). */
export interface ConflictView {
  theirsHeading: string;
  theirs: { title: string; lead: string; bodyHtml: string; slug: string; place: string };
  /** What was sent; fields that were not sent are undefined. */
  yours: { title?: string; lead?: string; bodyHtml?: string; slug?: string; place?: string };
}

export interface EditorColumn {
  lang: string;
  language: string;
  formId: string;
  action: string;
  /** Whether the text exists; when not, the column offers to add it. */
  exists: boolean;
  /** Whether the member may save this text (or add it) now. */
  editable: boolean;
  /** Drafts and texts in review are saved as you type; other states only by the Save button. */
  autosave: boolean;
  /** Published text: the save may be marked a correction. */
  published: boolean;
  slugLocked: boolean;
  badge: StateBadgeModel | undefined;
  lastSaved: string | undefined;
  outOfDate: boolean;
  baseVersion: number;
  values: ColumnValues;
  signatures: Option[];
  problems: LinkedProblemModel[];
  conflict: ConflictView | undefined;
  previewHref: string | undefined;
}

export interface LinkedProblemModel {
  field: string;
  message: string;
}

/** The fields every language shares. */
export interface DetailsModel {
  editable: boolean;
  /** The id of the form these fields are submitted with (the first language's); scripts add them to others. */
  formId: string | undefined;
  values: {
    sectionId: string;
    kind: string;
    publishedAt: string;
    eventStart: string;
    eventEnd: string;
    peopleIds: string[];
  };
  sections: Option[];
  kinds: Option[];
  people: Option[];
  timezone: string;
}

export interface EditorPageModel {
  articleId: number;
  heading: string;
  notice: string | undefined;
  problems: LinkedProblemModel[];
  details: DetailsModel;
  columns: EditorColumn[];
  /** Interface strings and settings for the page's script, as JSON. */
  clientConfig: string;
}
