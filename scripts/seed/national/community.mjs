// What the community modules of the national generator share (consultations.mjs, votes.mjs,
// discussions.mjs, comments.mjs): the national roster of élus and staff by territory, computed
// for the whole country whatever the slice (a row that involves people of several communes is
// drawn nationally, then kept only when every one of them is in the slice), and the small French
// vocabularies posts and consultations are built from, and a post's row. Never sends rows.
import { pbDate, recordId, stream } from './context.mjs';
import { eluCounts, eluOf, personName } from './users.mjs';

/**
 * @typedef {{ id: string, name: string, mandate: string, insee: string, commune: string,
 *             departement: string, region: string }} Elu
 * @typedef {{ id: string, name: string, insee: string, kept: boolean }} Author
 * @typedef {{ kind: 'national' | 'region' | 'departement', code: string, region: string,
 *             organiser: Author, elus: Elu[], kept: boolean }} Territory
 */

/** @type {WeakMap<object, ReturnType<typeof buildWorld>>} */
const worlds = new WeakMap();

/**
 * The roster of the run (built once per context).
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 */
export function communityWorld(ctx) {
	let world = worlds.get(ctx);
	if (!world) {
		world = buildWorld(ctx);
		worlds.set(ctx, world);
	}
	return world;
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
function buildWorld(ctx) {
	const { seed } = ctx;
	const counts = eluCounts(seed, ctx.communes);
	/** @type {Elu[]} */
	const all = [];
	/** @type {Map<string, Elu[]>} */ const byDepartement = new Map();
	/** @type {Map<string, Elu[]>} */ const byRegion = new Map();
	/** @type {Map<string, string>} */ const regionOf = new Map();
	const keptDepartements = new Set();
	const keptRegions = new Set();
	ctx.communes.forEach((commune, index) => {
		const count = counts[index] ?? 1;
		for (let n = 0; n < count; n++) {
			const elu = {
				...eluOf(seed, commune.insee, n, count),
				insee: commune.insee,
				commune: commune.id,
				departement: commune.departement,
				region: commune.region
			};
			all.push(elu);
			if (!byDepartement.has(commune.departement)) byDepartement.set(commune.departement, []);
			/** @type {Elu[]} */ (byDepartement.get(commune.departement)).push(elu);
			if (!byRegion.has(commune.region)) byRegion.set(commune.region, []);
			/** @type {Elu[]} */ (byRegion.get(commune.region)).push(elu);
		}
		regionOf.set(commune.departement, commune.region);
		if (ctx.keep(commune.insee)) {
			keptDepartements.add(commune.departement);
			keptRegions.add(commune.region);
		}
	});
	/** @type {Territory[]} */
	const territories = [
		{
			kind: 'national',
			code: '',
			region: '',
			organiser: {
				id: recordId(seed, 'national'),
				name: 'Équipe nationale (données générées)',
				insee: '',
				kept: true
			},
			elus: all,
			kept: keptDepartements.size > 0
		}
	];
	for (const [code, elus] of byRegion) {
		territories.push({
			kind: 'region',
			code,
			region: code,
			organiser: {
				id: recordId(seed, 'coord-reg', code),
				name: personName(stream(seed, 'coord-reg', code)),
				insee: '',
				kept: keptRegions.has(code)
			},
			elus,
			kept: keptRegions.has(code)
		});
	}
	for (const [code, elus] of byDepartement) {
		territories.push({
			kind: 'departement',
			code,
			region: regionOf.get(code) ?? '',
			organiser: {
				id: recordId(seed, 'coord-dep', code),
				name: personName(stream(seed, 'coord-dep', code)),
				insee: '',
				kept: keptDepartements.has(code)
			},
			elus,
			kept: keptDepartements.has(code)
		});
	}
	const byKey = new Map(territories.map((t) => [`${t.kind}/${t.code}`, t]));
	return {
		all,
		territories,
		/** The territory of a space (national, a région or a département code). */
		territory: (/** @type {string} */ kind, /** @type {string} */ code) =>
			byKey.get(`${kind}/${code}`),
		/** An élu as a post's author (kept when their commune is in the slice). */
		author: (/** @type {Elu} */ elu) => ({
			id: elu.id,
			name: elu.name,
			insee: elu.insee,
			kept: ctx.keep(elu.insee)
		})
	};
}

/** Where and by whom something was written in the network (posts and consultations alike). */
export const SPACE_COLUMNS = [
	'id',
	'space_kind',
	'space_code',
	'space_region',
	'posted',
	'author',
	'author_name',
	'author_commune'
];
/** The columns every post (thread, reply, proposal) starts with, as the migration declares them. */
export const POST_COLUMNS = [
	...SPACE_COLUMNS,
	'hidden',
	'hidden_body',
	'moderation_reason',
	'reports',
	'body'
];
export const SYNC_COLUMNS = ['seq', 'rev', 'device', 'created', 'updated'];

/**
 * The columns every post starts with (POST_COLUMNS), then `extra`, then the sync columns.
 * @param {string[]} extra
 */
export function postColumns(extra) {
	return [...POST_COLUMNS, ...extra, ...SYNC_COLUMNS];
}

/**
 * A post's row: its space, author and body, then `extra` values, then a new seq.
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 * @param {{ id: string, kind: string, code: string, region: string, at: number,
 *           author: { id: string, name: string, insee: string }, body: string }} post
 * @param {unknown[]} extra
 */
export function postRow(ctx, post, extra) {
	const when = pbDate(post.at);
	return [
		post.id,
		post.kind,
		post.code,
		post.region,
		when,
		post.author.id,
		post.author.name,
		post.author.insee,
		false,
		'',
		'',
		0,
		post.body,
		...extra,
		ctx.nextSeq(),
		1,
		'national-seed',
		when,
		when
	];
}

/** French words for the impact themes (limits.js PROJECT.themes), as posts name them. */
export const THEME_LABELS = {
	relance_economique: 'la relance de l’économie locale',
	emploi: 'l’emploi',
	relocalisation: 'la relocalisation des productions',
	regeneration_ecosystemes: 'la régénération des milieux naturels',
	resilience_alimentaire: 'l’alimentation',
	fracture_numerique: 'l’accès au numérique',
	eau: 'l’eau',
	energie: 'l’énergie',
	dechets: 'les déchets',
	revitalisation_democratique: 'la participation des habitants',
	progres_social: 'la solidarité'
};

/** Questions of `choice` consultations: title, context, multiple, option labels. */
export const QUESTIONS = [
	{
		title: 'Quel format pour les formations du prochain semestre ?',
		context:
			'Les sessions reprennent après l’été. Dites-nous ce qui convient le mieux à votre agenda d’élu.',
		multiple: false,
		options: [
			'Des demi-journées en présentiel',
			'Des classes virtuelles courtes',
			'Un mélange des deux'
		]
	},
	{
		title: 'Quels créneaux pour les ateliers entre communes ?',
		context: 'Plusieurs réponses possibles : nous calerons le calendrier sur les plus choisies.',
		multiple: true,
		options: ['Lundi matin', 'Mercredi après-midi', 'Vendredi matin', 'Samedi matin']
	},
	{
		title: 'Qu’est-ce qui vous manque le plus pour avancer sur vos projets ?',
		context:
			'Les réponses orienteront l’appui des équipes d’animation. Choisissez deux réponses au plus.',
		multiple: true,
		options: [
			'De l’ingénierie technique',
			'Des financements d’amorçage',
			'Du temps des agents',
			'Des retours d’expérience d’autres communes',
			'Un appui juridique'
		]
	},
	{
		title: 'Faut-il mutualiser un poste de chargé de mission ?',
		context:
			'Plusieurs communes ont demandé un appui partagé pour monter les dossiers. À quelle échelle le porter ?',
		multiple: false,
		options: [
			'À l’échelle de l’intercommunalité',
			'À l’échelle du département',
			'Non, chaque commune s’organise',
			'Je ne sais pas encore'
		]
	},
	{
		title: 'Comment partager les bonnes pratiques entre communes ?',
		context: 'Plusieurs réponses possibles.',
		multiple: true,
		options: [
			'Des visites de terrain',
			'Des fiches pratiques en ligne',
			'Des binômes entre communes',
			'Des rencontres chaque trimestre'
		]
	},
	{
		title: 'Quel thème pour la prochaine rencontre du réseau ?',
		context: 'La rencontre réunira les élus engagés pendant une journée, avec des visites.',
		multiple: false,
		options: [
			'L’eau et les sécheresses',
			'L’énergie des bâtiments publics',
			'L’alimentation des cantines',
			'Le commerce de proximité'
		]
	}
];

/** Calls for proposals (`proposals` consultations): title and context. */
export const CALLS = [
	{
		title: 'Vos idées pour la journée des communes engagées',
		context:
			'Proposez un atelier, une visite ou un témoignage ; les élus soutiennent les propositions qu’ils préfèrent.'
	},
	{
		title: 'Un chantier commun pour l’an prochain',
		context:
			'Quel projet mériterait d’être porté à plusieurs communes ? Décrivez-le en quelques lignes.'
	},
	{
		title: 'Les sujets des prochains modules de formation',
		context:
			'Dites-nous ce que vous aimeriez apprendre ; les sujets les plus soutenus seront retenus.'
	}
];

/** Thread titles: `{}` takes a theme's words (THEME_LABELS). */
export const THREAD_TITLES = [
	'Retour d’expérience sur {}',
	'Qui a déjà avancé sur {} ?',
	'Une question sur {}',
	'Cherche commune partenaire : {}',
	'Quelles subventions pour {} ?',
	'Associer les habitants à un projet sur {}'
];

/** Sentences of a thread's body. */
export const THREAD_SENTENCES = [
	'Nous avons lancé une première réunion avec les habitants le mois dernier.',
	'Le conseil municipal est partant mais hésite sur le montage financier.',
	'Nous cherchons une commune de taille comparable pour échanger.',
	'Les agents nous ont signalé des difficultés à trouver des prestataires près de chez nous.',
	'Avez-vous des documents types à partager, une délibération ou une convention ?',
	'Le calendrier des appels à projets nous paraît serré pour une petite commune.',
	'Nous aimerions visiter un projet déjà en fonctionnement avant de nous décider.',
	'Les premiers retours des habitants sont positifs, mais la participation reste faible.'
];

/** Replies (to a thread or a consultation). */
export const REPLIES = [
	'Nous avons vécu la même chose : le plus utile a été de commencer petit, sur une saison.',
	'Je vous envoie notre délibération par messagerie, elle peut servir de modèle.',
	'L’équipe d’animation du département nous a bien aidés pour le dossier.',
	'Chez nous, c’est l’intercommunalité qui porte la partie technique, ça simplifie beaucoup.',
	'Bonne idée, nous serions intéressés pour y participer.',
	'Attention aux délais de la région : le dossier doit être complet deux mois avant.',
	'Merci pour ce retour, nous allons en parler au prochain conseil.',
	'Vous pouvez venir voir notre installation quand vous voulez, il suffit d’appeler la mairie.',
	'Nous avons associé l’école dès le début, les parents ont suivi.',
	'La question du financement du fonctionnement reste entière chez nous aussi.',
	'Le plus long a été d’obtenir l’accord des propriétaires des terrains.',
	'Je confirme, les binômes entre communes marchent bien.'
];

/** Proposal titles of a call, and their body sentences. */
export const PROPOSALS = [
	'Visite d’une recyclerie intercommunale',
	'Atelier sur les achats groupés d’énergie',
	'Témoignage : une cantine en circuit court',
	'Table ronde sur la participation des habitants',
	'Un guide commun des subventions',
	'Un réseau de jardins partagés entre villages',
	'Une formation au montage de dossiers européens',
	'Un chantier d’insertion pour l’entretien des haies'
];

/** A thread's author answering the replies. */
export const THANKS = [
	'Merci à tous pour vos réponses, je reprends contact avec vous en message privé.',
	'Merci, c’est exactement ce qu’il nous fallait. Nous vous tiendrons au courant.',
	'Merci pour ces retours ; nous présentons le projet au conseil du mois prochain.',
	'Merci ! Je note les contacts et je reviens vers vous après notre réunion publique.'
];
