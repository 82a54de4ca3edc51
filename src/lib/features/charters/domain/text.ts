// The published texts of the engagement charter (contrat d'engagement), one per version. Owns the
// wording an élu signs. A published version is never edited, not even a comma: signed charters
// carry the SHA-256 of its French text (canonical.ts), and text.spec.ts pins that hash. To change
// the wording, add a new version and make it current; old signatures keep pointing at theirs.
// The English text is a translation shown for reading only; the French text is what is signed.

/** One published version of the charter. */
export interface CharterVersion {
	/** Stable identifier, `YYYY-n`. */
	id: string;
	/** Publication day, `YYYY-MM-DD`. */
	published: string;
	/** Title shown above the text. */
	title: { fr: string; en: string };
	/** The signed text (French), paragraphs separated by a blank line. */
	fr: string;
	/** An English translation, for display only (not signed, not hashed). */
	en: string;
}

const FR_2026_1 = `Contrat d’engagement Collabor’actons

Vous avez suivi la formation Collabor’actons. En signant ce contrat, vous prenez, en tant qu’élue ou élu de votre commune, les engagements ci-dessous ; en retour, le programme prend les siens envers vous.

Vos engagements

1. Porter un projet concret. Vous portez un projet, un seul, qui répond à un problème réel et constaté dans votre commune, et vous le conduisez jusqu’à des résultats que chacun peut voir.

2. Le conduire avec toutes les parties prenantes. Vous associez à chaque étape celles et ceux que le projet concerne : entreprises, collectivités, citoyennes et citoyens, associations, services de l’État. Vous choisissez avec eux la méthode de travail, et vous vous y tenez.

3. Rendre compte de son avancement. Vous tenez à jour, sur la plateforme Collabor’actons, la fiche et le journal de bord du projet : étapes franchies, difficultés rencontrées, indicateurs suivis, résultats obtenus.

4. Partager ce que vous apprenez. Vous mettez votre expérience, ce qui a marché comme ce qui n’a pas marché, à la disposition des autres communes, sur la plateforme et dans les fabriques de transitions.

Les engagements du programme

1. Vous former, sans frais : les modules des deux volets, intelligence collective et économie symbiotique, et le volet transverse de la communauté apprenante.

2. Vous outiller : la plateforme, ses fiches, ses guides et ses méthodes, utilisables même sans connexion.

3. Vous accompagner : une communauté apprenante d’élus, de territoires et de facilitateurs, pour échanger, trouver de l’aide et faire connaître votre projet.

Votre nom, votre mandat, votre commune, la date et votre signature sont enregistrés avec l’empreinte de ce texte. Le reçu remis à la signature permet à quiconque de vérifier ce contrat.`;

const EN_2026_1 = `Collabor’actons engagement charter

You have taken the Collabor’actons training. By signing this charter you make, as an elected member of your commune, the commitments below; in return, the programme makes its own commitments to you.

Your commitments

1. Carry one concrete project. You carry one project, and only one, that answers a real problem observed in your commune, and you see it through to results everyone can see.

2. Run it with every stakeholder. At every stage you involve the people the project concerns: businesses, local authorities, citizens, associations, State services. You choose the working method with them, and you keep to it.

3. Report its progress. You keep the project’s page and logbook up to date on the Collabor’actons platform: steps completed, difficulties met, indicators followed, results achieved.

4. Share what you learn. You make your experience, what worked and what did not, available to other communes, on the platform and in the fabriques de transitions.

The programme’s commitments

1. Train you, free of charge: the modules of both volets, collective intelligence and symbiotic economy, and the cross-cutting volet of the learning community.

2. Equip you: the platform, its sheets, guides and methods, usable even without a connection.

3. Support you: a learning community of elected officials, territories and facilitators, to exchange, find help and make your project known.

Your name, mandate, commune, the date and your signature are recorded with the fingerprint of this text. The receipt given at signing lets anyone verify this charter.`;

/** Every published version, by id. Never edit or remove one: add a new version instead. */
export const CHARTER_VERSIONS: Readonly<Record<string, CharterVersion>> = Object.freeze({
	'2026-1': Object.freeze({
		id: '2026-1',
		published: '2026-11-29',
		title: {
			fr: 'Contrat d’engagement Collabor’actons',
			en: 'Collabor’actons engagement charter'
		},
		fr: FR_2026_1,
		en: EN_2026_1
	})
});

/** The version new signatures use. */
export const CURRENT_CHARTER_VERSION = '2026-1';

/** The published version `id`, or undefined when it is not a known version. */
export function charterVersion(id: string): CharterVersion | undefined {
	return Object.prototype.hasOwnProperty.call(CHARTER_VERSIONS, id)
		? CHARTER_VERSIONS[id]
		: undefined;
}

/** The paragraphs of a charter text (split on blank lines), for display. */
export function charterParagraphs(text: string): string[] {
	return text.split(/\n\n+/).map((paragraph) => paragraph.trim());
}

/** A short paragraph with no closing punctuation is a section title of the text. */
export function isCharterHeading(paragraph: string): boolean {
	return paragraph.length < 60 && !/[.:;!?]$/.test(paragraph);
}
