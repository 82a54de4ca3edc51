import { describe, expect, it } from 'vitest';
import { expandAbbreviations, foldText, normalizeName } from './normalize';

describe('foldText', () => {
	it('lowers case and strips accents', () => {
		expect(foldText('Saint-ÉTIENNE')).toBe('saint etienne');
		expect(foldText('Îles Éparses')).toBe('iles eparses');
	});

	it('turns hyphens, apostrophes and spaces into single spaces', () => {
		expect(foldText("L'Île-d'Yeu")).toBe('l ile d yeu');
		expect(foldText('  L’Haÿ-les-Roses  ')).toBe('l hay les roses');
		expect(foldText('Saint - - Denis')).toBe('saint denis');
	});

	it('spells out ligatures', () => {
		expect(foldText('Œuilly')).toBe('oeuilly');
		expect(foldText('Vœuil-et-Giget')).toBe('voeuil et giget');
	});

	it('keeps digits and gives an empty string for punctuation only', () => {
		expect(foldText('42 000')).toBe('42 000');
		expect(foldText(" -' ")).toBe('');
	});
});

describe('expandAbbreviations', () => {
	it('expands st and ste as whole words only', () => {
		expect(expandAbbreviations('st etienne')).toBe('saint etienne');
		expect(expandAbbreviations('ste marie')).toBe('sainte marie');
		expect(expandAbbreviations('strasbourg')).toBe('strasbourg');
		expect(expandAbbreviations('mont st michel')).toBe('mont saint michel');
	});
});

describe('normalizeName', () => {
	it('gives one form for every spelling of Saint-Étienne', () => {
		const forms = ['Saint-Étienne', 'saint etienne', 'st-étienne', 'ST ETIENNE', 'St Étienne'];
		expect(new Set(forms.map(normalizeName))).toEqual(new Set(['saint etienne']));
	});
});
