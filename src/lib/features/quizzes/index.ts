// Module quizzes: an élu takes a module's quiz offline, before and after the module, one answer
// per question with its explanation, then sees the score; each attempt is one synced
// `quiz_attempts` record. Their results show on their progress; facilitators, coordinators and
// the national team see counts and mean scores per module (a server route, no individual data).
// This entry (state, domain) is what routes, components and other features' state may use;
// screens take the components from `components.ts`, the platform reads `platform.ts`.
//
// Layout: domain/ (attempt record, score, latest results — pure), local/ (the Dexie rows), sync/
// (the aggregate route), state/ (a quiz being taken, the élu's results, the aggregate),
// components/ (the quiz screen, the result line, the aggregate table).
export {
	QUIZ_PHASES,
	latestResults,
	scoreAnswers,
	suggestedPhase,
	type ModuleQuizResult,
	type QuizAttempt,
	type QuizAttemptData,
	type QuizPhase
} from './domain/quiz';
export { QuizRun, type QuizStep } from './state/quiz-run.svelte';
export { quizResults, type QuizResults } from './state/quiz-results.svelte';
export { QuizStats } from './state/quiz-stats.svelte';
