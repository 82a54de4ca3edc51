// Publishing a commune's project as a good practice (pocketbase/README.md, "Publishing a
// project"): a read-only summary built from the server's own `projects` row, with the consent of
// an élu of the commune, withdrawn the same way. The logic lives in lib/publications.js.
routerAdd('GET', '/api/collab/projects/{id}/publication', (e) => {
	/** @type {typeof import('./lib/publications.js')} */
	const publications = require(`${__hooks}/lib/publications.js`);
	return publications.show(e);
});

routerAdd('POST', '/api/collab/projects/{id}/publish', (e) => {
	/** @type {typeof import('./lib/publications.js')} */
	const publications = require(`${__hooks}/lib/publications.js`);
	return publications.publish(e);
});

routerAdd('DELETE', '/api/collab/projects/{id}/publish', (e) => {
	/** @type {typeof import('./lib/publications.js')} */
	const publications = require(`${__hooks}/lib/publications.js`);
	return publications.withdraw(e);
});
