// Quiz results per module for facilitators, coordinators and the national team (pocketbase/
// README.md, "Quiz attempts"): counts and mean scores, never an élu's answers. The logic lives
// in lib/quizzes.js; attempts themselves travel through the sync route.
routerAdd('GET', '/api/collab/quiz-stats', (e) => {
	/** @type {typeof import('./lib/quizzes.js')} */
	const quizzes = require(`${__hooks}/lib/quizzes.js`);
	return quizzes.stats(e);
});
