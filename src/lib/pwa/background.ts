// What this browser does in the background when the app is closed, for the explanation in
// Paramètres: Chromium fires Periodic Background Sync only for an installed app (at most about
// twice a day, decided by the browser); Safari (iPad, iPhone) and Firefox never do, so the app
// syncs when it is opened or comes back to the foreground. It only reads browser features.

export type BackgroundSupport = 'periodic' | 'periodic-if-installed' | 'none';

/** The background behaviour of this browser, given whether the app is installed. */
export function backgroundSupport(installed: boolean): BackgroundSupport {
	const periodic =
		typeof ServiceWorkerRegistration !== 'undefined' &&
		'periodicSync' in ServiceWorkerRegistration.prototype;
	if (!periodic) return 'none';
	return installed ? 'periodic' : 'periodic-if-installed';
}
