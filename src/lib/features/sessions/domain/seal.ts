// A seal: the facilitator's countersignature over the attendance rows of one half-day, as a
// list of (id, hash) with a SHA-256 over it and a receipt code. Owns the seal's canonical
// content (recomputed by the server in pb_hooks/lib/sessions.js) and the coverage rule: a row is
// covered when a seal of its half-day lists its id with its hash; rows that arrive after the
// seal stay *uncovered* until an addendum seal lists them — never silently inside the first
// one. Pure apart from WebCrypto; never stores.
import type { AttendanceRow } from './attendance';
import { canonicalObject, receiptCode, sha256Hex } from '$lib/domain/canonical';
import type { SealCover, SealData } from './types';

/** What a seal says, before its hash. */
export type SealContent = Omit<SealData, 'hash'>;

/** The covers as hashed: sorted by id, `id:hash` joined by commas. */
export function coversText(covers: readonly SealCover[]): string {
	return [...covers]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((cover) => `${cover.id}:${cover.hash}`)
		.join(',');
}

/** The canonical string of a seal. */
export function canonicalSeal(content: SealContent): string {
	return canonicalObject({
		session: content.session,
		slot: content.slot,
		covers: coversText(content.covers),
		countersigner_name: content.countersigner_name.trim().normalize('NFC'),
		countersignature: content.countersignature,
		sealed_at: content.sealed_at,
		addendum_of: content.addendum_of
	});
}

/** The seal with its covers sorted, its name normalised and its hash: what is stored. */
export async function hashSeal(content: SealContent): Promise<SealData> {
	const normalized: SealContent = {
		...content,
		covers: [...content.covers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		countersigner_name: content.countersigner_name.trim().normalize('NFC')
	};
	return { ...normalized, hash: await sha256Hex(canonicalSeal(normalized)) };
}

/** The receipt code of a seal (printed on the sheet and the certificates). */
export function sealReceipt(seal: Pick<SealData, 'hash'>): string {
	return receiptCode(seal.hash);
}

/** Where a row stands against the seals of its half-day. */
export type Coverage = 'covered' | 'uncovered';

/** A half-day: not sealed yet, sealed with every row covered, or sealed with rows uncovered. */
export type SlotSealState = 'open' | 'sealed' | 'uncovered';

export interface SlotCoverage {
	state: SlotSealState;
	/** Coverage of each row, by row id. */
	rows: Map<string, Coverage>;
	/** Rows no seal covers (or whose content differs from what was sealed). */
	uncovered: string[];
	/** The newest seal (an addendum points at it), or null. */
	last: (SealData & { id: string }) | null;
}

/**
 * The coverage of the rows of one half-day by its seals. A row is covered only when a seal lists
 * its id *and* its current hash.
 */
export function slotCoverage(
	rows: readonly Pick<AttendanceRow, 'id' | 'hash'>[],
	seals: readonly (SealData & { id: string })[]
): SlotCoverage {
	const sealed = new Map<string, Set<string>>();
	for (const seal of seals) {
		for (const cover of seal.covers) {
			const hashes = sealed.get(cover.id) ?? new Set<string>();
			hashes.add(cover.hash);
			sealed.set(cover.id, hashes);
		}
	}
	const coverage = new Map<string, Coverage>();
	const uncovered: string[] = [];
	for (const row of rows) {
		const ok = sealed.get(row.id)?.has(row.hash) ?? false;
		coverage.set(row.id, ok ? 'covered' : 'uncovered');
		if (!ok) uncovered.push(row.id);
	}
	const last = [...seals].sort((a, b) => (a.sealed_at < b.sealed_at ? -1 : 1)).at(-1) ?? null;
	const state: SlotSealState =
		seals.length === 0 ? 'open' : uncovered.length ? 'uncovered' : 'sealed';
	return { state, rows: coverage, uncovered: uncovered.sort(), last };
}

/**
 * The covers of the next seal of a half-day: every row not yet covered. For the first seal that is
 * every row; for an addendum, the rows that arrived since.
 */
export function nextCovers(
	rows: readonly Pick<AttendanceRow, 'id' | 'hash'>[],
	seals: readonly (SealData & { id: string })[]
): SealCover[] {
	const { uncovered } = slotCoverage(rows, seals);
	const byId = new Map(rows.map((row) => [row.id, row.hash]));
	return uncovered.map((id) => ({ id, hash: byId.get(id)! }));
}
