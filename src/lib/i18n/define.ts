/** A feature's messages: French first, English with exactly the same keys. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Widens literal strings so that `en` must have the same keys as `fr`, with any text. */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Declares a feature's catalogue; TypeScript checks that `en` mirrors `fr`. */
export function defineMessages<const F extends MessageTree>(fr: F, en: Shape<F>) {
	return { fr, en: en as Shape<F> };
}
