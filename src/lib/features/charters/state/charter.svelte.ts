// The engagement charter for every screen: the signed-in élu's charters on this device (live,
// with their sync state, received back from the server too), the signing form (fields, checks,
// sealing, saving) and the check of a receipt code (this device first, then the server). Pages
// and components talk to this, never to Dexie or the network. A signed charter is never edited.
import { parseReceiptCode, receiptCode } from '$lib/domain/canonical';
import { charterTextHash, sealCharter } from '../domain/canonical';
import { charterFromRecordData, type CharterRecordData } from '../domain/record';
import { CURRENT_CHARTER_VERSION } from '../domain/text';
import { validateCharter, type CharterField } from '../domain/validation';
import type { Mandate, User } from '$lib/domain/users';
import type { UserDatabase } from '$lib/local/db';
import {
	listCharters,
	ownCharters,
	rememberReception,
	saveSignedCharter,
	verifyLocalReceipt,
	type StoredCharter
} from '../local/charters';
import type { LocalStore } from '$lib/local/store';
import { watch } from '$lib/local/watch';
import { verifyReceiptOnServer, type ServerCharter } from '../sync/verify';
import { getPocketBase } from '$lib/sync/pocketbase';
import { linkCharterToProject, type ProjectCharterLink } from './charter-link.svelte';
import { session } from '$lib/state/session.svelte';
import { syncState, type SyncState } from '$lib/state/sync.svelte';

export type { StoredCharter } from '../local/charters';
export type { ServerCharter } from '../sync/verify';

/** The fields of the signing form, in the order errors are focused. */
export const FORM_FIELDS = [
	'signerName',
	'mandate',
	'commune',
	'signedAt',
	'signature',
	'countersignerName',
	'countersignature',
	'consent',
	'general'
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A message of the `charter` catalogue, by key (`charters.errors.signatureRequired`…). */
export type FormErrors = Partial<Record<FormField, string>>;

const FIELD_OF: Partial<Record<CharterField, FormField>> = {
	signerName: 'signerName',
	mandate: 'mandate',
	communeInsee: 'commune',
	communeName: 'commune',
	signedAt: 'signedAt',
	signature: 'signature',
	countersignerName: 'countersignerName',
	countersignature: 'countersignature'
};

/** `ms` as `toISOString` writes it (a throwaway Date, not reactive state). */
function isoTime(ms: number): string {
	return new Date(ms).toISOString();
}

/** Where the form gets its database and reports a write (injected by tests). */
export interface SigningDeps {
	db: () => Promise<UserDatabase>;
	onSaved?: () => void;
	/** The signing time in ms (tests fix it). */
	now?: () => number;
	/** Lists a charter signed with a project on that project (see charter-link.svelte.ts). */
	linkProject?: (projectId: string, link: ProjectCharterLink) => Promise<unknown>;
}

const defaultDeps: SigningDeps = {
	db: async () => (await syncState.ready()).db,
	onSaved: () => syncState.noteLocalWrite(),
	linkProject: linkCharterToProject
};

/** The signing form of one élu: its fields, its errors, and signing. */
export class CharterSigning {
	signerName = $state('');
	mandate = $state<Mandate | ''>('');
	communeInsee = $state('');
	signature = $state('');
	countersign = $state(false);
	countersignerName = $state('');
	countersignature = $state('');
	consent = $state(false);
	/** The project the charter commits to ('' for "Je choisirai plus tard"). */
	projectId = $state('');
	errors = $state.raw<FormErrors>({});
	saving = $state(false);
	/** The id of the charter this form signed (then the form is done: it shows the receipt). */
	signedId = $state<string | undefined>(undefined);
	#communes: User['communes'] = [];
	readonly #deps: SigningDeps;

	constructor(deps: SigningDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Fills name, mandate and commune from the account (the communes still to sign for). */
	prefill(user: Pick<User, 'name' | 'mandate' | 'communes'>, communes = user.communes): void {
		this.#communes = communes;
		this.signerName = user.name;
		this.mandate = user.mandate ?? '';
		this.communeInsee = communes.length === 1 ? communes[0]!.insee : '';
	}

	/**
	 * Checks the form; when it is right, seals the charter (hash and receipt) and saves it on this
	 * device with its outbox entry. Returns the first field in error (to focus it), or undefined
	 * once signed.
	 */
	async sign(): Promise<FormField | undefined> {
		if (this.saving || this.signedId) return undefined;
		// Busy from the first tap: a second tap must not seal a second charter a moment later.
		this.saving = true;
		try {
			return await this.#sign();
		} finally {
			this.saving = false;
		}
	}

	/**
	 * The charter is signed whatever happens here: the project lists it for every device of the
	 * commune, and if that fails the sealed `project_id` still names the project on this one.
	 */
	async #linkProject(projectId: string, hash: string, signedAt: string): Promise<void> {
		const link = {
			id: this.signedId!,
			receipt: receiptCode(hash),
			signedAt,
			signer: this.signerName.trim()
		};
		try {
			await this.#deps.linkProject?.(projectId, link);
		} catch (error) {
			console.error('charter not listed on its project', error);
		}
	}

	async #sign(): Promise<FormField | undefined> {
		const commune = this.#communes.find((c) => c.insee === this.communeInsee);
		const content = {
			version: CURRENT_CHARTER_VERSION,
			textHash: await charterTextHash(CURRENT_CHARTER_VERSION),
			signerName: this.signerName,
			mandate: this.mandate as Mandate,
			communeInsee: commune?.insee ?? '',
			communeName: commune?.name ?? '',
			signedAt: isoTime(this.#deps.now?.() ?? Date.now()),
			signature: this.signature,
			countersignerName: this.countersign ? this.countersignerName : '',
			countersignature: this.countersign ? this.countersignature : '',
			projectId: this.projectId || undefined
		};
		const errors: FormErrors = {};
		for (const error of validateCharter(content)) {
			const field = FIELD_OF[error.field] ?? 'general';
			errors[field] ??= error.key;
		}
		if (this.countersign && !content.countersignerName.trim() && !content.countersignature) {
			errors.countersignerName ??= 'charters.errors.countersignerNameRequired';
			errors.countersignature ??= 'charters.errors.countersignatureRequired';
		}
		if (!this.consent) errors.consent = 'charters.form.consentRequired';
		this.errors = errors;
		const first = FORM_FIELDS.find((field) => errors[field]);
		if (first) return first;
		try {
			const sealed = await sealCharter(content);
			this.signedId = await saveSignedCharter(await this.#deps.db(), sealed);
			this.#deps.onSaved?.();
			if (content.projectId)
				await this.#linkProject(content.projectId, sealed.hash, content.signedAt);
			return undefined;
		} catch (error) {
			console.error('charter could not be saved', error);
			this.errors = { general: 'charters.form.failed' };
			return 'general';
		}
	}
}

/** The store it follows, whose charters it lists, and the client asking reception times (tests). */
export interface CharterBookDeps {
	sync: Pick<SyncState, 'store' | 'ready' | 'online'>;
	user: () => Pick<User, 'id'> | null | undefined;
	client: typeof getPocketBase;
}

/** The signed-in user's own charters on this device, live (not the other élus' of the commune). */
export class CharterBook {
	charters = $state.raw<StoredCharter[]>([]);
	loaded = $state(false);
	#stop: (() => void) | undefined;
	#store: LocalStore | undefined;
	// Which ids were asked for already: bookkeeping, never rendered.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#asked = new Set<string>();
	readonly #deps: CharterBookDeps;

	constructor(
		deps: CharterBookDeps = { sync: syncState, user: () => session.user, client: getPocketBase }
	) {
		this.#deps = deps;
	}

	/** Starts following the signed-in user's charters (idempotent; follows a change of user). */
	follow(): void {
		const { sync } = this.#deps;
		if (sync.store !== this.#store) {
			// Another user's list must never show, not even while the new store opens.
			this.charters = [];
			this.loaded = false;
		}
		sync
			.ready()
			.then((store) => {
				if (store === this.#store) return;
				this.#stop?.();
				this.#store = store;
				this.#stop = watch(
					async () => ownCharters(await listCharters(store.db), this.#deps.user()?.id ?? ''),
					(charters) => {
						this.charters = charters;
						this.loaded = true;
						this.#learnReceptions(store.db, charters);
					}
				);
			})
			.catch((error: unknown) => console.error('charters unavailable', error));
	}

	/** The charter with `id`, once listed. */
	find(id: string | undefined): StoredCharter | undefined {
		return this.charters.find((c) => c.row.id === id);
	}

	/** INSEE codes of the communes already signed for on the current text version. */
	signedCommunes(): ReadonlySet<string> {
		// Built afresh from `charters` on each call: a plain Set is right here.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Set(
			this.charters
				.filter((c) => c.row.version === CURRENT_CHARTER_VERSION && c.sync !== 'rejected')
				.map((c) => c.row.commune_insee)
		);
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
		this.#store = undefined;
	}

	/** A pushed charter comes back without the server's reception time: ask for it once. */
	#learnReceptions(db: UserDatabase, charters: StoredCharter[]): void {
		if (!this.#deps.sync.online) return;
		for (const { row, receipt, sync } of charters) {
			if (sync !== 'confirmed' || row.received || this.#asked.has(row.id)) continue;
			this.#asked.add(row.id);
			this.#deps
				.client()
				.then((pb) => verifyReceiptOnServer(pb, receipt))
				.then(async (answer) => {
					if (answer.status === 'found' && answer.charter.received) {
						await rememberReception(db, row.id, answer.charter.received);
					} else this.#asked.delete(row.id);
				})
				.catch((error: unknown) => console.error('reception time unavailable', error));
		}
	}
}

/** What checking a receipt code found. */
export type CheckOutcome =
	| { kind: 'idle' | 'checking' | 'malformed' | 'unknown' | 'server' }
	| {
			kind: 'found';
			receipt: string;
			/** The charter as this device holds it, and whether its hash is intact. */
			local?: { content: ReturnType<typeof charterFromRecordData>; valid: boolean };
			/** What the server vouches for; `offline` when it could not be asked. */
			server?: ServerCharter | 'offline' | 'unknown' | 'server';
	  }
	| { kind: 'unknown-offline'; receipt: string };

/** "Vérifier une charte": a receipt code typed sloppily, checked here then on the server. */
export class ReceiptCheck {
	code = $state('');
	outcome = $state.raw<CheckOutcome>({ kind: 'idle' });
	readonly #db: () => Promise<UserDatabase | undefined>;
	readonly #server: (receipt: string) => ReturnType<typeof verifyReceiptOnServer>;

	constructor(
		deps: {
			db?: () => Promise<UserDatabase | undefined>;
			server?: (receipt: string) => ReturnType<typeof verifyReceiptOnServer>;
		} = {}
	) {
		// Anyone may check a receipt: a signed-out visitor has no local charters.
		this.#db = deps.db ?? (async () => (session.user ? (await syncState.ready()).db : undefined));
		this.#server =
			deps.server ?? (async (receipt) => verifyReceiptOnServer(await getPocketBase(), receipt));
	}

	/** Checks the typed code; resolves once `outcome` holds the answer. */
	async check(): Promise<void> {
		const receipt = parseReceiptCode(this.code);
		if (!receipt) {
			this.outcome = { kind: 'malformed' };
			return;
		}
		this.outcome = { kind: 'checking' };
		const db = await this.#db();
		const found = db ? await verifyLocalReceipt(db, receipt) : undefined;
		const local = found
			? { content: charterFromRecordData(found.row as CharterRecordData), valid: found.valid }
			: undefined;
		const answer = await this.#server(receipt);
		if (answer.status === 'found') {
			this.outcome = { kind: 'found', receipt, local, server: answer.charter };
		} else if (answer.status === 'offline') {
			this.outcome = local
				? { kind: 'found', receipt, local, server: 'offline' }
				: { kind: 'unknown-offline', receipt };
		} else if (local) {
			const server = answer.status === 'unknown' ? 'unknown' : 'server';
			this.outcome = { kind: 'found', receipt, local, server };
		} else {
			this.outcome = { kind: answer.status === 'unknown' ? 'unknown' : answer.status };
		}
	}
}

export const charterBook = new CharterBook();
