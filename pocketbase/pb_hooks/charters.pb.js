// Engagement charters: the public receipt check, and a guard that keeps signed charters
// unchanged even for superusers. Charters are written only by the sync route
// (lib/sync/records.js); rules and the receipt format: pocketbase/README.md, "Charters".

// Public on purpose: anyone holding a receipt may check it. The answer holds what the receipt
// proves (who signed which version, for which commune, when), never the signature or an id.
routerAdd('GET', '/api/collab/charters/verify/{code}', (e) => {
	/** @type {typeof import('./lib/charters.js')} */
	const charters = require(`${__hooks}/lib/charters.js`);
	return charters.verify(e);
});

// The update rule is null, so only a superuser gets this far; a signed charter still never
// changes (deleting one stays possible, for a legal erasure request).
onRecordUpdateRequest(() => {
	throw new ApiError(
		409,
		'Une charte signée ne change plus : signez une nouvelle charte pour une nouvelle version du texte.'
	);
}, 'charters');
