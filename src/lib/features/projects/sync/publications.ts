// Publishing a project as a good practice (pocketbase/README.md, "Publishing a project"): the three
// calls of the publication route and the reading of their answers. Publishing is a deliberate
// public act the server validates at once, so it is online only and never queued in the outbox.
// This module never stores anything and never builds the published text (the server does, from
// its own copy of the project).
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';

/** What the server publishes (or would publish) for a project. */
export interface PublicationPreview {
	title: string;
	summary: string;
	themes: string[];
	levers: string[];
	status: string;
	/** The commune's name and département, e.g. "Lagrasse (Aude)". */
	place: string;
	country: string;
	rural_or_urban: '' | 'rural' | 'urbain';
}

/** Where a project's publication stands on the server. */
export interface PublicationState {
	project: string;
	published: boolean;
	/** ISO 8601 time of the consent, '' when not published. */
	consentAt: string;
	preview: PublicationPreview;
}

/** The answer of a call: the new state, or why there is none. */
export type PublicationAnswer =
	| { status: 'ok'; state: PublicationState }
	| { status: 'offline' | 'server' }
	/** The server refused, with its reason in French (consent, commune, unknown, empty). */
	| { status: 'refused'; code: number; message: string };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const words = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function readState(body: unknown): PublicationState | null {
	if (typeof body !== 'object' || body === null) return null;
	const data = body as Record<string, unknown>;
	const preview = (typeof data.preview === 'object' && data.preview) || {};
	const p = preview as Record<string, unknown>;
	const place = text(p.rural_or_urban);
	return {
		project: text(data.project),
		published: data.published === true,
		consentAt: text(data.consentAt),
		preview: {
			title: text(p.title),
			summary: text(p.summary),
			themes: words(p.themes),
			levers: words(p.levers),
			status: text(p.status),
			place: text(p.place),
			country: text(p.country),
			rural_or_urban: place === 'rural' || place === 'urbain' ? place : ''
		}
	};
}

async function call(
	pb: PocketBase,
	method: 'GET' | 'POST' | 'DELETE',
	projectId: string
): Promise<PublicationAnswer> {
	const id = encodeURIComponent(projectId);
	const path = method === 'GET' ? 'publication' : 'publish';
	try {
		const body: unknown = await pb.send(`/api/collab/projects/${id}/${path}`, {
			method,
			body: method === 'POST' ? { consent: true } : undefined,
			requestKey: null
		});
		const state = readState(body);
		return state ? { status: 'ok', state } : { status: 'server' };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) return { status: 'server' };
		if (error.status === 0) return { status: 'offline' };
		const message = text((error.response as Record<string, unknown>)?.message);
		if (error.status >= 400 && error.status < 500 && message) {
			return { status: 'refused', code: error.status, message };
		}
		return { status: 'server' };
	}
}

/**
 * Asks the server what it would publish for `projectId`, and whether it is published. Never
 * throws: no network is `offline`, a refusal `refused` with the server's French reason.
 */
export function fetchPublication(pb: PocketBase, projectId: string): Promise<PublicationAnswer> {
	return call(pb, 'GET', projectId);
}

/**
 * Publishes `projectId` with the commune's consent (the caller has asked for it); publishing the
 * same summary again changes nothing on the server. Never throws.
 */
export function publishProject(pb: PocketBase, projectId: string): Promise<PublicationAnswer> {
	return call(pb, 'POST', projectId);
}

/** Withdraws the publication of `projectId` (nothing happens if it is not published). */
export function withdrawPublication(pb: PocketBase, projectId: string): Promise<PublicationAnswer> {
	return call(pb, 'DELETE', projectId);
}
