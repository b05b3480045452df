/** Item text key (see index.ts) → the text in one language. */
export type ItemTexts = Readonly<Record<string, string>>;
