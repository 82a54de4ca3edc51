// Rules a charter must follow before it is signed (hashed) on the device. Owns the field bounds
// and the French messages a signer can meet; each error also has a message key of a future
// `charter` i18n catalogue. Never hashes, never stores. The server checks the same bounds
// (pb_hooks/lib/limits.js) and refuses what breaks them: change both together.
import type { CharterContent } from './canonical';
import { MANDATES } from '$lib/domain/users';
import { isSignatureDrawn, parseSignature } from './signature';
import { charterVersion } from './text';

export const SIGNER_NAME_MAX = 120;
export const COMMUNE_NAME_MAX = 200;
export const INSEE_PATTERN = /^[0-9][0-9AB][0-9]{3}$/;
export const PROJECT_ID_PATTERN = /^[a-z0-9]{15}$/;
/** `Date.prototype.toISOString` in UTC, milliseconds included. */
export const SIGNED_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** True when `text` holds a control character or a lone surrogate: never part of a name. */
export function hasInvisible(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
		if (code < 0xd800 || code > 0xdfff) continue;
		const next = text.charCodeAt(i + 1);
		if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
		i++; // a valid pair
	}
	return false;
}

export type CharterField = keyof CharterContent;

/** One problem of a charter: the field, a message key, and the message in French. */
export interface CharterError {
	field: CharterField;
	key: string;
	message: string;
}

function error(field: CharterField, key: string, message: string): CharterError {
	return { field, key: `charters.errors.${key}`, message };
}

function nameErrors(
	field: 'signerName' | 'countersignerName',
	value: string,
	who: string
): CharterError[] {
	const name = value.trim();
	if (!name) return [error(field, `${field}Required`, `Indiquez le nom ${who}.`)];
	if (name.length > SIGNER_NAME_MAX) {
		return [
			error(
				field,
				`${field}TooLong`,
				`Le nom ${who} doit tenir en ${SIGNER_NAME_MAX} caractères au plus.`
			)
		];
	}
	if (hasInvisible(name)) {
		return [error(field, `${field}Invalid`, `Le nom ${who} contient des caractères invisibles.`)];
	}
	return [];
}

function signatureErrors(
	field: 'signature' | 'countersignature',
	value: string,
	who: string
): CharterError[] {
	if (!value) {
		return [error(field, `${field}Required`, `Signez dans le cadre prévu ${who}.`)];
	}
	const strokes = parseSignature(value);
	if (!strokes) {
		return [
			error(
				field,
				`${field}Invalid`,
				`La signature ${who} n’a pas pu être lue : effacez-la et signez de nouveau.`
			)
		];
	}
	if (!isSignatureDrawn(strokes)) {
		return [
			error(
				field,
				`${field}TooShort`,
				`La signature ${who} est trop courte : signez comme sur un document papier.`
			)
		];
	}
	return [];
}

/** True when `value` is a real UTC instant written as `toISOString` writes it. */
export function isSignedAt(value: string): boolean {
	if (!SIGNED_AT_PATTERN.test(value)) return false;
	const time = Date.parse(value);
	return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/**
 * Every problem of `content` before signing, in field order; an empty list when it may be
 * signed. Checks: a known text version and its text hash when given, the signer's name
 * (1..120 characters, no invisible character), the mandate, the commune (INSEE code and a name of
 * 1..200 characters), the date, a well-formed signature that was really drawn, the
 * countersigner's name and signature (both or neither), and the project id.
 */
export function validateCharter(
	content: Partial<CharterContent> & { textHash?: string }
): CharterError[] {
	const errors: CharterError[] = [];
	if (!content.version || !charterVersion(content.version)) {
		errors.push(
			error(
				'version',
				'versionUnknown',
				'Cette version du contrat est inconnue : mettez l’application à jour.'
			)
		);
	}
	if (content.textHash !== undefined && !/^[0-9a-f]{64}$/.test(content.textHash)) {
		errors.push(error('textHash', 'textHashInvalid', 'L’empreinte du texte est invalide.'));
	}
	errors.push(...nameErrors('signerName', content.signerName ?? '', 'du signataire'));
	if (!content.mandate || !(MANDATES as readonly string[]).includes(content.mandate)) {
		errors.push(
			error('mandate', 'mandateRequired', 'Choisissez votre mandat : maire, adjoint ou conseiller.')
		);
	}
	if (!content.communeInsee || !INSEE_PATTERN.test(content.communeInsee)) {
		errors.push(error('communeInsee', 'communeRequired', 'Choisissez votre commune.'));
	} else {
		const communeName = (content.communeName ?? '').trim();
		if (!communeName || communeName.length > COMMUNE_NAME_MAX || hasInvisible(communeName)) {
			errors.push(
				error('communeName', 'communeNameInvalid', 'Le nom de la commune manque ou est invalide.')
			);
		}
	}
	if (!content.signedAt || !isSignedAt(content.signedAt)) {
		errors.push(
			error(
				'signedAt',
				'signedAtInvalid',
				'La date de signature est invalide : vérifiez la date et l’heure de l’appareil.'
			)
		);
	}
	errors.push(...signatureErrors('signature', content.signature ?? '', 'du signataire'));
	const countersigner = content.countersignerName ?? '';
	const countersignature = content.countersignature ?? '';
	if (countersigner.trim() || countersignature) {
		errors.push(...nameErrors('countersignerName', countersigner, 'du contresignataire'));
		errors.push(...signatureErrors('countersignature', countersignature, 'du contresignataire'));
	}
	if (content.projectId && !PROJECT_ID_PATTERN.test(content.projectId)) {
		errors.push(error('projectId', 'projectInvalid', 'Le projet choisi est introuvable.'));
	}
	return errors;
}
