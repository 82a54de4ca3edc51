// The demo world's learning network and concertations (issue 14): 40 élus of other communes
// (demo-only accounts), an open national consultation with 3 options and their 40 votes, a closed
// one with its results (late votes included) and the organiser's synthesis, threads with replies
// in the Aude space and the national space, and one post hidden by 3 reports. Written by the
// superuser (pocketbase/pb_hooks/community.pb.js gives each row its seq, so devices pull them);
// votes carry the id a device derives from the consultation and the élu. Idempotent: fixed ids
// and e-mails, nothing is written twice. Dates are relative to the day of the seed.
import { accountByEmail, recordExists, sha256 } from './demo-client.mjs';

const DAY = 24 * 3600 * 1000;
const GRACE = 48 * 3600 * 1000; // COMMUNITY.voteGraceMs of pocketbase/pb_hooks/lib/limits.js

/** Communes across France whose élus take part (those the data directory holds are used). */
const OTHER_COMMUNES = [
	'11069',
	'42218',
	'68343',
	'2A004',
	'31555',
	'34172',
	'66136',
	'12202',
	'46042',
	'09122',
	'33063',
	'64445',
	'17300',
	'87085',
	'44109',
	'35238',
	'29019',
	'49007',
	'37261',
	'45234',
	'21231',
	'25056',
	'63113',
	'38185',
	'69123',
	'13055',
	'83137',
	'06088',
	'30189',
	'67482',
	'57463',
	'54395',
	'51454',
	'59350',
	'80021',
	'76540',
	'14118',
	'72181',
	'75056',
	'68224'
];
const FIRST_NAMES = [
	'Jeanne',
	'Paul',
	'Nadia',
	'Louis',
	'Inès',
	'Marc',
	'Élise',
	'Yann',
	'Sarah',
	'Hugo'
];
const LAST_NAMES = ['Roux', 'Garnier', 'Faure', 'Blanc', 'Chevalier', 'Morel', 'Girard', 'André'];

/** Fixed record ids (15 lowercase letters or digits). */
export const COMMUNITY_IDS = {
	open: 'democonsultouve',
	closed: 'democonsultclos',
	audeThread: 'demofilaude0001',
	nationalThread: 'demofilnation01',
	hiddenThread: 'demofilmasque01'
};

/**
 * The item `i` of `list` (the seed's lists are never short: a missing item is a bug).
 * @template T
 * @param {readonly T[]} list
 * @param {number} i
 * @returns {T}
 */
function at(list, i) {
	const item = list[i];
	if (item === undefined) throw new Error(`demo-community: no item ${i}`);
	return item;
}

/** The id of a vote, as src/lib/features/consultations/domain/vote.ts derives it. */
export const voteId = (/** @type {string} */ c, /** @type {string} */ user) =>
	sha256(`${c}/${user}`).slice(0, 15);
/** The id of a report, as src/lib/features/discussions/domain/report.ts derives it. */
const reportId = (/** @type {string} */ target, /** @type {string} */ user) =>
	sha256(`report/${target}/${user}`).slice(0, 15);

/**
 * The 40 élus of other communes (created when missing), spread over the communes the data
 * directory holds.
 * @param {import('pocketbase').default} admin
 */
async function networkElus(admin) {
	const communes = await admin.collection('communes').getFullList({
		filter: OTHER_COMMUNES.map((insee) => `insee = "${insee}"`).join(' || '),
		fields: 'id,insee,name,departement,region'
	});
	if (!communes.length) throw new Error('demo-community: no commune other than the demo one');
	communes.sort((a, b) => OTHER_COMMUNES.indexOf(a.insee) - OTHER_COMMUNES.indexOf(b.insee));
	const accounts = Array.from({ length: 40 }, (_, n) => {
		const commune = at(communes, n % communes.length);
		return {
			email: `elu${String(n + 1).padStart(2, '0')}@reseau.collabactons.fr`,
			name: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[n % LAST_NAMES.length]}`,
			role: 'elu',
			mandate: n < communes.length ? 'maire' : 'conseiller',
			communes: [commune.id],
			commune
		};
	});
	// One request: the accounts share the demo password's stored hash (hashing 40 passwords
	// would cost the test setup about 20 seconds; lib/community/demo-accounts.js).
	await admin.send('/api/collab/admin/demo-accounts', {
		method: 'POST',
		body: {
			passwordOf: 'maire.demo@collabactons.fr',
			accounts: accounts.map((a) => ({
				email: a.email,
				name: a.name,
				role: a.role,
				mandate: a.mandate,
				communes: a.communes
			}))
		}
	});
	const stored = await admin
		.collection('users')
		.getFullList({ filter: 'email ~ "@reseau.collabactons.fr"', fields: 'id,email' });
	const ids = new Map(stored.map((u) => [u.email, u.id]));
	const elus = accounts.map((a) => ({
		id: String(ids.get(a.email)),
		name: a.name,
		commune: a.commune
	}));
	return elus;
}

/**
 * @param {import('pocketbase').default} admin
 * @param {{ now?: number, log?: (line: string) => void }} [options]
 */
export async function seedCommunity(admin, options = {}) {
	const now = options.now ?? Date.now();
	const log = options.log ?? (() => {});
	const account = (/** @type {string} */ email) => accountByEmail(admin, email);
	const [national, maire, coordinateur] = await Promise.all([
		account('national.demo@collabactons.fr'),
		account('maire.demo@collabactons.fr'),
		account('coordinateur.demo@collabactons.fr')
	]);
	const elus = await networkElus(admin);
	const iso = (/** @type {number} */ t) => new Date(t).toISOString();
	const options3 = [
		{ key: 'ateliers', label: 'Des ateliers pratiques dans chaque département' },
		{ key: 'visites', label: 'Des visites de communes qui ont réussi un projet' },
		{ key: 'forum', label: 'Un forum national en ligne, une fois par trimestre' }
	];

	if (!(await recordExists(admin, 'consultations', COMMUNITY_IDS.open))) {
		await admin.collection('consultations').create({
			id: COMMUNITY_IDS.open,
			space_kind: 'national',
			space_code: '',
			space_region: '',
			author: national.id,
			author_name: national.name,
			title: 'Quelle forme pour les rencontres entre communes en 2027 ?',
			context:
				'Le programme prévoit des rencontres entre communes formées. Dites-nous la forme qui vous aiderait le plus. Vous pouvez changer votre vote jusqu’à la clôture.',
			kind: 'choice',
			multiple: false,
			options: options3,
			closes_at: iso(now + 30 * DAY),
			synthesis: ''
		});
		for (const [n, elu] of elus.entries()) {
			await admin.collection('votes').create({
				id: voteId(COMMUNITY_IDS.open, elu.id),
				consultation: COMMUNITY_IDS.open,
				user: elu.id,
				commune: elu.commune.id,
				choices: [at(options3, n % 5 < 3 ? 0 : n % 5 === 3 ? 1 : 2).key],
				cast_at: iso(now - (n + 1) * 3600 * 1000),
				received: iso(now - (n + 1) * 3600 * 1000 + 60_000),
				late: false,
				rev: 1
			});
		}
	}

	if (!(await recordExists(admin, 'consultations', COMMUNITY_IDS.closed))) {
		const closes = now - 10 * DAY;
		await admin.collection('consultations').create({
			id: COMMUNITY_IDS.closed,
			space_kind: 'national',
			space_code: '',
			space_region: '',
			author: national.id,
			author_name: national.name,
			title: 'Quel jour pour les sessions de formation ?',
			context: 'Les sessions durent une demi-journée. Quel moment convient le mieux aux élus ?',
			kind: 'choice',
			multiple: false,
			options: [
				{ key: 'samedi', label: 'Le samedi matin' },
				{ key: 'semaine', label: 'En semaine, en fin d’après-midi' }
			],
			closes_at: iso(closes),
			synthesis:
				'Merci aux 25 élus qui ont répondu. Le samedi matin l’emporte nettement : les sessions de 2027 auront lieu le samedi, avec une session en semaine par département pour ceux qui travaillent le week-end. Trois votes faits sans réseau avant la clôture sont arrivés dans le délai et ont été comptés.'
		});
		for (const [n, elu] of elus.slice(0, 25).entries()) {
			const late = n < 3;
			await admin.collection('votes').create({
				id: voteId(COMMUNITY_IDS.closed, elu.id),
				consultation: COMMUNITY_IDS.closed,
				user: elu.id,
				commune: elu.commune.id,
				choices: [n % 3 === 2 ? 'semaine' : 'samedi'],
				cast_at: iso(closes - (n + 2) * 3600 * 1000),
				received: iso(late ? closes + GRACE / 4 : closes - (n + 1) * 3600 * 1000),
				late,
				rev: 1
			});
		}
	}

	const carcassonne = elus.find((e) => e.commune.insee === '11069') ?? at(elus, 0);
	const post = (/** @type {Record<string, unknown>} */ data) => ({
		mentions: [],
		hidden: false,
		reports: 0,
		moderation_reason: '',
		rev: 1,
		...data
	});
	if (!(await recordExists(admin, 'discussions', COMMUNITY_IDS.audeThread))) {
		await admin.collection('discussions').create(
			post({
				id: COMMUNITY_IDS.audeThread,
				space_kind: 'departement',
				space_code: '11',
				space_region: '76',
				author: maire.id,
				author_name: maire.name,
				author_commune: '11185',
				title: 'Broyer les déchets verts sans déchetterie : qui l’a fait ?',
				body: 'À Lagrasse, les habitants brûlent encore leurs déchets verts. Une commune de l’Aude a-t-elle mis en place un broyeur partagé ? Combien cela a-t-il coûté ?'
			})
		);
		await admin.collection('comments').create(
			post({
				id: 'demoreponseaud1',
				space_kind: 'departement',
				space_code: '11',
				space_region: '76',
				parent_kind: 'discussion',
				parent: COMMUNITY_IDS.audeThread,
				author: carcassonne.id,
				author_name: carcassonne.name,
				author_commune: carcassonne.commune.insee,
				body: 'Nous prêtons un broyeur aux habitants deux samedis par mois, avec un agent. Le guide de l’ADEME nous a aidés : https://librairie.ademe.fr'
			})
		);
		await admin.collection('comments').create(
			post({
				id: 'demoreponseaud2',
				space_kind: 'departement',
				space_code: '11',
				space_region: '76',
				parent_kind: 'discussion',
				parent: COMMUNITY_IDS.audeThread,
				author: coordinateur.id,
				author_name: coordinateur.name,
				author_commune: '',
				body: 'Le département finance la moitié d’un broyeur pour les communes de moins de 2 000 habitants. Je vous envoie le dossier.',
				mentions: ['11185']
			})
		);
	}
	if (!(await recordExists(admin, 'discussions', COMMUNITY_IDS.nationalThread))) {
		const [a, b] = [at(elus, 4), at(elus, 9)];
		await admin.collection('discussions').create(
			post({
				id: COMMUNITY_IDS.nationalThread,
				space_kind: 'national',
				space_code: '',
				space_region: '',
				author: a.id,
				author_name: a.name,
				author_commune: a.commune.insee,
				title: 'Faire venir les habitants aux réunions publiques',
				body: 'Nos réunions attirent toujours les mêmes dix personnes. Comment faites-vous pour toucher les jeunes et les actifs ?'
			})
		);
		await admin.collection('comments').create(
			post({
				id: 'demoreponsenat1',
				space_kind: 'national',
				space_code: '',
				space_region: '',
				parent_kind: 'discussion',
				parent: COMMUNITY_IDS.nationalThread,
				author: b.id,
				author_name: b.name,
				author_commune: b.commune.insee,
				body: 'Nous faisons des réunions de 45 minutes le samedi au marché, avec un café offert. Trois fois plus de monde.'
			})
		);
	}
	if (!(await recordExists(admin, 'discussions', COMMUNITY_IDS.hiddenThread))) {
		const spammer = at(elus, 39);
		const body = 'Achetez nos panneaux solaires à prix cassé, contactez-moi vite !';
		await admin.collection('discussions').create(
			post({
				id: COMMUNITY_IDS.hiddenThread,
				space_kind: 'national',
				space_code: '',
				space_region: '',
				author: spammer.id,
				author_name: spammer.name,
				author_commune: spammer.commune.insee,
				title: 'Offre exceptionnelle',
				body: '',
				hidden: true,
				hidden_body: body,
				reports: 3
			})
		);
		for (const reporter of elus.slice(0, 3)) {
			await admin.collection('reports').create({
				id: reportId(COMMUNITY_IDS.hiddenThread, reporter.id),
				user: reporter.id,
				target_kind: 'discussion',
				target: COMMUNITY_IDS.hiddenThread,
				reason: 'spam',
				rev: 1
			});
		}
		await admin.collection('notifications').create({
			id: 'demonotifmasque',
			user: spammer.id,
			kind: 'hidden',
			discussion: COMMUNITY_IDS.hiddenThread,
			comment: '',
			text: 'Votre message a été masqué (« Offre exceptionnelle ») : signalé par 3 personnes ; l’équipe de coordination va le relire.',
			read_at: '',
			rev: 1
		});
		await admin.collection('notifications').create({
			id: 'demonotifmaire1',
			user: maire.id,
			kind: 'reply',
			discussion: COMMUNITY_IDS.audeThread,
			comment: 'demoreponseaud1',
			text: 'Nous prêtons un broyeur aux habitants deux samedis par mois, avec un agent.',
			read_at: '',
			rev: 1
		});
	}
	log(`communauté : ${elus.length} élus d’autres communes, 2 consultations, 3 fils`);
}
