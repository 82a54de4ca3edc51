// What a request for an account must hold before it is sent (issue 13): a name, an address
// that is one, a commune chosen from the offline index (never typed: the server checks its
// code), a mandate, and an optional password (none: the élu signs in by a code sent by e-mail).
// The server checks the same things again. Pure: no I/O.
import { MANDATES, type Mandate } from '$lib/domain/users';

/** Same rule as the server (pocketbase/pb_hooks/lib/accounts/records.js). */
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]{2,}$/;
export const NAME_MAX = 120;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 72;

/** True when `value` is an e-mail address the programme can write to. */
export function isEmail(value: string): boolean {
	const email = value.trim();
	return email.length <= 254 && EMAIL.test(email);
}

/** The mandate a spreadsheet cell or a form means (« Adjointe » → adjoint), or null. */
export function normaliseMandate(value: string): Mandate | null {
	const text = value
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
	const known: Record<string, Mandate> = {
		maire: 'maire',
		adjoint: 'adjoint',
		adjointe: 'adjoint',
		'adjoint au maire': 'adjoint',
		'adjointe au maire': 'adjoint',
		conseiller: 'conseiller',
		conseillere: 'conseiller',
		'conseiller municipal': 'conseiller',
		'conseillere municipale': 'conseiller'
	};
	const mandate = Object.hasOwn(known, text) ? known[text] : null;
	return mandate && (MANDATES as readonly string[]).includes(mandate) ? mandate : null;
}

export interface RegistrationInput {
	name: string;
	email: string;
	/** INSEE code of the commune picked in the offline index. */
	commune: string;
	mandate: string;
	password: string;
}

export type RegistrationProblem = 'name' | 'email' | 'commune' | 'mandate' | 'password';

/** The first problem of a request, or null when it may be sent. */
export function checkRegistration(input: RegistrationInput): RegistrationProblem | null {
	const name = input.name.trim();
	if (!name || name.length > NAME_MAX) return 'name';
	if (!isEmail(input.email)) return 'email';
	if (!/^[0-9][0-9AB][0-9]{3}$/.test(input.commune)) return 'commune';
	if (!normaliseMandate(input.mandate)) return 'mandate';
	if (
		input.password &&
		(input.password.length < PASSWORD_MIN || input.password.length > PASSWORD_MAX)
	) {
		return 'password';
	}
	return null;
}
