import { describe, expect, it } from 'vitest';
import { progressId, progressKey, voletProgress } from './progress';
import type { Activity, CurriculumContent, CurriculumModule } from './types';

const module = (key: string, volet: CurriculumModule['volet']) =>
	({ key, volet, order: 1, title: key }) as CurriculumModule;
const activity = (key: string, moduleKey: string) =>
	({ key, module: moduleKey, order: 1, title: key }) as Activity;

const content: CurriculumContent = {
	modules: [
		module('ic-1', 'intelligence_collective'),
		module('ic-2', 'intelligence_collective'),
		module('es-1', 'economie_symbiotique')
	],
	activities: [
		activity('a', 'ic-1'),
		activity('b', 'ic-1'),
		activity('c', 'ic-2'),
		activity('d', 'es-1')
	],
	resources: [],
	good_practices: []
};

describe('progress', () => {
	it('gives the same 15-character id for the same mark on any device, another for another', async () => {
		const id = await progressId('user1', 'ic-1', 'a');
		expect(id).toMatch(/^[a-f0-9]{15}$/);
		expect(await progressId('user1', 'ic-1', 'a')).toBe(id);
		expect(await progressId('user2', 'ic-1', 'a')).not.toBe(id);
		expect(await progressId('user1', 'ic-1')).not.toBe(id);
	});

	it('counts a module done when marked, or when all its activities are', () => {
		const done = new Set([progressKey('ic-1', 'a'), progressKey('ic-1', 'b'), progressKey('es-1')]);
		expect(voletProgress(content, done)).toEqual([
			{
				volet: 'intelligence_collective',
				modulesDone: 1,
				modulesTotal: 2,
				activitiesDone: 2,
				activitiesTotal: 3
			},
			{
				volet: 'economie_symbiotique',
				modulesDone: 1,
				modulesTotal: 1,
				activitiesDone: 0,
				activitiesTotal: 1
			}
		]);
	});

	it('leaves out volets without modules and counts nothing when nothing is done', () => {
		const progress = voletProgress(content, new Set());
		expect(progress.map((p) => p.volet)).toEqual([
			'intelligence_collective',
			'economie_symbiotique'
		]);
		expect(progress.every((p) => p.modulesDone === 0 && p.activitiesDone === 0)).toBe(true);
	});

	it("never counts the facilitators' module in an élu's progress, even when marked done", () => {
		const withFacilitators: CurriculumContent = {
			...content,
			modules: [
				...content.modules,
				{ ...module('an-1', 'transverse'), audience: 'facilitateur' } as CurriculumModule
			],
			activities: [...content.activities, activity('an-1-postures', 'an-1')]
		};
		const done = new Set([progressKey('an-1'), progressKey('an-1', 'an-1-postures')]);
		const progress = voletProgress(withFacilitators, done);
		expect(progress.map((p) => p.volet)).not.toContain('transverse');
		expect(progress.reduce((sum, p) => sum + p.modulesDone + p.activitiesDone, 0)).toBe(0);
	});
});
