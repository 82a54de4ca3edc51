// Messages and formats for the user's language. French by default, English second.
// `t()` reads a $state locale, so any template that calls it re-renders on a language change.
// Feature catalogues load on demand (messages/index.ts): routes await `loadMessages` before they
// render; a `t()` of a catalogue not loaded yet starts loading it, returns an empty string and
// re-renders its caller once it is there.
import type { MessageTree } from './define';
import { eager, lazy, type Catalogues, type LazyNamespace, type Namespace } from './messages';

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
const STORAGE_KEY = 'collabactons.locale';

type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every message key, e.g. `common.nav.home`. */
export type MessageKey = {
	[N in keyof Catalogues & string]: Leaves<Catalogues[N]['fr'], `${N}.`>;
}[keyof Catalogues & string];
export type MessageParams = Record<string, string | number>;

function initialLocale(): Locale {
	if (typeof localStorage !== 'undefined') {
		const saved = localStorage.getItem(STORAGE_KEY);
		if (saved === 'fr' || saved === 'en') return saved;
	}
	return 'fr';
}

const state = $state({ locale: initialLocale() });

type Catalogue = { fr: MessageTree; en: MessageTree };
/** Catalogues in memory (plain objects: large trees gain nothing from deep reactivity). */
const catalogues: Partial<Record<Namespace, Catalogue>> = { ...eager };
/** Which lazy catalogues arrived: `t()` reads it, so callers re-render when one does. */
const arrived = $state<Partial<Record<Namespace, true>>>({});
// Bookkeeping of imports under way, never rendered: a plain Map on purpose.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loading = new Map<LazyNamespace, Promise<void>>();

const isLazy = (namespace: string): namespace is LazyNamespace => namespace in lazy;

/** Loads feature catalogues (each once); routes await this in their `load`. */
export function loadMessages(...namespaces: LazyNamespace[]): Promise<void> {
	return Promise.all(
		namespaces.map((namespace) => {
			let pending = loading.get(namespace);
			if (!pending) {
				pending = lazy[namespace]().then((catalogue) => {
					catalogues[namespace] = catalogue as Catalogue;
					arrived[namespace] = true;
				});
				// A failed load (offline before the worker cached it) may be tried again.
				pending.catch(() => loading.delete(namespace));
				loading.set(namespace, pending);
			}
			return pending;
		})
	).then(() => undefined);
}

/** Loads every catalogue (tests, and screens that may show any message). */
export function loadAllMessages(): Promise<void> {
	return loadMessages(...(Object.keys(lazy) as LazyNamespace[]));
}

export function getLocale(): Locale {
	return state.locale;
}

export function setLocale(locale: Locale): void {
	state.locale = locale;
	if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The BCP 47 tag used with Intl for the current language. */
export function intlLocale(): string {
	return state.locale === 'fr' ? 'fr-FR' : 'en-GB';
}

function lookup(tree: MessageTree, path: string[]): string | undefined {
	let node: string | MessageTree | undefined = tree;
	for (const part of path) {
		if (node === undefined || typeof node === 'string') return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

const pluralRe = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const branchRe = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Fills `{name}` and `{n, plural, one {…} other {…}}` placeholders. */
export function format(message: string, params: MessageParams = {}, locale = intlLocale()): string {
	const withPlurals = message.replace(pluralRe, (_, name: string, branches: string) => {
		const count = Number(params[name] ?? 0);
		const rule = new Intl.PluralRules(locale).select(count);
		let chosen: string | undefined;
		let other: string | undefined;
		for (const [, key, text] of branches.matchAll(branchRe)) {
			if (key === `=${count}` || (chosen === undefined && key === rule)) chosen = text;
			if (key === 'other') other = text;
		}
		return (chosen ?? other ?? '').replace('#', new Intl.NumberFormat(locale).format(count));
	});
	return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
	});
}

/** The message for `key` in the current language (French if a key were ever missing). */
export function t(key: MessageKey, params?: MessageParams): string {
	const [namespace, ...path] = key.split('.') as [Namespace, ...string[]];
	const catalogue = catalogues[namespace];
	if (!catalogue) {
		if (isLazy(namespace) && !arrived[namespace]) {
			loadMessages(namespace).catch((error: unknown) =>
				console.error(`messages "${namespace}" not loaded`, error)
			);
		}
		return '';
	}
	const message =
		lookup(catalogue[state.locale] as MessageTree, path) ??
		lookup(catalogue.fr as MessageTree, path);
	return message === undefined ? key : format(message, params);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/**
 * A date in the app's language ("5 décembre 2026"). A calendar day ("2026-12-05", what a date
 * field holds) is that day wherever the device is: read as local midnight, not UTC midnight
 * (which is the day before west of Greenwich).
 */
export function formatDate(
	value: Date | string | number,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
): string {
	const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	const date = day
		? // A throwaway Date for formatting, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			new Date(Number(day[1]!), Number(day[2]!) - 1, Number(day[3]!))
		: // eslint-disable-next-line svelte/prefer-svelte-reactivity
			new Date(value);
	return new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

export function formatDateTime(value: Date | string | number): string {
	return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Bytes as "88 octets" or "1,2 Mo" in French ("o" alone reads as nothing), "1.2 MB" in English. */
export function formatBytes(bytes: number): string {
	const units = state.locale === 'fr' ? ['octets', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
