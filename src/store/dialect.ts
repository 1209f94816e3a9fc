/** The two databases Pressroom runs on. Every store query is tested on both. */
export type Dialect = "sqlite" | "postgres";
