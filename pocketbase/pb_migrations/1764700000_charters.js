// Engagement charters (pocketbase/README.md, "Charters"): one row per signed charter, with every
// field of its canonical content (src/lib/features/charters/domain/canonical.ts) in snake_case, its hash
// and receipt code, and the server's own reception time. Written only by the sync route, which
// recomputes the hash and never changes a stored charter, so every create, update and delete rule
// is null. Read by the signer, the élus of the commune, the coordinators of a territory that
// contains it and the national team (the same rule shape as `projects`).
const ELU_OF_COMMUNE = "@request.auth.role = 'elu' && @request.auth.communes.id ?= commune";

// An empty territory code never matches (see 1764500000_sync.js).
const COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";

const CHARTER_READERS =
	'user = @request.auth.id || (' +
	ELU_OF_COMMUNE +
	') || (' +
	COORDINATOR_OF_COMMUNE +
	") || @request.auth.role = 'national'";

const NAME_MAX = 120;
const SIGNATURE_MAX = 65536;

migrate(
	(app) => {
		const communes = app.findCollectionByNameOrId('communes');
		const users = app.findCollectionByNameOrId('users');
		const charters = new Collection({
			type: 'base',
			name: 'charters',
			listRule: CHARTER_READERS,
			viewRule: CHARTER_READERS,
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
					cascadeDelete: false
				},
				{
					type: 'relation',
					name: 'commune',
					required: true,
					collectionId: communes.id,
					maxSelect: 1,
					cascadeDelete: false
				},
				{ type: 'text', name: 'version', required: true, max: 20 },
				{ type: 'text', name: 'text_hash', required: true, pattern: '^[0-9a-f]{64}$' },
				{ type: 'text', name: 'signer_name', required: true, max: NAME_MAX },
				{
					type: 'select',
					name: 'mandate',
					required: true,
					values: ['maire', 'adjoint', 'conseiller'],
					maxSelect: 1
				},
				{ type: 'text', name: 'commune_insee', required: true, pattern: '^[0-9][0-9AB][0-9]{3}$' },
				{ type: 'text', name: 'commune_name', required: true, max: 200 },
				// Text, not date: the exact string that was hashed (toISOString, UTC, milliseconds).
				{
					type: 'text',
					name: 'signed_at',
					required: true,
					pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$'
				},
				{ type: 'text', name: 'signature', required: true, max: SIGNATURE_MAX },
				{ type: 'text', name: 'countersigner_name', max: NAME_MAX },
				{ type: 'text', name: 'countersignature', max: SIGNATURE_MAX },
				{ type: 'text', name: 'project_id', pattern: '^([a-z0-9]{15})?$' },
				{ type: 'text', name: 'hash', required: true, pattern: '^[0-9a-f]{64}$' },
				{ type: 'text', name: 'receipt', required: true, max: 14 },
				// Reserved for a countersignature confirmed from the facilitator's own account; the
				// sync route never takes it from a payload.
				{ type: 'relation', name: 'countersigned_by', collectionId: users.id, maxSelect: 1 },
				{ type: 'number', name: 'seq', min: 0, onlyInt: true },
				{ type: 'text', name: 'device', max: 40 },
				{ type: 'autodate', name: 'received', onCreate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_charters_hash ON charters (hash)',
				'CREATE UNIQUE INDEX idx_charters_receipt ON charters (receipt)',
				'CREATE UNIQUE INDEX idx_charters_seq ON charters (seq)',
				'CREATE INDEX idx_charters_commune_seq ON charters (commune, seq)',
				'CREATE INDEX idx_charters_user_seq ON charters (user, seq)'
			]
		});
		app.save(charters);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('charters'));
	}
);
