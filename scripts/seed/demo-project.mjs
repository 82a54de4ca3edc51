// The demo project of Lagrasse: a shared shredder and compost platform for vine prunings and
// green waste, as a Yjs project document in exactly the shape src/lib/features/projects/local/projects.ts reads
// (keep both in step; tests/server/demo-data.spec.ts reads the seeded document with readProject).
// Plain Node (the seed cannot import the TypeScript app). It only builds the two updates (the
// mayor's and the deputy's, so both show in the history) and the summary record; pushing them
// through POST /api/collab/sync is the seed's job. Every id, clock and date is fixed, so building
// twice gives the same bytes and pushing twice is a replay that changes nothing.
import * as Y from 'yjs';

/** The document id (= the `projects` summary id), 15 characters [a-z0-9]. */
export const DEMO_PROJECT_ID = 'demoprojet11185';
/** Op ids of the two pushes (idempotency keys on the server). */
export const DEMO_PROJECT_OPS = {
	maire: 'seed-demoprojet11185-maire',
	adjoint: 'seed-demoprojet11185-adjoint'
};

const LOCAL_PROBLEM =
	'Chaque hiver, la taille des vignes laisse autour du village des tonnes de sarments que l’on brûle en bout de rang : fumées dans la vallée de l’Orbieu, risque d’incendie dès que le vent se lève, et de la matière organique perdue alors que les sols des coteaux s’appauvrissent. Les habitants, eux, font de longs trajets en voiture pour déposer leurs tailles de haies et leurs tontes à la déchetterie.';
const PROPOSED_SOLUTION =
	'Un broyeur partagé entre la commune et les vignerons, des journées de broyage collectif par secteur de vignes, et une plateforme de compostage au dépôt communal. Le broyat paille les espaces verts et le jardin de l’école ; le compost mûr retourne aux vignes et aux potagers des habitants, qui viennent le chercher gratuitement.';
const DESCRIPTION =
	'Le projet est né du module « Économie symbiotique » : ce qui est un déchet pour les uns (les sarments, les déchets verts) manque aux autres (les sols, les jardins). La mairie porte l’investissement et le terrain, les vignerons apportent la matière et le tracteur, l’association des jardins tient les permanences de la plateforme. Un comité de suivi se réunit chaque trimestre et les chiffres sont affichés en mairie.';

// Fixed clocks: history and log times of the demo, autumn 2026 (ms since epoch, UTC).
const at = (/** @type {string} */ iso) => Date.parse(iso);

/** @typedef {{ id: string, name: string }} DemoUser */

/** The items of the canvas lists. Ids are fixed 15-character strings (features/projects/local/projects uses newId()). */
const LISTS = {
	stakeholders: [
		{
			id: 'demopartie00001',
			name: 'Vignerons de la commune',
			type: 'entreprise',
			role: 'Apportent les sarments, prêtent un tracteur pour les journées de broyage'
		},
		{
			id: 'demopartie00002',
			name: 'Association des jardins partagés',
			type: 'association',
			role: 'Tient les permanences de la plateforme, forme les habitants au compostage'
		},
		{
			id: 'demopartie00003',
			name: 'Communauté de communes',
			type: 'collectivite',
			role: 'Compétence déchets : conseil technique et part du financement'
		},
		{
			id: 'demopartie00004',
			name: 'Habitants volontaires',
			type: 'citoyens',
			role: 'Comité de suivi, apport de déchets verts, retour du compost aux potagers'
		},
		{
			id: 'demopartie00005',
			name: 'École du village',
			type: 'autre',
			role: 'Paillage du jardin pédagogique, suivi des tonnages avec la classe de CM'
		}
	],
	method: [
		{
			id: 'demoetape000001',
			text: 'Recenser avec les vignerons les volumes de sarments et les semaines de taille'
		},
		{
			id: 'demoetape000002',
			text: 'Choisir l’emplacement de la plateforme en atelier ouvert à tous (world café)'
		},
		{
			id: 'demoetape000003',
			text: 'Tester une saison avec un broyeur prêté avant de décider l’achat ensemble'
		},
		{
			id: 'demoetape000004',
			text: 'Réunir un comité de suivi chaque trimestre : mairie, vignerons, association, habitants'
		},
		{
			id: 'demoetape000005',
			text: 'Afficher les chiffres en mairie et les publier en données ouvertes'
		}
	],
	milestones: [
		{
			id: 'demojalon000001',
			label: 'Réunion publique de lancement à la salle des fêtes',
			date: '2026-09-12',
			done: true
		},
		{
			id: 'demojalon000002',
			label: 'Convention de prêt du broyeur avec les vignerons',
			date: '2026-10-03',
			done: true
		},
		{
			id: 'demojalon000003',
			label: 'Premières journées de broyage collectif',
			date: '2026-10-18',
			done: true
		},
		{
			id: 'demojalon000004',
			label: 'Dépôt du dossier de subvention à l’ADEME',
			date: '2026-12-15',
			done: false
		},
		{
			id: 'demojalon000005',
			label: 'Ouverture de la plateforme de compostage au dépôt communal',
			date: '2027-03-01',
			done: false
		}
	],
	funders: [
		{ id: 'demofinance0001', name: 'ADEME (fonds économie circulaire, demandé)', amount: 19200 },
		{ id: 'demofinance0002', name: 'Région Occitanie (demandé)', amount: 9600 },
		{ id: 'demofinance0003', name: 'Communauté de communes', amount: 7200 },
		{ id: 'demofinance0004', name: 'Commune de Lagrasse (autofinancement)', amount: 12000 }
	]
};

const INDICATORS = [
	{
		id: 'demoindic000001',
		name: 'Sarments et déchets verts broyés',
		unit: 'tonnes par an',
		baseline: 0,
		target: 120,
		measurements: [
			{ id: 'demomesure00001', date: '2026-10-18', value: 8 },
			{ id: 'demomesure00002', date: '2026-11-15', value: 23 }
		]
	},
	{
		id: 'demoindic000002',
		name: 'Feux de sarments déclarés en mairie',
		unit: 'feux par saison',
		baseline: 46,
		target: 5,
		measurements: [{ id: 'demomesure00003', date: '2026-11-25', value: 31 }]
	},
	{
		id: 'demoindic000003',
		name: 'Foyers qui utilisent le compost ou le broyat',
		unit: 'foyers',
		baseline: 0,
		target: 60,
		measurements: [{ id: 'demomesure00004', date: '2026-11-20', value: 14 }]
	}
];

/** A list item as a Y.Map, field by field. @param {Record<string, unknown>} fields */
function item(fields) {
	const map = new Y.Map();
	for (const [key, value] of Object.entries(fields)) map.set(key, value);
	return map;
}

/**
 * Appends history lines of `user`: [ISO time, section].
 * @param {Y.Doc} doc @param {DemoUser} user @param {[string, string][]} entries
 */
function history(doc, user, entries) {
	doc
		.getArray('history')
		.push(
			entries.map(([iso, section]) => ({ author: user.id, name: user.name, at: at(iso), section }))
		);
}

/**
 * Appends log entries of `user`: [id, day, text, ISO time of writing].
 * @param {Y.Doc} doc @param {DemoUser} user @param {[string, string, string, string][]} entries
 */
function log(doc, user, entries) {
	doc.getArray('log').push(
		entries.map(([id, date, text, iso]) => ({
			id,
			date,
			text,
			author: user.id,
			createdAt: at(iso)
		}))
	);
}

/**
 * The mayor's part: the canvas framed after the training, the method, the budget, two log entries.
 * @param {Y.Doc} doc @param {string} commune @param {DemoUser} maire
 */
function mayorPart(doc, commune, maire) {
	doc.transact(() => {
		const meta = doc.getMap('meta');
		meta.set('title', 'Broyer et composter ensemble les sarments et les déchets verts');
		meta.set('status', 'en_cours');
		meta.set('commune', commune);
		meta.set('budget', 48000);
		doc.getText('local_problem').insert(0, LOCAL_PROBLEM);
		doc.getText('proposed_solution').insert(0, PROPOSED_SOLUTION);
		doc.getText('description').insert(0, DESCRIPTION);
		for (const theme of ['dechets', 'regeneration_ecosystemes', 'resilience_alimentaire'])
			doc.getMap('themes').set(theme, true);
		for (const lever of ['economie_circulaire', 'communs', 'intelligence_collective', 'open_data'])
			doc.getMap('levers').set(lever, true);
		doc.getArray('method').push(LISTS.method.map(item));
		doc.getArray('milestones').push(LISTS.milestones.map(item));
		doc.getArray('funders').push(LISTS.funders.map(item));
		doc
			.getArray('indicators')
			.push(INDICATORS.map((source) => item({ ...source, measurements: new Y.Array() })));
		log(doc, maire, [
			[
				'demojournal0001',
				'2026-09-12',
				'Réunion publique à la salle des fêtes : une cinquantaine de personnes, dont quatorze vignerons. Accord pour tester le broyage collectif cet hiver ; trois volontaires pour le comité de suivi.',
				'2026-09-12T19:40:00.000Z'
			],
			[
				'demojournal0004',
				'2026-11-24',
				'Rendez-vous avec l’ADEME : le dossier est recevable, à déposer avant le 15 décembre avec les tonnages mesurés depuis octobre.',
				'2026-11-24T16:10:00.000Z'
			]
		]);
		history(doc, maire, [
			['2026-09-08T18:00:00.000Z', 'title'],
			['2026-09-08T18:05:00.000Z', 'local_problem'],
			['2026-09-08T18:20:00.000Z', 'proposed_solution'],
			['2026-09-08T18:30:00.000Z', 'themes'],
			['2026-09-08T18:32:00.000Z', 'levers'],
			['2026-09-10T17:00:00.000Z', 'method'],
			['2026-09-12T19:40:00.000Z', 'log'],
			['2026-09-14T08:30:00.000Z', 'description'],
			['2026-10-01T09:00:00.000Z', 'milestones'],
			['2026-10-01T09:15:00.000Z', 'indicators'],
			['2026-10-05T10:00:00.000Z', 'budget'],
			['2026-11-02T09:00:00.000Z', 'status'],
			['2026-11-24T16:10:00.000Z', 'log']
		]);
	});
}

/**
 * The deputy's part: the stakeholders, the measurements, the milestones reached, two log entries.
 * @param {Y.Doc} doc @param {DemoUser} adjoint
 */
function deputyPart(doc, adjoint) {
	doc.transact(() => {
		doc.getArray('stakeholders').push(LISTS.stakeholders.map(item));
		const indicators = /** @type {Y.Map<unknown>[]} */ (doc.getArray('indicators').toArray());
		for (const source of INDICATORS) {
			const indicator = indicators.find((i) => i.get('id') === source.id);
			if (!indicator) throw new Error(`demo indicator ${source.id} missing`);
			/** @type {Y.Array<unknown>} */ (indicator.get('measurements')).push(source.measurements);
		}
		log(doc, adjoint, [
			[
				'demojournal0002',
				'2026-10-18',
				'Première journée de broyage au chemin des vignes : huit tonnes de sarments broyées avec le broyeur prêté. Le broyat a paillé les massifs de la place et le jardin de l’école.',
				'2026-10-18T17:30:00.000Z'
			],
			[
				'demojournal0003',
				'2026-11-15',
				'Deux nouvelles journées : quinze tonnes de plus. Les vignerons demandent un créneau le samedi pour ceux qui ont un autre emploi en semaine.',
				'2026-11-15T18:00:00.000Z'
			]
		]);
		history(doc, adjoint, [
			['2026-09-20T15:00:00.000Z', 'stakeholders'],
			['2026-10-18T17:30:00.000Z', 'log'],
			['2026-10-18T17:35:00.000Z', 'milestones'],
			['2026-10-18T17:40:00.000Z', 'indicators'],
			['2026-11-15T18:00:00.000Z', 'log'],
			['2026-11-25T11:00:00.000Z', 'indicators']
		]);
	});
}

/**
 * The demo project: the mayor's and the deputy's Yjs updates (each applied on top of the
 * previous one) and the `projects` summary the app derives from the merged document
 * (features/projects/domain/canvas.ts summaryFields: the local problem on one line, under 500 characters).
 * @param {{ commune: string, maire: DemoUser, adjoint: DemoUser }} options
 */
export function demoProject({ commune, maire, adjoint }) {
	const doc = new Y.Doc();
	doc.clientID = 1118501; // fixed client ids: the same bytes at every run
	mayorPart(doc, commune, maire);
	const mayorUpdate = Y.encodeStateAsUpdate(doc);
	const deputyDoc = new Y.Doc();
	deputyDoc.clientID = 1118502;
	Y.applyUpdate(deputyDoc, mayorUpdate);
	deputyPart(deputyDoc, adjoint);
	const deputyUpdate = Y.encodeStateAsUpdate(deputyDoc, Y.encodeStateVector(doc));
	const meta = doc.getMap('meta');
	return {
		id: DEMO_PROJECT_ID,
		updates: { maire: mayorUpdate, adjoint: deputyUpdate },
		summary: {
			commune,
			title: String(meta.get('title')),
			status: String(meta.get('status')),
			themes: [...doc.getMap('themes').keys()].sort(),
			levers: [...doc.getMap('levers').keys()].sort(),
			summary: LOCAL_PROBLEM.trim().replace(/\s+/g, ' ')
		}
	};
}
