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
	'created',
	'updated'
];

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const { seed, communes } = ctx;
	// Every commune has a mayor; the other élus go where people live (log of the population).
	const weights = communes.map((c) => Math.log10(10 + c.population) ** 2);
	const extra = spread(weights, TARGET_ELUS - communes.length, stream(seed, 'elus')());
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
			created,
			created
		]);
	const personName = (/** @type {() => number} */ random) =>
		`${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
	let kept = 0;
	communes.forEach((commune, index) => {
		if (!ctx.keep(commune.insee)) return;
		const count = 1 + extra[index];
		const list = [];
		for (let n = 0; n < count; n++) {
			const random = stream(seed, 'elu', commune.insee, n);
			const id = recordId(seed, 'elu', commune.insee, n);
			const mandate =
				n === 0 ? 'maire' : n <= Math.ceil((count - 1) / 2) ? 'adjoint' : 'conseiller';
			const name = personName(random);
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
