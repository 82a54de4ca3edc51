// Rules on what lets the app evaluate a module: its objectives, stated so an élu can rate each
// from 1 to 5 (one set, used by the self-positioning and by the feedback), and its quiz in
// quizzes/<module>.yaml (5 to 8 multiple-choice questions, exactly one correct answer each, a
// short explanation). A question that quotes figures names its case study (`case`): the correct
// answer may only quote figures that stand on a source other than the programme document.
// Owns these rules; never edits a file.
import { ID_PATTERN, isText } from './documents.mjs';
import { figureTokens } from './figures.mjs';

export const OBJECTIVES = { min: 3, max: 5 };
export const QUESTIONS = { min: 5, max: 8 };
export const CHOICES = { min: 3, max: 4 };
const RATABLE = /^Je (sais|peux|suis capable)\b/;
const EXPLANATION_MAX_SENTENCES = 2;

/**
 * Checks the `objectives` of a module: 3 to 5 `{ id, text }`, ids `<module>-o<n>` unique, each
 * text a first-person statement an élu can rate ("Je sais …", "Je peux …").
 * @param {import('./documents.mjs').Report} report
 */
export function checkObjectives(report, doc, seen) {
	const list = doc.data.objectives;
	const id = doc.data.id;
	if (!Array.isArray(list) || list.length < OBJECTIVES.min || list.length > OBJECTIVES.max) {
		report.fail(
			doc.label,
			`"objectives" must list ${OBJECTIVES.min} to ${OBJECTIVES.max} objectives`
		);
		return;
	}
	list.forEach((objective, index) => {
		const where = `objectives[${index}]`;
		if (!objective || typeof objective !== 'object') {
			report.fail(doc.label, `${where} must be a mapping { id, text }`);
			return;
		}
		if (
			!isText(objective.id) ||
			!objective.id.startsWith(`${id}-o`) ||
			!ID_PATTERN.test(objective.id)
		) {
			report.fail(doc.label, `${where} needs an id like "${id}-o${index + 1}"`);
		} else if (seen.has(objective.id)) {
			report.fail(doc.label, `${where} repeats the id "${objective.id}"`);
		} else seen.add(objective.id);
		if (!isText(objective.text) || !RATABLE.test(objective.text)) {
			report.fail(
				doc.label,
				`${where} must start with "Je sais", "Je peux" or "Je suis capable" so an élu can rate it`
			);
		}
	});
}

/**
 * Checks every quiz file against the modules: one per module, 5 to 8 questions, each with 3 or 4
 * distinct choices of which exactly one is correct, and an explanation of one or two sentences.
 * @param {import('./documents.mjs').Report} report
 * @param {{ name: string, label: string, data: any }[]} quizzes
 * @param {Map<string, unknown>} moduleById
 */
export function checkQuizzes(report, quizzes, moduleById, caseById = new Map()) {
	const byModule = new Map();
	for (const quiz of quizzes) {
		const data = quiz.data;
		if (!data || typeof data !== 'object' || data.module !== quiz.name) {
			report.fail(quiz.label, `"module" must equal the file name "${quiz.name}"`);
			continue;
		}
		if (!moduleById.has(data.module)) {
			report.fail(quiz.label, `is for a missing module "${data.module}"`);
			continue;
		}
		byModule.set(data.module, quiz);
		checkQuestions(report, quiz.label, data.module, data.questions);
		if (Array.isArray(data.questions)) {
			data.questions.forEach((question, index) =>
				checkQuestionFigures(report, quiz.label, `questions[${index}]`, question, caseById)
			);
		}
	}
	for (const id of moduleById.keys()) {
		if (!byModule.has(id)) report.fail(`quizzes/${id}.yaml`, `module "${id}" has no quiz`);
	}
}

function checkQuestions(report, label, moduleId, questions) {
	if (
		!Array.isArray(questions) ||
		questions.length < QUESTIONS.min ||
		questions.length > QUESTIONS.max
	) {
		report.fail(label, `must have ${QUESTIONS.min} to ${QUESTIONS.max} questions`);
		return;
	}
	const ids = new Set();
	questions.forEach((question, index) => {
		const where = `questions[${index}]`;
		if (!question || typeof question !== 'object') {
			report.fail(label, `${where} must be a mapping`);
			return;
		}
		if (!isText(question.id) || !question.id.startsWith(`${moduleId}-q`)) {
			report.fail(label, `${where} needs an id like "${moduleId}-q${index + 1}"`);
		} else if (ids.has(question.id)) report.fail(label, `${where} repeats the id "${question.id}"`);
		else ids.add(question.id);
		if (!isText(question.question)) report.fail(label, `${where} needs a "question"`);
		const choices = question.choices;
		if (!Array.isArray(choices) || choices.length < CHOICES.min || choices.length > CHOICES.max) {
			report.fail(label, `${where} needs ${CHOICES.min} to ${CHOICES.max} choices`);
			return;
		}
		if (!choices.every((choice) => choice && isText(choice.text))) {
			report.fail(label, `${where}: every choice needs a "text"`);
			return;
		}
		const texts = choices.map((choice) => choice.text.trim().toLowerCase());
		if (new Set(texts).size !== texts.length) report.fail(label, `${where} repeats a choice`);
		const correct = choices.filter((choice) => choice.correct === true).length;
		if (correct !== 1) {
			report.fail(
				label,
				`${where} must have exactly one choice with "correct: true" (found ${correct})`
			);
		}
		for (const choice of choices) {
			if (choice.correct !== undefined && typeof choice.correct !== 'boolean') {
				report.fail(label, `${where}: "correct" must be true or false`);
			}
		}
		const explanation = question.explanation;
		if (!isText(explanation)) {
			report.fail(label, `${where} needs an "explanation"`);
		} else {
			const sentences = explanation.split(/[.!?…](?:\s|$)/).filter((part) => part.trim()).length;
			if (sentences > EXPLANATION_MAX_SENTENCES) {
				report.fail(label, `${where}: the explanation must be one or two sentences`);
			}
		}
	});
}

/** @param {string} text */
const normalise = (text) =>
	String(text)
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();

function checkQuestionFigures(report, label, where, question, caseById) {
	if (!question || typeof question !== 'object' || !Array.isArray(question.choices)) return;
	const correct = question.choices.filter((choice) => choice?.correct === true);
	const wrong = question.choices.filter((choice) => choice?.correct !== true);
	const sure = [question.question, question.explanation, ...correct.map((c) => c?.text)];
	const tokens = [...sure, ...wrong.map((c) => c?.text)].flatMap((text) =>
		isText(text) ? figureTokens(text) : []
	);
	if (tokens.length === 0) return;
	const study = caseById.get(question.case);
	if (!study) {
		report.fail(label, `${where} quotes figures: give "case" (the case study they come from)`);
		return;
	}
	const figures = Array.isArray(study.data.figures) ? study.data.figures : [];
	const all = figures.map((figure) => normalise(figure?.value ?? ''));
	const checked = figures
		.filter((figure) => figure?.status !== 'programme')
		.map((figure) => normalise(figure?.value ?? ''));
	for (const text of [question.question, ...correct.map((c) => c?.text)]) {
		for (const token of isText(text) ? figureTokens(text) : []) {
			if (!checked.some((value) => value.includes(token))) {
				report.fail(label, `${where}: "${token}" is not a sourced figure of "${question.case}"`);
			}
		}
	}
	for (const text of [question.explanation, ...wrong.map((c) => c?.text)]) {
		for (const token of isText(text) ? figureTokens(text) : []) {
			if (!all.some((value) => value.includes(token))) {
				report.fail(label, `${where}: "${token}" is not a figure of "${question.case}"`);
			}
		}
	}
}
