// Which fragments a QR frame mixes. Frame `i < total` carries fragment `i` as it is; every later
// frame carries the XOR of fragments chosen by a generator seeded from the payload's identity
// and the frame's index, so sender and reader agree without sending the list. A reader that
// missed some frames fills the gaps from any later ones, in any order (a fountain code, decoded
// by elimination in reader.ts). Pure; knows nothing of QR codes or text.

/** A deterministic generator of floats in [0, 1) (mulberry32). */
function generator(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The fragment indexes frame `index` carries, for a payload of `total` fragments whose identity
 * is `payloadId`. A mixed frame takes each fragment with probability ½ (a random linear
 * fountain): whatever frames a reader missed, almost every further frame it reads is useful,
 * so it needs about `total + 2` frames in all. Decoding costs O(total²) fragment XORs, which is
 * why a sequence stays small (MAX_PAYLOAD_BYTES).
 */
export function frameFragments(payloadId: number, total: number, index: number): number[] {
	if (index < total) return [index];
	const random = generator(payloadId ^ Math.imul(index, 0x9e3779b9));
	const chosen: number[] = [];
	for (let k = 0; k < total; k++) if (random() < 0.5) chosen.push(k);
	if (chosen.length === 0) chosen.push(Math.floor(random() * total));
	return chosen;
}

/** XORs `source` into `target` in place. */
export function xorInto(target: Uint8Array, source: Uint8Array): void {
	for (let k = 0; k < target.length; k++) target[k] = target[k]! ^ source[k]!;
}
