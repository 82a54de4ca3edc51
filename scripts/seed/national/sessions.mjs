// National generator, training sessions (features/sessions): each élu follows the 8 modules of
// volets 1 and 2 in groups of about 15 élus of the same département, one half-day per session
// (≈ 40,000 sessions, ≈ 616,000 attendance rows at the target), each half-day sealed by its
// facilitator. About 8 % of participants are not linked to an account yet, 3 % of rows are
// absences; the last 5 % of groups are planned sessions, not held yet (no attendance).
import { pbDate, recordId, stream, PROGRAMME_START } from './context.mjs';
import { MODULES } from './progress.mjs';

const GROUP = 15;
const SIGNATURE = 'M 10 40 C 30 10, 50 70, 70 40 S 110 10, 130 40';

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const { seed } = ctx;
	/** @type {Map<string, { id: string, name: string, commune: string, insee: string }[]>} */
	const byDepartement = new Map();
	/** @type {Map<string, string>} */
	const facilitatorOf = new Map();
	for (const commune of ctx.communes) {
		if (!ctx.keep(commune.insee)) continue;
		const list = byDepartement.get(commune.departement) ?? [];
		for (const elu of ctx.elus.get(commune.id) ?? [])
			list.push({ id: elu.id, name: elu.name, commune: commune.id, insee: commune.insee });
		byDepartement.set(commune.departement, list);
		if (!facilitatorOf.has(commune.departement))
			facilitatorOf.set(commune.departement, ctx.facilitators.get(commune.departement) ?? '');
	}
	const tables = {
		training_sessions: {
			columns: [
				'id',
				'owner',
				'commune',
				'title',
				'volet',
				'modules',
				'slots',
				'first_date',
				'commune_insee',
				'commune_name',
				'room',
				'modality',
				'capacity',
				'status',
				'seq',
				'rev',
				'device',
				'created',
				'updated'
			],
			rows: /** @type {unknown[][]} */ ([])
		},
		participants: {
			columns: [
				'id',
				'session',
				'user',
				'author',
				'name',
				'mandate',
				'commune_insee',
				'commune_name',
				'funding',
				'enrolment',
				'walk_in',
				'seq',
				'rev',
				'device',
				'created',
				'updated'
			],
			rows: /** @type {unknown[][]} */ ([])
		},
		attendances: {
			columns: [
				'id',
				'session',
				'slot',
				'participant',
				'subject_user',
				'author',
				'status',
				'mode',
				'signature',
				'signed_at',
				'hash',
				'seq',
				'rev',
				'device',
				'created',
				'updated'
			],
			rows: /** @type {unknown[][]} */ ([])
		},
		attendance_seals: {
			columns: [
				'id',
				'session',
				'slot',
				'author',
				'covers',
				'countersigner_name',
				'countersignature',
				'sealed_at',
				'hash',
				'receipt',
				'seq',
				'rev',
				'device',
				'created',
				'updated'
			],
			rows: /** @type {unknown[][]} */ ([])
		}
	};
	const flush = async () => {
		for (const [table, { columns, rows }] of Object.entries(tables)) {
			await ctx.insert(table, columns, rows, 3000);
			rows.length = 0;
		}
	};
	const names = new Map(ctx.communes.map((c) => [c.id, c.name]));
	let sessions = 0;
	let attendances = 0;
	const span = ctx.end - PROGRAMME_START;
	for (const [departement, elus] of byDepartement) {
		const owner = facilitatorOf.get(departement);
		if (!owner || !elus.length) continue;
		const groups = Math.ceil(elus.length / GROUP);
		for (let g = 0; g < groups; g++) {
			const members = elus.slice(g * GROUP, (g + 1) * GROUP);
			const host = members[0];
			if (!host) continue;
			const planned = g >= Math.ceil(groups * 0.95) && groups > 1;
			// Module m of group g: volet 1 in the first half of the year, volet 2 after.
			for (let m = 0; m < MODULES.length; m++) {
				const module = MODULES[m] ?? '';
				const random = stream(seed, 'session', departement, g, m);
				const at = planned
					? ctx.end + (7 + m * 7) * 86_400_000
					: PROGRAMME_START + ((m + random() * 0.9) / MODULES.length) * span * 0.97;
				const date = new Date(at).toISOString().slice(0, 10);
				const half = m % 2 === 0 ? 'am' : 'pm';
				const slot = `${date}-${half}`;
				const id = recordId(seed, 'session', departement, g, m);
				const stamp = pbDate(at);
				sessions++;
				tables.training_sessions.rows.push([
					id,
					owner,
					host.commune,
					`Module ${module} — ${names.get(host.commune) ?? ''}`,
					m < 4 ? 'intelligence_collective' : 'economie_symbiotique',
					[module],
					[
						{
							key: slot,
							date,
							start: half === 'am' ? '09:00' : '14:00',
							end: half === 'am' ? '12:00' : '17:00',
							modules: [module]
						}
					],
					date,
					host.insee,
					names.get(host.commune) ?? '',
					'Salle du conseil',
					'presentiel',
					30,
					'prevue',
					ctx.nextSeq(),
					1,
					'national-seed',
					stamp,
					stamp
				]);
				if (planned) continue;
				/** @type {{ id: string, hash: string }[]} */
				const covers = [];
				members.forEach((elu, i) => {
					const linked = stream(seed, 'linked', elu.id)() > 0.08;
					const participant = recordId(seed, 'participant', id, i);
					tables.participants.rows.push([
						participant,
						id,
						linked ? elu.id : '',
						owner,
						elu.name,
						'conseiller',
						elu.insee,
						names.get(elu.commune) ?? '',
						'gratuit',
						'inscrit',
						false,
						ctx.nextSeq(),
						1,
						'national-seed',
						stamp,
						stamp
					]);
					const attendance = recordId(seed, 'attendance', id, i);
					const hash = recordId(seed, 'hash', attendance) + recordId(seed, 'hash2', attendance);
					const present = random() > 0.03;
					tables.attendances.rows.push([
						attendance,
						id,
						slot,
						participant,
						linked ? elu.id : '',
						owner,
						present ? 'present' : 'absent',
						'sur_place',
						present ? SIGNATURE : '',
						present ? new Date(at).toISOString() : '',
						hash,
						ctx.nextSeq(),
						1,
						'national-seed',
						stamp,
						stamp
					]);
					covers.push({ id: attendance, hash });
					attendances++;
				});
				const sealHash =
					recordId(seed, 'seal', id) + recordId(seed, 'seal2', id) + recordId(seed, 'seal3', id);
				tables.attendance_seals.rows.push([
					recordId(seed, 'sealrow', id),
					id,
					slot,
					owner,
					covers,
					'Animateur du programme',
					SIGNATURE,
					new Date(at + 3 * 3_600_000).toISOString(),
					sealHash,
					'',
					ctx.nextSeq(),
					1,
					'national-seed',
					stamp,
					stamp
				]);
			}
			if (tables.attendances.rows.length > 20_000) await flush();
		}
	}
	await flush();
	return { sessions, émargements: attendances };
}
