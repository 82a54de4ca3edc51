// Photos of project logs (pocketbase/README.md, "Photos"): one row per photo, created and filled
// only by the resumable upload routes of pb_hooks/photos.pb.js, so every create, update and
// delete rule is null. While an upload is under way the bytes received so far sit in `partial`;
// the last chunk moves them to `file` (JPEG or WebP only) and sets `complete`. Read by the élus
// of the commune, the coordinators of a territory that contains it and the national team (the
// same rule shape as `projects`); files are protected (a file token is needed to fetch one).
const ELU_OF_COMMUNE = "@request.auth.role = 'elu' && @request.auth.communes.id ?= commune";

// An empty territory code never matches (see 1764500000_sync.js).
const COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";

const PHOTO_READERS =
	'(' + ELU_OF_COMMUNE + ') || (' + COORDINATOR_OF_COMMUNE + ") || @request.auth.role = 'national'";

/** Hard cap of one stored photo; devices aim at 300 KB (src/lib/features/photos/domain/limits.ts). */
const MAX_PHOTO_BYTES = 512 * 1024;
const ID = '^[a-z0-9]{15}$';

migrate(
	(app) => {
		const communes = app.findCollectionByNameOrId('communes');
		const users = app.findCollectionByNameOrId('users');
		app.save(
			new Collection({
				type: 'base',
				name: 'photos',
				listRule: PHOTO_READERS,
				viewRule: PHOTO_READERS,
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
					{ type: 'text', name: 'project', required: true, pattern: ID },
					{ type: 'text', name: 'entry', required: true, pattern: ID },
					{ type: 'relation', name: 'uploader', collectionId: users.id, maxSelect: 1 },
					{ type: 'text', name: 'mime', required: true, max: 20 },
					{ type: 'number', name: 'bytes', required: true, min: 1, onlyInt: true },
					{ type: 'number', name: 'received', min: 0, onlyInt: true },
					{ type: 'number', name: 'width', min: 1, max: 8192, onlyInt: true },
					{ type: 'number', name: 'height', min: 1, max: 8192, onlyInt: true },
					{ type: 'bool', name: 'complete' },
					{
						type: 'file',
						name: 'partial',
						maxSelect: 1,
						maxSize: MAX_PHOTO_BYTES,
						protected: true
					},
					{
						type: 'file',
						name: 'file',
						maxSelect: 1,
						maxSize: MAX_PHOTO_BYTES,
						mimeTypes: ['image/jpeg', 'image/webp'],
						protected: true
					},
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: [
					'CREATE INDEX idx_photos_project ON photos (project)',
					'CREATE INDEX idx_photos_commune ON photos (commune)'
				]
			})
		);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('photos'));
	}
);
