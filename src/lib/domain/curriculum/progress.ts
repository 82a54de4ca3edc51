// An élu's progress through the curriculum: which activities and modules they marked as done,
// and what that makes per volet. Pure rules; storage and sync live in local/ and sync/.
import { derivedId } from '../canonical';
import type { CurriculumContent, Volet } from './types';
import { VOLETS } from './types';
import { isEluModule } from './records';

/** What an élu marks: a module (no activity) or one of its activities. */
export interface ProgressMark {
	module: string;
	activity?: string;
	done: boolean;
}

/** The key of a mark in a set of done items: `module` or `module/activity`. */
export function progressKey(module: string, activity?: string): string {
	return activity ? `${module}/${activity}` : module;
}

/**
 * The record id of a user's mark: the same on every device (the first 15 hex digits of a
 * SHA-256), so that marking the same activity on two tablets updates one record, not two.
 */
export function progressId(userId: string, module: string, activity = ''): Promise<string> {
	return derivedId(`progress:${userId}:${module}:${activity}`);
}

/** Progress of one volet. A module counts as done when marked so or when all its activities are. */
export interface VoletProgress {
	volet: Volet;
	modulesDone: number;
	modulesTotal: number;
	activitiesDone: number;
	activitiesTotal: number;
}

/**
 * Progress per volet, for the volets that have modules, in programme order. Only the élus' path
 * counts: the facilitators' module (`audience: facilitateur`) is never part of an élu's progress.
 */
export function voletProgress(
	content: CurriculumContent,
	done: ReadonlySet<string>
): VoletProgress[] {
	return VOLETS.map((volet) => {
		const modules = content.modules.filter((m) => m.volet === volet && isEluModule(m));
		let modulesDone = 0;
		let activitiesDone = 0;
		let activitiesTotal = 0;
		for (const module of modules) {
			const activities = content.activities.filter((a) => a.module === module.key);
			const finished = activities.filter((a) => done.has(progressKey(module.key, a.key))).length;
			activitiesDone += finished;
			activitiesTotal += activities.length;
			const allDone = activities.length > 0 && finished === activities.length;
			if (done.has(progressKey(module.key)) || allDone) modulesDone++;
		}
		return { volet, modulesDone, modulesTotal: modules.length, activitiesDone, activitiesTotal };
	}).filter((p) => p.modulesTotal > 0);
}
