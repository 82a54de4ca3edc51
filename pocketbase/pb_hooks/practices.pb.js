// Public pages of good practices (issue 14, item 2): citizens, companies and partners of the
// communes read a published practice without an account. Read-only; rules and answers:
// pocketbase/README.md, "Needs census and library".

// Public on purpose: a case study or a project its commune chose to publish. The answer never
// holds a record id, a commune id, who consented, nor any name or e-mail.
routerAdd('GET', '/api/collab/public/practices/{key}', (e) => {
	/** @type {typeof import('./lib/practices.js')} */
	const practices = require(`${__hooks}/lib/practices.js`);
	return practices.publicPractice(e);
});
