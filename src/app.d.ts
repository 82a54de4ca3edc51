// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app version from package.json, injected by Vite. */
	const __APP_VERSION__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
