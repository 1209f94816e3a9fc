/** The untyped `snowball-stemmers` 0.6.0 package: JavaScript ports of the Snowball stemming algorithms. */
declare module "snowball-stemmers" {
  export interface Stemmer {
    /** The stem of one lower-case word; the stemmer does not split or normalise text itself. */
    stem(word: string): string;
  }

  /** A stemmer for one algorithm, e.g. "russian" or "english"; throws for an unknown name. */
  export function newStemmer(algorithm: string): Stemmer;

  /** The names of the algorithms the package provides. */
  export function algorithms(): string[];
}
