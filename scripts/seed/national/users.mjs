// National generator, `users`: 77,000 élus (every commune's mayor, then deputies and councillors
// spread by population), a coordinator per département and per région, facilitators, and a
// national team. One password for all (context.mjs). Élus are listed per commune in ctx.elus
// for the modules that follow.
import { pbDate, pick, recordId, spread, stream, PROGRAMME_START } from './context.mjs';
import { FIRST_NAMES, SURNAMES } from './names.mjs';

export const TARGET_ELUS = 77_000;

const COLUMNS = [
	'id',
	'email',
	'emailVisibility',
	'verified',
	'password',
	'tokenKey',
	'name',
	'role',
	'mandate',
	'communes',
	'territory_kind',
	'territory_code',
	'locale',
	'status',
	'created',
	'updated'
];

/** A generated person's name, drawn from `random`. @param {() => number} random */
export function personName(random) {
	return `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
}

/**
 * How many élus each national commune has (every commune a mayor, the others where people live,
 * by the log of the population): in the order of `communes`, whatever the slice.
 * @param {number} seed @param {import('./context.mjs').NationalCommune[]} communes
 */
export function eluCounts(seed, communes) {
	const weights = communes.map((c) => Math.log10(10 + c.population) ** 2);
	const extra = spread(weights, TARGET_ELUS - communes.length, stream(seed, 'elus')());
	return communes.map((_, index) => 1 + extra[index]);
}

/**
 * The élu `n` of the commune `insee` among `count`: id, mandate and name, as stored.
 * @param {number} seed @param {string} insee @param {number} n @param {number} count
 */
export function eluOf(seed, insee, n, count) {
	const random = stream(seed, 'elu', insee, n);
	const id = recordId(seed, 'elu', insee, n);
	const mandate = n === 0 ? 'maire' : n <= Math.ceil((count - 1) / 2) ? 'adjoint' : 'conseiller';
	return { id, mandate, name: personName(random) };
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const { seed, communes } = ctx;
	const counts = eluCounts(seed, communes);
	/** @type {unknown[][]} */
	const rows = [];
	const created = pbDate(PROGRAMME_START - 30 * 86_400_000);
	/**
	 * @param {string} id @param {string} email @param {string} name @param {string} role
	 * @param {string} mandate @param {string[]} communeIds @param {string} kind @param {string} code
	 */
	const add = (id, email, name, role, mandate, communeIds, kind, code) =>
		rows.push([
			id,
			email,
			false,
			true,
			ctx.passwordHash,
			recordId(seed, 'token', id) + recordId(seed, 'token2', id),
			name,
			role,
			mandate,
			communeIds,
			kind,
			code,
			'fr',
			// Validated: a pending account (the column's default, '') would sync nothing.
			'active',
			created,
			created
		]);
	let kept = 0;
	communes.forEach((commune, index) => {
		if (!ctx.keep(commune.insee)) return;
		const count = counts[index] ?? 1;
		const list = [];
		for (let n = 0; n < count; n++) {
			const { id, mandate, name } = eluOf(seed, commune.insee, n, count);
			add(
				id,
				`elu-${commune.insee.toLowerCase()}-${n}@national.collabactons.test`,
				name,
				'elu',
				mandate,
				[commune.id],
				'',
				''
			);
			list.push({ id, mandate, name });
		}
		ctx.elus.set(commune.id, list);
		kept += count;
	});
	// Coordinators of each département and région present, facilitators (1 per 25 communes).
	const departements = [
		...new Set(communes.filter((c) => ctx.keep(c.insee)).map((c) => c.departement))
	];
	const regions = [...new Set(communes.filter((c) => ctx.keep(c.insee)).map((c) => c.region))];
	for (const code of departements) {
		const id = recordId(seed, 'coord-dep', code);
		add(
			id,
			`coordination-${code.toLowerCase()}@national.collabactons.test`,
			personName(stream(seed, 'coord-dep', code)),
			'coordinateur',
			'',
			[],
			'departement',
			code
		);
	}
	for (const code of regions) {
		const id = recordId(seed, 'coord-reg', code);
		add(
			id,
			`coordination-region-${code}@national.collabactons.test`,
			personName(stream(seed, 'coord-reg', code)),
			'coordinateur',
			'',
			[],
			'region',
			code
		);
	}
	let facilitators = 0;
	communes.forEach((commune, index) => {
		if (index % 25 !== 0 || !ctx.keep(commune.insee)) return;
		const id = recordId(seed, 'facilitateur', commune.insee);
		if (!ctx.facilitators.has(commune.departement)) ctx.facilitators.set(commune.departement, id);
		add(
			id,
			`animation-${commune.insee.toLowerCase()}@national.collabactons.test`,
			personName(stream(seed, 'facilitateur', commune.insee)),
			'facilitateur',
			'',
			[commune.id],
			'',
			''
		);
		facilitators++;
	});
	add(
		recordId(seed, 'national'),
		'national@national.collabactons.test',
		'Équipe nationale (données générées)',
		'national',
		'',
		[],
		'national',
		''
	);
	await ctx.insert('users', COLUMNS, rows, 5000);
	return {
		élus: kept,
		coordinateurs: departements.length + regions.length,
		animateurs: facilitators
	};
}
