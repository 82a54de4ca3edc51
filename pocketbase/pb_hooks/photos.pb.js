// Photos of project logs: a resumable upload in two steps (declare, then send chunks at the
// offset the server reports) and a download route. Protocol, limits and reasons:
// pocketbase/README.md, "Photos"; the logic lives in lib/photos.js.
routerAdd('POST', '/api/collab/photos', (e) => {
	/** @type {typeof import('./lib/photos.js')} */
	const photos = require(`${__hooks}/lib/photos.js`);
	return photos.declare(e);
});

routerAdd('PUT', '/api/collab/photos/{id}/content', (e) => {
	/** @type {typeof import('./lib/photos.js')} */
	const photos = require(`${__hooks}/lib/photos.js`);
	return photos.appendChunk(e);
});

routerAdd('GET', '/api/collab/photos/{id}/content', (e) => {
	/** @type {typeof import('./lib/photos.js')} */
	const photos = require(`${__hooks}/lib/photos.js`);
	return photos.download(e);
});
