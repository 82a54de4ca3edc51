// One quiz being taken on a screen: the phase chosen (before / after the module), the current
// question, the choice made, whether its explanation is shown, then the score and its saving on
// the device (and, through the outbox, to the server). Never renders, never reads the network.
import type { QuizQuestion } from '$lib/domain/curriculum/types';
import type { UserDatabase } from '$lib/local/db';
import { finishedAttempt, type QuizAttemptData, type QuizPhase } from '../domain/quiz';
import { saveAttempt } from '../local/attempts';

/** Where a quiz stands: choosing the phase, answering, or finished. */
export type QuizStep = 'intro' | 'question' | 'done';

export class QuizRun {
	step = $state<QuizStep>('intro');
	phase = $state<QuizPhase>('avant');
	/** Index of the current question. */
	index = $state(0);
	/** The choice selected for the current question, before it is checked. */
	selected = $state<number | null>(null);
	/** Whether the current answer was checked (the explanation shows). */
	revealed = $state(false);
	/** The answers given so far, one per question. */
	answers = $state.raw<number[]>([]);
	/** The finished attempt, once saved. */
	result = $state.raw<QuizAttemptData | null>(null);
	saving = $state(false);
	/** True when the result could not be saved on the device. */
	failed = $state(false);

	/** The current question. */
	get question(): QuizQuestion | undefined {
		return this.questions[this.index];
	}

	/** Whether the current question is the last one. */
	get last(): boolean {
		return this.index === this.questions.length - 1;
	}

	/** Whether the checked answer is right. */
	get correct(): boolean {
		return this.revealed && this.selected === this.question?.answer;
	}

	/**
	 * @param module the module's key
	 * @param questions its quiz
	 * @param database where the attempt goes (the signed-in user's database)
	 */
	constructor(
		readonly module: string,
		readonly questions: readonly QuizQuestion[],
		private readonly database: () => Promise<UserDatabase>
	) {}

	/** Sets the phase offered on the intro screen (ignored once the quiz started). */
	suggest(phase: QuizPhase): void {
		if (this.step === 'intro') this.phase = phase;
	}

	start(phase: QuizPhase = this.phase): void {
		this.phase = phase;
		this.step = 'question';
		this.index = 0;
		this.selected = null;
		this.revealed = false;
		this.answers = [];
		this.result = null;
		this.failed = false;
	}

	choose(choice: number): void {
		if (!this.revealed) this.selected = choice;
	}

	/** Checks the selected choice: it is recorded and the explanation shows. */
	check(): void {
		if (this.selected === null || this.revealed) return;
		this.answers = [...this.answers, this.selected];
		this.revealed = true;
	}

	/** Goes to the next question, or finishes and saves the attempt after the last one. */
	async next(now = Date.now()): Promise<void> {
		if (!this.revealed) return;
		if (!this.last) {
			this.index += 1;
			this.selected = null;
			this.revealed = false;
			return;
		}
		const attempt = finishedAttempt(this.module, this.phase, this.questions, this.answers, now);
		this.saving = true;
		try {
			await saveAttempt(await this.database(), attempt);
			this.result = attempt;
			this.step = 'done';
		} catch (error) {
			console.error('quiz attempt not saved', error);
			this.failed = true;
		} finally {
			this.saving = false;
		}
	}
}
