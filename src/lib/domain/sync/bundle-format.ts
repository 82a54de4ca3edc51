// The `.collabactons` file format (device to device, no network): a gzip of one JSON object
// with a header, the full Yjs state of each document (z85) and plain records. This module
// describes and checks the JSON; it never reads files, unzips or touches storage.
import { BASE85_PATTERN } from './base85';
import { RECORD_ID_PATTERN } from './ids';
import { DOC_TYPES, type DocType, type RecordCollection } from './protocol';

export const BUNDLE_FORMAT = 'collabactons-bundle';
/**
 * 2: files carry signed charters. Version 1 files (projects and progress only) still import. The
 * bump makes an app that predates the charter checks on import refuse the file ("update the
 * app") rather than merge a charter as a plain record.
 */
export const BUNDLE_VERSION = 2;

export interface BundleDoc {
	id: string;
	type: DocType;
	commune: string;
	title?: string;
	/** z85 of `Y.encodeStateAsUpdate`. */
	state: string;
}

export interface BundleRecord {
	collection: RecordCollection;
	id: string;
	data: Record<string, unknown>;
}

/** A log photo carried with its project (optional: files before photos have none). */
export interface BundlePhoto {
	id: string;
	projectId: string;
	entryId: string;
	mime: string;
	width: number;
	height: number;
	/** z85 of the photo's bytes. */
	data: string;
}

export interface Bundle {
	format: typeof BUNDLE_FORMAT;
	version: number;
	exportedAt: string;
	device: string;
	user: { id: string; name: string };
	docs: BundleDoc[];
	records: BundleRecord[];
	/** Photos of the exported projects' logs (an older app ignores them; nothing is lost). */
	photos: BundlePhoto[];
}

/** Why a file cannot be imported; each is a message key `sync.bundle.errors.<code>`. */
export type BundleErrorCode = 'unreadable' | 'notBundle' | 'newerVersion' | 'damaged';

/** A file that is not a bundle this app can import. */
export class BundleError extends Error {
	constructor(
		readonly code: BundleErrorCode,
		detail: string
	) {
		super(`${code}: ${detail}`);
		this.name = 'BundleError';
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed JSON value and returns it as a `Bundle`, or throws a `BundleError`.
 * @param collections the record collections this app knows (a record of another is damage)
 */
export function readBundle(value: unknown, collections: ReadonlySet<string>): Bundle {
	if (!isObject(value) || value.format !== BUNDLE_FORMAT) {
		throw new BundleError('notBundle', 'missing format marker');
	}
	if (typeof value.version !== 'number' || value.version > BUNDLE_VERSION) {
		throw new BundleError('newerVersion', `version ${String(value.version)}`);
	}
	const user = isObject(value.user) ? value.user : {};
	if (!Array.isArray(value.docs) || !Array.isArray(value.records)) {
		throw new BundleError('damaged', 'docs or records missing');
	}
	const docs = value.docs.map((doc, i): BundleDoc => {
		if (
			!isObject(doc) ||
			typeof doc.id !== 'string' ||
			!RECORD_ID_PATTERN.test(doc.id) ||
			!(DOC_TYPES as readonly unknown[]).includes(doc.type) ||
			typeof doc.commune !== 'string' ||
			typeof doc.state !== 'string' ||
			!BASE85_PATTERN.test(doc.state)
		) {
			throw new BundleError('damaged', `document ${i}`);
		}
		return {
			id: doc.id,
			type: doc.type as DocType,
			commune: doc.commune,
			title: typeof doc.title === 'string' ? doc.title : undefined,
			state: doc.state
		};
	});
	const records = value.records.map((record, i): BundleRecord => {
		if (
			!isObject(record) ||
			typeof record.collection !== 'string' ||
			!collections.has(record.collection) ||
			typeof record.id !== 'string' ||
			!RECORD_ID_PATTERN.test(record.id) ||
			!isObject(record.data)
		) {
			throw new BundleError('damaged', `record ${i}`);
		}
		return { collection: record.collection, id: record.id, data: record.data };
	});
	const photos = (Array.isArray(value.photos) ? value.photos : []).map((photo, i) => {
		const dimension = (n: unknown) => Number.isInteger(n) && (n as number) > 0;
		if (
			!isObject(photo) ||
			![photo.id, photo.projectId, photo.entryId].every(
				(id) => typeof id === 'string' && RECORD_ID_PATTERN.test(id)
			) ||
			!['image/jpeg', 'image/webp'].includes(String(photo.mime)) ||
			!dimension(photo.width) ||
			!dimension(photo.height) ||
			typeof photo.data !== 'string' ||
			!BASE85_PATTERN.test(photo.data)
		) {
			throw new BundleError('damaged', `photo ${i}`);
		}
		return photo as unknown as BundlePhoto;
	});
	return {
		format: BUNDLE_FORMAT,
		version: value.version,
		exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
		device: typeof value.device === 'string' ? value.device : '',
		user: {
			id: typeof user.id === 'string' ? user.id : '',
			name: typeof user.name === 'string' ? user.name : ''
		},
		docs,
		records,
		photos
	};
}
