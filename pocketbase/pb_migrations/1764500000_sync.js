// Sync schema (pocketbase/README.md, "Sync protocol"): collaborative documents and their Yjs
// updates, project summaries, curriculum progress, and the global sequence that orders them.
// Every collection here is written only by the sync route (pb_hooks/sync.pb.js), so every
// create/update/delete rule is null (superusers only); read rules say who may list what.
const ELU_OF_COMMUNE = "@request.auth.role = 'elu' && @request.auth.communes.id ?= commune";

// A coordinator sees the communes of their territory; an empty code never matches (communes
// without an EPCI have an empty `epci`, which must not make them visible to everyone).
const COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";

const PROJECT_READERS =
	'(' + ELU_OF_COMMUNE + ') || (' + COORDINATOR_OF_COMMUNE + ") || @request.auth.role = 'national'";

/** The global sequence lives in this row of `sync_counters` (see README, "Ordering"). */
const SEQUENCE_ROW = 'globalsequence0';

/** Largest z85 string: a 2 MB snapshot, padded to 4 bytes, 5 characters per 4 bytes, + pad digit. */
const MAX_UPDATE_CHARS = ((2 * 1024 * 1024) / 4) * 5 + 1;

function timestamps() {
	return [
		{ type: 'autodate', name: 'created', onCreate: true },
		{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
	];
}

migrate(
	(app) => {
		const communes = app.findCollectionByNameOrId('communes');
		const users = app.findCollectionByNameOrId('users');

		const counters = new Collection({
			type: 'base',
			name: 'sync_counters',
			listRule: null,
			viewRule: null,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [{ type: 'number', name: 'value', min: 0, onlyInt: true }]
		});
		app.save(counters);
		const sequence = new Record(counters);
		sequence.set('id', SEQUENCE_ROW);
		sequence.set('value', 0);
		app.save(sequence);

		const docs = new Collection({
			type: 'base',
			name: 'docs',
			listRule: ELU_OF_COMMUNE,
			viewRule: ELU_OF_COMMUNE,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'type', required: true, max: 40 },
				{
					type: 'relation',
					name: 'commune',
					required: true,
					collectionId: communes.id,
					maxSelect: 1,
					cascadeDelete: false
				},
				{ type: 'relation', name: 'created_by', collectionId: users.id, maxSelect: 1 },
				{ type: 'number', name: 'head', min: 0, onlyInt: true },
				{ type: 'number', name: 'rows', min: 0, onlyInt: true }
			].concat(timestamps()),
			indexes: ['CREATE INDEX idx_docs_commune ON docs (commune)']
		});
		app.save(docs);

		const updates = new Collection({
			type: 'base',
			name: 'doc_updates',
			listRule: null,
			viewRule: null,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'op', required: true, max: 40 },
				{
					type: 'relation',
					name: 'doc',
					required: true,
					collectionId: docs.id,
					maxSelect: 1,
					cascadeDelete: true
				},
				// 0 for a tombstone (a compacted row that only keeps its op id for idempotency).
				{ type: 'number', name: 'seq', min: 0, onlyInt: true },
				{ type: 'text', name: 'update', max: MAX_UPDATE_CHARS },
				{ type: 'bool', name: 'snapshot' },
				{ type: 'number', name: 'covers', min: 0, onlyInt: true },
				{ type: 'relation', name: 'author', collectionId: users.id, maxSelect: 1 },
				{ type: 'text', name: 'device', max: 40 },
				{ type: 'number', name: 'size', min: 0, onlyInt: true },
				{ type: 'autodate', name: 'created', onCreate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_doc_updates_op ON doc_updates (op)',
				'CREATE UNIQUE INDEX idx_doc_updates_seq ON doc_updates (seq) WHERE seq > 0',
				'CREATE INDEX idx_doc_updates_doc_seq ON doc_updates (doc, seq)'
			]
		});
		app.save(updates);

		const projects = new Collection({
			type: 'base',
			name: 'projects',
			listRule: PROJECT_READERS,
			viewRule: PROJECT_READERS,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{
					type: 'relation',
					name: 'commune',
					required: true,
					collectionId: communes.id,
					maxSelect: 1,
					cascadeDelete: false
				},
				{ type: 'text', name: 'title', max: 200 },
				{ type: 'text', name: 'status', max: 40 },
				{ type: 'json', name: 'themes', maxSize: 4000 },
				{ type: 'json', name: 'levers', maxSize: 4000 },
				{ type: 'text', name: 'summary', max: 5000 },
				{ type: 'relation', name: 'updated_by', collectionId: users.id, maxSelect: 1 },
				{ type: 'number', name: 'seq', min: 0, onlyInt: true },
				{ type: 'text', name: 'device', max: 40 }
			].concat(timestamps()),
			indexes: [
				'CREATE INDEX idx_projects_commune ON projects (commune)',
				'CREATE UNIQUE INDEX idx_projects_seq ON projects (seq)'
			]
		});
		app.save(projects);

		const progress = new Collection({
			type: 'base',
			name: 'progress',
			listRule: "user = @request.auth.id || @request.auth.role = 'national'",
			viewRule: "user = @request.auth.id || @request.auth.role = 'national'",
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{
					type: 'relation',
					name: 'user',
					required: true,
					collectionId: users.id,
					maxSelect: 1,
					cascadeDelete: true
				},
				{ type: 'text', name: 'module', required: true, max: 100 },
				{ type: 'text', name: 'activity', max: 100 },
				{ type: 'bool', name: 'done' },
				{ type: 'date', name: 'done_at' },
				{ type: 'number', name: 'seq', min: 0, onlyInt: true },
				{ type: 'text', name: 'device', max: 40 }
			].concat(timestamps()),
			indexes: [
				'CREATE INDEX idx_progress_user_seq ON progress (user, seq)',
				'CREATE UNIQUE INDEX idx_progress_seq ON progress (seq)'
			]
		});
		app.save(progress);
	},
	(app) => {
		for (const name of ['progress', 'projects', 'doc_updates', 'docs', 'sync_counters']) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
