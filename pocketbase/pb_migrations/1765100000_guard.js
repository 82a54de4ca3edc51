// Trust (issue 10): what the server needs so that a replayed or late request never rolls data
// back, so that no user can borrow another's device or op ids, so that a commune's reference data
// stays the official list's, and so that passwords cannot be guessed at speed. Owns only these
// changes; the collections themselves stay in their own migrations.
// - `rev` on every synced record collection: the record version the client stamps when it saves
//   (pocketbase/README.md, "Record versions"); a push whose `rev` is not above the stored one
//   changes nothing.
// - `device` hidden on those collections: another user reading a row through the API must not
//   learn a device id (the sync route stores a per-user internal id there anyway).
// - op ids unique per author, not globally: one commune cannot take ids another will compute.
// - `communes`: élus of the commune may set only `class`, `profile` and the reason they give
//   (`class_reason`); hooks refuse every other field (lib/communes.js).
// - the rate limiter on, loosely per IP (README, "Deployment"); per-account lockout is a hook.
const SYNCED = ['projects', 'progress', 'charters'];

const REFERENCE_LOCKED =
	'@request.body.insee:isset = false && @request.body.name:isset = false && ' +
	'@request.body.population:isset = false && @request.body.postal_codes:isset = false && ' +
	'@request.body.departement:isset = false && @request.body.departement_name:isset = false && ' +
	'@request.body.region:isset = false && @request.body.region_name:isset = false && ' +
	'@request.body.epci:isset = false && @request.body.epci_name:isset = false';

const COMMUNE_UPDATE =
	"@request.auth.role = 'national' || (@request.auth.role = 'elu' && " +
	'@request.auth.communes.id ?= id && ' +
	REFERENCE_LOCKED +
	')';

const OLD_COMMUNE_UPDATE =
	"@request.auth.role = 'national' || (@request.auth.communes.id ?= id && " +
	'@request.body.insee:isset = false && @request.body.name:isset = false && ' +
	'@request.body.population:isset = false && @request.body.postal_codes:isset = false && ' +
	'@request.body.departement:isset = false && @request.body.region:isset = false && ' +
	'@request.body.epci:isset = false)';

/** Loose per-IP limits: a training room of 30 élus shares one address (README, "Deployment"). */
const RATE_LIMITS = [
	{ label: '*:auth', maxRequests: 300, duration: 60, audience: '' },
	{ label: '/api/collab/sync', maxRequests: 10000, duration: 10, audience: '' },
	{ label: '*:create', maxRequests: 20, duration: 5, audience: '' },
	{ label: '/api/batch', maxRequests: 3, duration: 1, audience: '' },
	{ label: '/api/', maxRequests: 300, duration: 10, audience: '' }
];

migrate(
	(app) => {
		for (const name of SYNCED) {
			const collection = app.findCollectionByNameOrId(name);
			collection.fields.add(new NumberField({ name: 'rev', min: 0, onlyInt: true }));
			collection.fields.getByName('device').hidden = true;
			app.save(collection);
		}

		const updates = app.findCollectionByNameOrId('doc_updates');
		updates.indexes = updates.indexes
			.filter((index) => index.indexOf('idx_doc_updates_op ') < 0)
			.concat(['CREATE UNIQUE INDEX idx_doc_updates_author_op ON doc_updates (author, op)']);
		app.save(updates);

		const communes = app.findCollectionByNameOrId('communes');
		communes.fields.add(new TextField({ name: 'class_reason', max: 500 }));
		communes.updateRule = COMMUNE_UPDATE;
		app.save(communes);

		const settings = app.settings();
		settings.rateLimits.enabled = true;
		settings.rateLimits.rules = RATE_LIMITS;
		app.save(settings);
	},
	(app) => {
		for (const name of SYNCED) {
			const collection = app.findCollectionByNameOrId(name);
			collection.fields.removeByName('rev');
			collection.fields.getByName('device').hidden = false;
			app.save(collection);
		}
		const updates = app.findCollectionByNameOrId('doc_updates');
		updates.indexes = updates.indexes
			.filter((index) => index.indexOf('idx_doc_updates_author_op') < 0)
			.concat(['CREATE UNIQUE INDEX idx_doc_updates_op ON doc_updates (op)']);
		app.save(updates);
		const communes = app.findCollectionByNameOrId('communes');
		communes.fields.removeByName('class_reason');
		communes.updateRule = OLD_COMMUNE_UPDATE;
		app.save(communes);
		const settings = app.settings();
		settings.rateLimits.enabled = false;
		app.save(settings);
	}
);
