import { describe, expect, it } from 'vitest';
import {
	checkPhotoInput,
	connectionAllowsPhotos,
	fitWithin,
	MAX_INPUT_BYTES,
	megabytes,
	remainingChunks,
	sniffImage
} from './limits';

const bytes = (...values: (number | string)[]) =>
	new Uint8Array(
		values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v]))
	);

describe('sniffImage', () => {
	it('recognises formats from their first bytes, not their name', () => {
		expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('jpeg');
		expect(sniffImage(bytes(0x89, 'PNG', 0x0d, 0x0a))).toBe('png');
		expect(sniffImage(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
		expect(sniffImage(bytes('GIF89a'))).toBe('gif');
		expect(sniffImage(bytes(0, 0, 0, 0x18, 'ftypheic'))).toBe('heic');
		expect(sniffImage(bytes('%PDF-1.7'))).toBeNull();
		expect(sniffImage(new Uint8Array())).toBeNull();
	});
});

describe('checkPhotoInput', () => {
	const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
	it('accepts a phone photo and refuses what would fail later', () => {
		expect(checkPhotoInput({ size: 8_000_000, head: jpeg })).toBeNull();
		expect(checkPhotoInput({ size: 40 * 1024 * 1024, head: jpeg })).toBe('tooLarge');
		expect(checkPhotoInput({ size: MAX_INPUT_BYTES + 1, head: jpeg })).toBe('tooLarge');
		expect(checkPhotoInput({ size: 0, head: new Uint8Array() })).toBe('empty');
		expect(checkPhotoInput({ size: 900, head: bytes('%PDF-1.7') })).toBe('notImage');
		expect(checkPhotoInput({ size: 900, head: bytes(0, 0, 0, 0x18, 'ftypheic') })).toBe('heic');
	});
});

describe('fitWithin', () => {
	it('scales the long side down to 1600 px and keeps the ratio', () => {
		expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
		expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
		expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
		expect(fitWithin(10000, 1)).toEqual({ width: 1600, height: 1 });
	});
});

describe('remainingChunks', () => {
	it('covers exactly the bytes not yet received, in order', () => {
		expect(remainingChunks(150, 0, 64)).toEqual([
			[0, 64],
			[64, 128],
			[128, 150]
		]);
		expect(remainingChunks(150, 64, 64)).toEqual([
			[64, 128],
			[128, 150]
		]);
		expect(remainingChunks(150, 150, 64)).toEqual([]);
	});
});

it('rounds sizes to one decimal in megabytes', () => {
	expect(megabytes(40 * 1024 * 1024)).toBe(40);
	expect(megabytes(1_300_000)).toBe(1.2);
});

describe('connectionAllowsPhotos', () => {
	it('holds photos back only on a reported non-Wi-Fi connection when asked', () => {
		expect(connectionAllowsPhotos(false, 'cellular')).toBe(true);
		expect(connectionAllowsPhotos(true, 'cellular')).toBe(false);
		expect(connectionAllowsPhotos(true, 'wifi')).toBe(true);
		expect(connectionAllowsPhotos(true, 'ethernet')).toBe(true);
		expect(connectionAllowsPhotos(true, undefined)).toBe(true);
	});
});
