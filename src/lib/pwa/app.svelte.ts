// Service worker registration, update flow and install prompt, as state for the app frame.
// Never reloads the page on its own: a waiting version is applied only when the user presses
// "Mettre à jour" (then the new worker takes control and the page reloads once).
import { Workbox } from 'workbox-window';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export class PwaState {
	/** A new version is installed and waiting for the user's go-ahead. */
	updateWaiting = $state(false);
	/** The shell is precached: the app opens offline from now on. */
	offlineReady = $state(false);
	/** This browser (in a production build) can keep the app with a service worker. */
	supported = $state(true);
	/** `offlineReady` and `supported` are known: the registration answered, or there is none. */
	checked = $state(false);
	canInstall = $state(false);
	installed = $state(false);
	#workbox: Workbox | undefined;
	#installEvent: BeforeInstallPromptEvent | undefined;
	#updating = false;

	/** Registers the worker (production builds only) and wires the install prompt. */
	start(): void {
		this.installed = matchMedia('(display-mode: standalone)').matches;
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		addEventListener('appinstalled', () => {
			this.installed = true;
			this.canInstall = false;
		});
		if (import.meta.env.DEV || !('serviceWorker' in navigator)) {
			this.supported = false;
			this.checked = true;
			return;
		}
		const workbox = new Workbox('/sw.js', { scope: '/', type: 'module' });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.updateWaiting = true));
		// Once the app works offline, the worker fetches what can wait (communes index, PDF
		// library, large icons) in the background; asked again at each start if interrupted.
		const precacheLater = () => {
			void navigator.serviceWorker.ready.then((registration) =>
				registration.active?.postMessage({ type: 'PRECACHE_LATER' })
			);
		};
		workbox.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
			precacheLater();
		});
		workbox.addEventListener('controlling', () => {
			// Only after the user asked for the update: never reload by surprise.
			if (this.#updating) location.reload();
		});
		workbox.register().then(
			(registration) => {
				if (registration?.active) {
					this.offlineReady = true;
					precacheLater();
				}
				this.checked = true;
			},
			(error: unknown) => {
				this.checked = true;
				console.error('service worker registration failed', error);
			}
		);
	}

	/** Applies the waiting version (the page reloads once the new worker controls it). */
	update(): void {
		if (!this.#workbox) return;
		this.#updating = true;
		this.#workbox.messageSkipWaiting();
	}

	/** Checks for a new version now (also done by the browser on navigations). */
	async checkForUpdate(): Promise<void> {
		await this.#workbox?.update();
	}

	/** Shows the browser's install prompt, where it offers one. */
	async install(): Promise<void> {
		const event = this.#installEvent;
		if (!event) return;
		await event.prompt();
		const choice = await event.userChoice;
		if (choice.outcome === 'accepted') this.canInstall = false;
		this.#installEvent = undefined;
	}
}

export const pwa = new PwaState();
