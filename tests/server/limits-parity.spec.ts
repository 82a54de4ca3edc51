// One source for every limit the app and the server share (issue 9, item 5): loads the server's
// constants (pocketbase/pb_hooks/lib/limits.js, lib/charters.js, lib/sync/scope.js) in Node and
// checks each against its TypeScript twin, compares the two signature grammars and invisible-
// character rules on a seeded random corpus (the seed is printed; replay with
// LIMITS_SEED=<seed>), then checks the schema and API rules the released migrations built on the
// running PocketBase against the same constants: migrations are history and keep their own
// copies, so this is where a drift between them shows.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	COMMUNE_NAME_MAX,
	hasInvisible,
	INSEE_PATTERN,
	PROJECT_ID_PATTERN,
	SIGNED_AT_PATTERN,
	SIGNER_NAME_MAX
} from '../../src/lib/features/charters/domain/validation';
import {
	isSignatureDrawn,
	parseSignature,
	SIGNATURE_HEIGHT,
	SIGNATURE_MAX_CHARS,
	SIGNATURE_MIN_POINTS,
	SIGNATURE_MIN_SPAN,
	SIGNATURE_WIDTH
} from '../../src/lib/features/charters/domain/signature';
import {
	MAX_EDGE,
	MAX_STORED_BYTES,
	UPLOAD_CHUNK_BYTES
} from '../../src/lib/features/photos/domain/limits';
import { IMPACT_THEMES, SYMBIOTIC_LEVERS } from '../../src/lib/domain/programme';
import { SUMMARY_MAX } from '../../src/lib/features/projects/domain/canvas';
import {
	LEGACY_PROJECT_STATUSES,
	PROJECT_STATUSES
} from '../../src/lib/features/projects/domain/types';
import { TITLE_MAX } from '../../src/lib/features/projects/domain/validation';
import {
	DOC_TYPES,
	MAX_ITEMS_PER_REQUEST,
	MAX_REQUEST_BYTES,
	MAX_SNAPSHOT_BYTES,
	MAX_UPDATE_BYTES,
	PROTOCOL_VERSION
} from '../../src/lib/domain/sync/protocol';
import { MANDATES } from '../../src/lib/domain/users';
import { QUIZ_LIMITS, QUIZ_PHASES } from '../../src/lib/features/quizzes/domain/quiz';
import { DISCUSSION_LIMITS } from '../../src/lib/features/discussions/domain/limits';
import {
	CONSULTATION_LIMITS,
	VOTE_GRACE_MS
} from '../../src/lib/features/consultations/domain/limits';
import { adminClient } from '../helpers/pocketbase';
import { requireHook } from '../helpers/hooks';

interface ServerLimits {
	PROTOCOL_VERSION: number;
	MAX_BODY_BYTES: number;
	MAX_ITEMS: number;
	MAX_UPDATE_BYTES: number;
	MAX_SNAPSHOT_BYTES: number;
	DOC_TYPES: string[];
	CHARTER: {
		mandates: string[];
		nameMax: number;
		communeNameMax: number;
		signatureMaxChars: number;
		signatureWidth: number;
		signatureHeight: number;
		signatureMinPoints: number;
		signatureMinSpan: number;
	};
	PROJECT: {
		text: { title: number; status: number; summary: number };
		listMax: number;
		wordMax: number;
		statuses: string[];
		themes: string[];
		levers: string[];
	};
	PROGRESS: { keyMax: number };
	QUIZ: { maxQuestions: number; moduleMax: number; phases: string[] };
	PHOTO: {
		maxBytes: number;
		maxChunkBytes: number;
		maxEdge: number;
		files: Record<string, string>;
	};
	PATTERNS: Record<string, RegExp>;
}

interface ServerCharters {
	isSignature(path: string): boolean;
	hasInvisible(text: string): boolean;
}

interface ServerScope {
	API_RULES: Record<
		'eluOfCommune' | 'docReaders' | 'communeReaders' | 'charterReaders' | 'ownOrNational' | 'own',
		string
	>;
}

const limits = requireHook<ServerLimits>('lib/limits.js');
const charters = requireHook<ServerCharters>('lib/charters.js');
const scope = requireHook<ServerScope>('lib/sync/scope.js');

/** mulberry32: a small seeded generator, so a failing corpus can be replayed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SEED = Number(process.env.LIMITS_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('limits shared by the app and the server', () => {
	it('agree on the sync protocol caps', () => {
		expect(limits.PROTOCOL_VERSION).toBe(PROTOCOL_VERSION);
		expect(limits.MAX_BODY_BYTES).toBe(MAX_REQUEST_BYTES);
		expect(limits.MAX_ITEMS).toBe(MAX_ITEMS_PER_REQUEST);
		expect(limits.MAX_UPDATE_BYTES).toBe(MAX_UPDATE_BYTES);
		expect(limits.MAX_SNAPSHOT_BYTES).toBe(MAX_SNAPSHOT_BYTES);
		expect(limits.DOC_TYPES).toEqual([...DOC_TYPES]);
	});

	it('agree on the bounds of a charter', () => {
		expect(limits.CHARTER.nameMax).toBe(SIGNER_NAME_MAX);
		expect(limits.CHARTER.communeNameMax).toBe(COMMUNE_NAME_MAX);
		expect(limits.CHARTER.mandates).toEqual([...MANDATES]);
		expect(limits.CHARTER.signatureMaxChars).toBe(SIGNATURE_MAX_CHARS);
		expect(limits.CHARTER.signatureWidth).toBe(SIGNATURE_WIDTH);
		expect(limits.CHARTER.signatureHeight).toBe(SIGNATURE_HEIGHT);
		expect(limits.CHARTER.signatureMinPoints).toBe(SIGNATURE_MIN_POINTS);
		expect(limits.CHARTER.signatureMinSpan).toBe(SIGNATURE_MIN_SPAN);
		expect(limits.PATTERNS.insee!.source).toBe(INSEE_PATTERN.source);
		expect(limits.PATTERNS.recordId!.source).toBe(PROJECT_ID_PATTERN.source);
		expect(limits.PATTERNS.signedAt!.source).toBe(SIGNED_AT_PATTERN.source);
	});

	it('agree on what a project summary may hold', () => {
		expect(limits.PROJECT.text.title).toBe(TITLE_MAX);
		// The app writes shorter summaries than the server keeps.
		expect(SUMMARY_MAX).toBeLessThanOrEqual(limits.PROJECT.text.summary);
		for (const status of [...PROJECT_STATUSES, ...LEGACY_PROJECT_STATUSES]) {
			expect(status.length).toBeLessThanOrEqual(limits.PROJECT.text.status);
		}
		expect(limits.PROJECT.statuses).toEqual([...PROJECT_STATUSES, ...LEGACY_PROJECT_STATUSES]);
		expect(limits.PROJECT.themes).toEqual([...IMPACT_THEMES]);
		expect(limits.PROJECT.levers).toEqual([...SYMBIOTIC_LEVERS]);
		for (const list of [IMPACT_THEMES, SYMBIOTIC_LEVERS]) {
			expect(list.length).toBeLessThanOrEqual(limits.PROJECT.listMax);
			for (const key of list) expect(key.length).toBeLessThanOrEqual(limits.PROJECT.wordMax);
		}
	});

	it('agree on photo sizes: the app never sends what the server refuses', () => {
		expect(limits.PHOTO.maxBytes).toBe(MAX_STORED_BYTES);
		expect(UPLOAD_CHUNK_BYTES).toBeLessThanOrEqual(limits.PHOTO.maxChunkBytes);
		expect(MAX_EDGE).toBeLessThanOrEqual(limits.PHOTO.maxEdge);
		expect(Object.keys(limits.PHOTO.files)).toContain('image/jpeg');
	});

	it(`read signatures with the same grammar and bounds (seed ${SEED})`, () => {
		console.log(`limits-parity: LIMITS_SEED=${SEED}`);
		const next = random(SEED);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
		const coordinate = (max: number) =>
			next() < 0.9
				? String(Math.floor(next() * (max + 20)))
				: pick(['-1', '007', '+5', '1.5', '', 'x']);
		const paths = [
			'',
			'M 0 0',
			'M 40 120 L 60 80 L 90 60 L 120 90 L 150 130 M 200 100 L 260 100 L 320 95',
			`M 1 1${' L 2 2'.repeat(SIGNATURE_MAX_CHARS / 6)}`
		];
		for (let n = 0; n < 3000; n++) {
			const tokens: string[] = [];
			const points = 1 + Math.floor(next() * 14);
			for (let p = 0; p < points; p++) {
				const command =
					p === 0 ? (next() < 0.95 ? 'M' : pick(['L', 'm', 'Z'])) : next() < 0.2 ? 'M' : 'L';
				tokens.push(command, coordinate(SIGNATURE_WIDTH), coordinate(SIGNATURE_HEIGHT));
			}
			let path = tokens.join(' ');
			if (next() < 0.05) path = path.replace(' ', '  ');
			if (next() < 0.05) path += ' ';
			paths.push(path);
		}
		let drawn = 0;
		for (const path of paths) {
			const strokes = parseSignature(path);
			const app = strokes !== null && isSignatureDrawn(strokes);
			if (app) drawn++;
			expect(charters.isSignature(path), path.slice(0, 80)).toBe(app);
		}
		// The corpus holds both answers, or the comparison proves little.
		expect(drawn).toBeGreaterThan(100);
		expect(drawn).toBeLessThan(paths.length - 100);
	});

	it(`find the same invisible characters in names (seed ${SEED})`, () => {
		for (let code = 0; code <= 0xffff; code++) {
			const text = `a${String.fromCharCode(code)}b`;
			expect(charters.hasInvisible(text), code.toString(16)).toBe(hasInvisible(text));
		}
		const next = random(SEED);
		const pool = [
			0x00, 0x09, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x9f, 0xa0, 0xe9, 0x200b, 0x2028, 0xfeff, 0xd800,
			0xdbff, 0xdc00, 0xdfff, 0xd83c, 0xdf3b
		];
		for (let n = 0; n < 5000; n++) {
			let text = '';
			const length = 1 + Math.floor(next() * 6);
			for (let i = 0; i < length; i++) {
				text += String.fromCharCode(pool[Math.floor(next() * pool.length)]!);
			}
			expect(charters.hasInvisible(text), JSON.stringify(text)).toBe(hasInvisible(text));
		}
	});
});

interface SchemaField {
	name: string;
	type: string;
	max?: number;
	maxSize?: number;
	values?: string[];
	mimeTypes?: string[];
}

describe('the schema the released migrations built', () => {
	let admin: PocketBase;
	const fields = async (collection: string) =>
		(await admin.collections.getOne(collection)).fields as SchemaField[];
	const field = async (collection: string, name: string) => {
		const found = (await fields(collection)).find((f) => f.name === name);
		if (!found) throw new Error(`${collection}.${name} is missing`);
		return found;
	};

	beforeAll(async () => {
		admin = await adminClient(inject('pbUrl'));
	});

	it('bounds the fields the hooks check, with the hooks’ limits', async () => {
		expect((await field('projects', 'title')).max).toBe(limits.PROJECT.text.title);
		expect((await field('projects', 'status')).max).toBe(limits.PROJECT.text.status);
		expect((await field('projects', 'summary')).max).toBe(limits.PROJECT.text.summary);
		expect((await field('progress', 'module')).max).toBe(limits.PROGRESS.keyMax);
		expect((await field('progress', 'activity')).max).toBe(limits.PROGRESS.keyMax);
		expect(limits.QUIZ).toEqual({ ...QUIZ_LIMITS, phases: [...QUIZ_PHASES] });
		expect((await field('quiz_attempts', 'module')).max).toBe(limits.QUIZ.moduleMax);
		expect((await field('quiz_attempts', 'total')).max).toBe(limits.QUIZ.maxQuestions);
		expect((await field('quiz_attempts', 'phase')).values).toEqual(limits.QUIZ.phases);
		expect((await field('charters', 'signer_name')).max).toBe(limits.CHARTER.nameMax);
		expect((await field('charters', 'countersigner_name')).max).toBe(limits.CHARTER.nameMax);
		expect((await field('charters', 'commune_name')).max).toBe(limits.CHARTER.communeNameMax);
		expect((await field('charters', 'signature')).max).toBe(limits.CHARTER.signatureMaxChars);
		expect((await field('charters', 'mandate')).values).toEqual(limits.CHARTER.mandates);
		expect((await field('photos', 'file')).maxSize).toBe(limits.PHOTO.maxBytes);
		expect((await field('photos', 'partial')).maxSize).toBe(limits.PHOTO.maxBytes);
		expect((await field('photos', 'file')).mimeTypes).toEqual(Object.keys(limits.PHOTO.files));
		expect((await field('photos', 'width')).max).toBe(limits.PHOTO.maxEdge);
		expect((await field('photos', 'height')).max).toBe(limits.PHOTO.maxEdge);
		// A snapshot at the cap, in z85: 5 characters per 4 bytes, plus the pad digit.
		expect((await field('doc_updates', 'update')).max).toBe(
			(limits.MAX_SNAPSHOT_BYTES / 4) * 5 + 1
		);
	});

	it('reads with the API rules that lib/sync/scope.js states', async () => {
		const rules = scope.API_RULES;
		const expected: Record<string, string> = {
			docs: rules.docReaders,
			projects: rules.communeReaders,
			photos: rules.communeReaders,
			charters: rules.charterReaders,
			progress: rules.ownOrNational,
			quiz_attempts: rules.own
		};
		for (const [name, rule] of Object.entries(expected)) {
			const collection = await admin.collections.getOne(name);
			expect(collection.listRule, name).toBe(rule);
			expect(collection.viewRule, name).toBe(rule);
		}
	});
});

describe('the learning network and concertations', () => {
	interface Community {
		COMMUNITY: Record<string, unknown> & { voteGraceMs: number };
	}
	interface CommunityScope {
		API_RULES: { spaceReaders: string; own: string };
	}
	const community = requireHook<Community>('lib/limits.js').COMMUNITY;

	it('agree on the bounds of posts, reports, consultations and the grace period of votes', () => {
		expect(community.voteGraceMs).toBe(VOTE_GRACE_MS);
		for (const [key, value] of Object.entries(DISCUSSION_LIMITS)) {
			expect(community[key], key).toEqual(value);
		}
		for (const [key, value] of Object.entries(CONSULTATION_LIMITS)) {
			expect(community[key], key).toEqual(value);
		}
	});

	it('built their collections with these bounds and the space rule of lib/sync/scope.js', async () => {
		const admin = await adminClient(inject('pbUrl'));
		const rules = requireHook<CommunityScope>('lib/sync/scope.js').API_RULES;
		const readers: Record<string, string> = {
			discussions: rules.spaceReaders,
			comments: rules.spaceReaders,
			consultations: rules.spaceReaders,
			proposals: rules.spaceReaders,
			votes: rules.own,
			reports: rules.own,
			notifications: rules.own
		};
		for (const [name, rule] of Object.entries(readers)) {
			const collection = await admin.collections.getOne(name);
			expect([collection.listRule, collection.viewRule], name).toEqual([rule, rule]);
		}
		const field = async (collection: string, name: string) =>
			((await admin.collections.getOne(collection)).fields as SchemaField[]).find(
				(f) => f.name === name
			)!;
		for (const name of ['discussions', 'comments', 'proposals']) {
			expect((await field(name, 'body')).max, name).toBe(DISCUSSION_LIMITS.bodyMax);
			expect((await field(name, 'hidden_body')).max, name).toBe(DISCUSSION_LIMITS.bodyMax);
		}
		expect((await field('discussions', 'title')).max).toBe(DISCUSSION_LIMITS.titleMax);
		expect((await field('discussions', 'space_kind')).values).toEqual([
			...DISCUSSION_LIMITS.spaceKinds
		]);
		expect((await field('reports', 'reason')).values).toEqual([...DISCUSSION_LIMITS.reportReasons]);
		expect((await field('consultations', 'context')).max).toBe(CONSULTATION_LIMITS.contextMax);
		expect((await field('consultations', 'synthesis')).max).toBe(CONSULTATION_LIMITS.synthesisMax);
		expect((await field('consultations', 'kind')).values).toEqual([...CONSULTATION_LIMITS.types]);
	});
});
