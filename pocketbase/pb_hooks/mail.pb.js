// The mailer and the app's address from the environment, applied at each start (README,
// "Deployment"): COLLAB_SMTP_HOST, COLLAB_SMTP_PORT, COLLAB_SMTP_USER, COLLAB_SMTP_PASSWORD,
// COLLAB_SMTP_TLS (`true` for implicit TLS, port 465), COLLAB_MAIL_FROM, COLLAB_MAIL_FROM_NAME,
// COLLAB_APP_URL (the address links in e-mails open). A variable left unset keeps what the
// admin UI holds. `npm start`, `npm run dev` and the tests set them to a local mail catcher.
onBootstrap((e) => {
	e.next();
	const env = (/** @type {string} */ name) => $os.getenv(name);
	const settings = e.app.settings();
	let changed = false;
	if (env('COLLAB_APP_URL')) {
		settings.meta.appURL = env('COLLAB_APP_URL');
		changed = true;
	}
	if (env('COLLAB_MAIL_FROM')) {
		settings.meta.senderAddress = env('COLLAB_MAIL_FROM');
		settings.meta.senderName = env('COLLAB_MAIL_FROM_NAME') || "Collabor'actons";
		changed = true;
	}
	if (env('COLLAB_SMTP_HOST')) {
		settings.smtp.enabled = true;
		settings.smtp.host = env('COLLAB_SMTP_HOST');
		settings.smtp.port = Number(env('COLLAB_SMTP_PORT') || '587');
		settings.smtp.username = env('COLLAB_SMTP_USER');
		settings.smtp.password = env('COLLAB_SMTP_PASSWORD');
		settings.smtp.tls = env('COLLAB_SMTP_TLS') === 'true';
		changed = true;
	}
	if (changed) e.app.save(settings);
});
