// Reads the mail catcher (MailDev, scripts/mail/catcher.mjs) the test server sends to: waits for
// the message sent to an address, and finds the link or the code in it.
export interface Mail {
	id: string;
	subject: string;
	text: string;
	html: string;
	to: { address: string }[];
	time: string;
}

/** Every message caught so far. */
export async function mails(mailUrl: string): Promise<Mail[]> {
	const response = await fetch(`${mailUrl}/api/email`);
	return (await response.json()) as Mail[];
}

/**
 * The newest message to `address` whose subject contains `subject` and that is not in `seen`
 * (ids), waited for up to 10 s.
 */
export async function waitForMail(
	mailUrl: string,
	address: string,
	subject: string,
	seen: string[] = []
): Promise<Mail> {
	const deadline = Date.now() + 10_000;
	for (;;) {
		const found = (await mails(mailUrl))
			.filter(
				(mail) =>
					!seen.includes(mail.id) &&
					mail.subject.includes(subject) &&
					mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase())
			)
			.at(-1);
		if (found) return found;
		if (Date.now() > deadline) throw new Error(`no mail « ${subject} » to ${address}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Ids of the messages already sent to `address` (to wait for the next one). */
export async function mailIds(mailUrl: string, address: string): Promise<string[]> {
	return (await mails(mailUrl))
		.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
		.map((mail) => mail.id);
}

/** The first link of a message that contains `path`. */
export function linkIn(mail: Mail, path: string): string {
	const match = (mail.text + ' ' + mail.html).match(
		new RegExp(`https?://[^\\s"<>()[\\]]*${path}[^\\s"<>()[\\]]*`)
	);
	if (!match) throw new Error(`no link to ${path} in « ${mail.subject} »`);
	return match[0].replace(/&amp;/g, '&');
}

/** The 6-digit code of a sign-in message. */
export function codeIn(mail: Mail): string {
	const match = mail.subject.match(/\b(\d{6})\b/) ?? mail.text.match(/\b(\d{6})\b/);
	if (!match) throw new Error(`no code in « ${mail.subject} »`);
	return match[1]!;
}
