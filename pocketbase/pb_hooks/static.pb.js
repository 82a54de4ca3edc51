// The app's own files, served in place of PocketBase's default static route (which serves
// them uncompressed, without cache or security headers): see lib/static/serve.js. The admin
// UI under /_/ and the API routes are more specific routes and never come here, except an
// unknown /api/... path, which gets a JSON 404.
routerAdd('GET', '/{path...}', (e) => {
	const statics = require(`${__hooks}/lib/static/serve.js`);
	return statics.serve(e);
});
