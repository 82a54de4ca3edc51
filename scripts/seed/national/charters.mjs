// National generator, `charters`: the engagement charter signed by the mayor of each commune
// with a project (naming its first project) and by 15 % of the others, with the canonical
// content, hash and receipt of scripts/seed/charter.mjs (so the receipt check works on them).
import { signedDemoCharter } from '../charter.mjs';
import { pbDate, stream, PROGRAMME_START } from './context.mjs';

const COLUMNS = [
	'id',
	'user',
	'commune',
	'version',
	'text_hash',
	'signer_name',
	'mandate',
	'commune_insee',
	'commune_name',
	'signed_at',
	'signature',
	'project_id',
	'hash',
	'receipt',
	'seq',
	'rev',
	'device',
	'received'
];

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	/** @type {Map<string, { id: string, created: number }>} */
	const firstProject = new Map();
	for (const p of ctx.projects) if (!firstProject.has(p.commune)) firstProject.set(p.commune, p);
	/** @type {unknown[][]} */
	const rows = [];
	for (const commune of ctx.communes) {
		if (!ctx.keep(commune.insee)) continue;
		const mayor = ctx.elus.get(commune.id)?.[0];
		if (!mayor) continue;
		const random = stream(ctx.seed, 'charter', commune.insee);
		const project = firstProject.get(commune.id);
		if (!project && random() > 0.15) continue;
		const at = project
			? Math.min(ctx.end, project.created + Math.floor(random() * 20) * 86_400_000)
			: PROGRAMME_START + random() * (ctx.end - PROGRAMME_START);
		const signedAt = new Date(Math.round(at / 1000) * 1000).toISOString();
		const charter = signedDemoCharter({
			communeInsee: commune.insee,
			communeName: commune.name,
			signerName: mayor.name,
			signedAt,
			...(project ? { projectId: project.id } : {})
		});
		const d = charter.record.data;
		rows.push([
			charter.record.id,
			mayor.id,
			commune.id,
			d.version,
			d.text_hash,
			d.signer_name,
			d.mandate,
			d.commune_insee,
			d.commune_name,
			d.signed_at,
			d.signature,
			d.project_id ?? '',
			charter.hash,
			charter.receipt,
			ctx.nextSeq(),
			1,
			'national-seed',
			pbDate(Date.parse(signedAt))
		]);
	}
	await ctx.insert('charters', COLUMNS, rows, 2000);
	return { chartes: rows.length };
}
