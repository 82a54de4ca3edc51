// Realtime: a device subscribed to `docs` with the PocketBase SDK hears about another user's
// push (and runs a cycle), and never about another commune's documents. Node 20 has no global
// EventSource, so this file provides a minimal one over fetch (the SDK needs only the
// constructor, addEventListener/removeEventListener, onerror and close).
import PocketBase, { type RecordSubscription } from 'pocketbase';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';

/** Server-sent events over fetch: enough of EventSource for the PocketBase SDK. */
class FetchEventSource extends EventTarget {
	onerror: ((event: Event) => void) | null = null;
	readonly #abort = new AbortController();

	constructor(url: string) {
		super();
		this.#read(url).catch(() => {
			if (!this.#abort.signal.aborted) this.onerror?.(new Event('error'));
		});
	}

	async #read(url: string) {
		const response = await fetch(url, {
			headers: { Accept: 'text/event-stream' },
			signal: this.#abort.signal
		});
		const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += value.replace(/\r\n/g, '\n');
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				let type = 'message';
				let id = '';
				const data: string[] = [];
				for (const line of block.split('\n')) {
					const colon = line.indexOf(':');
					const field = colon < 0 ? line : line.slice(0, colon);
					const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
					if (field === 'event') type = text;
					else if (field === 'id') id = text;
					else if (field === 'data') data.push(text);
				}
				this.dispatchEvent(new MessageEvent(type, { data: data.join('\n'), lastEventId: id }));
			}
		}
	}

	close() {
		this.#abort.abort();
	}
}

const url = inject('pbUrl');
const previousEventSource = globalThis.EventSource;
let maire: PocketBase;
let adjoint: PocketBase;
let outsider: PocketBase;
let lagrasse: string;

function update(text: string): string {
	const doc = new Y.Doc();
	doc.getText('log').insert(0, text);
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

/** Resolves with the first event `matches` accepts, or rejects after `ms`. */
function waitFor<T>(events: T[], matches: (event: T) => boolean, ms = 5000): Promise<T> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = () => {
			const found = events.find(matches);
			if (found) resolve(found);
			else if (Date.now() - started > ms) reject(new Error('no realtime event in time'));
			else setTimeout(poll, 20);
		};
		poll();
	});
}

beforeAll(async () => {
	globalThis.EventSource = FetchEventSource as unknown as typeof EventSource;
	lagrasse = await communeId(url, '11185');
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	outsider = await createUser(url, {
		email: 'elu.ajaccio@example.fr',
		role: 'elu',
		communes: [await communeId(url, '2A004')]
	});
});

afterAll(() => {
	adjoint?.realtime.unsubscribe().catch(() => {});
	outsider?.realtime.unsubscribe().catch(() => {});
	globalThis.EventSource = previousEventSource;
});

it('tells a subscriber of `docs` about another user’s push, and not other communes', async () => {
	const seen: RecordSubscription[] = [];
	const seenByOutsider: RecordSubscription[] = [];
	await adjoint.collection('docs').subscribe('*', (event) => seen.push(event));
	await outsider.collection('docs').subscribe('*', (event) => seenByOutsider.push(event));

	const doc = randomId();
	const send = (text: string, cursor: number) =>
		sync(maire, {
			device: 'd-realtime',
			cursor,
			ops: [{ id: opId(), doc, type: 'project', commune: lagrasse, update: update(text) }]
		});
	const first = await send('premier', 0);
	const created = await waitFor(seen, (e) => e.record.id === doc && e.action === 'create');
	expect(created.record).toMatchObject({ commune: lagrasse, rows: 1 });
	expect(created.record.head).toBeGreaterThan(0);

	await send('second', first.cursor);
	const updated = await waitFor(seen, (e) => e.record.id === doc && e.action === 'update');
	expect(updated.record.rows).toBe(2);
	expect(updated.record.head).toBeGreaterThan(created.record.head);

	// The outsider pushes to his own commune after the mayor's pushes: once his stream carries
	// that event, it would have carried Lagrasse's before it (one ordered stream per client).
	const ajaccio = outsider.authStore.record!.communes[0] as string;
	const own = randomId();
	const ownPush = await sync(outsider, {
		device: 'd-realtime-outsider',
		ops: [{ id: opId(), doc: own, type: 'project', commune: ajaccio, update: update('ici') }]
	});
	expect(ownPush.accepted).toHaveLength(1);
	await waitFor(seenByOutsider, (e) => e.record.id === own);
	expect(seenByOutsider.filter((e) => e.record.commune === lagrasse)).toEqual([]);
});
