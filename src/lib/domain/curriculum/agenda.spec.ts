import { describe, expect, it } from 'vitest';
import { agendaFitsDuration, agendaTimeline, formatClock, splitDuration } from './agenda';

describe('agenda timeline', () => {
	const agenda = [
		{ title: 'Accueil', minutes: 15, activity: 'ic-1-meteo' },
		{ title: 'Accords', minutes: 15 },
		{ title: 'Écoute', minutes: 40 },
		{ title: 'Pause', minutes: 15 },
		{ title: 'Échelle', minutes: 35 },
		{ title: '1-2-4-tous', minutes: 30 },
		{ title: 'Clôture', minutes: 30 }
	];

	it('starts each sequence where the previous one ends, and sums the durations', () => {
		const { steps, totalMin } = agendaTimeline(agenda);
		expect(steps.map((s) => formatClock(s.startMin))).toEqual([
			'0:00',
			'0:15',
			'0:30',
			'1:10',
			'1:25',
			'2:00',
			'2:30'
		]);
		expect(steps.at(-1)!.endMin).toBe(180);
		expect(totalMin).toBe(180);
		expect(steps[0]!.activity).toBe('ic-1-meteo');
	});

	it('counts a bad duration as zero without shifting the others', () => {
		const { steps, totalMin } = agendaTimeline([
			{ title: 'a', minutes: 10 },
			{ title: 'b', minutes: -5 },
			{ title: 'c', minutes: Number.NaN },
			{ title: 'd', minutes: 20 }
		]);
		expect(steps.map((s) => s.startMin)).toEqual([0, 10, 10, 10]);
		expect(totalMin).toBe(30);
	});

	it('formats clocks and splits durations', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(65)).toBe('1:05');
		expect(formatClock(180)).toBe('3:00');
		expect(splitDuration(195)).toEqual({ hours: 3, minutes: 15 });
		expect(splitDuration(55)).toEqual({ hours: 0, minutes: 55 });
	});

	it('checks the programme’s ±10 minutes rule', () => {
		expect(agendaFitsDuration(agenda, 180)).toBe(true);
		expect(agendaFitsDuration(agenda, 190)).toBe(true);
		expect(agendaFitsDuration(agenda, 195)).toBe(false);
	});
});
