// Who may act on whose account (issue 13). Pure rules over plain values: no PocketBase API, so
// Node tests load it too. Never reads a request: routes pass the caller and the target.
//
// - A pending request for a commune is validated by the national team, a coordinator of a
//   territory that contains the commune, or the commune's mayor (an active élu of that commune
//   whose mandate is `maire`) — except a mayor's own request, which only a coordinator or the
//   national team validates (nobody becomes mayor on the word of an adjoint).
// - Invitations: the national team anywhere, a coordinator within their territory.
// - Roles and territories: the national team only. Deactivation: the national team, or a
//   coordinator of the élu's commune.

/**
 * @typedef {object} Actor
 * @property {string} id
 * @property {string} role
 * @property {string} status
 * @property {string} mandate
 * @property {string[]} communes ids
 * @property {string} territoryKind
 * @property {string} territoryCode
 */

/**
 * @typedef {object} CommuneFacts
 * @property {string} id
 * @property {string} departement
 * @property {string} region
 * @property {string} epci
 */

/**
 * True when the coordinator `actor` covers `commune`. An empty code covers nothing.
 * @param {Actor} actor
 * @param {CommuneFacts} commune
 */
function coversCommune(actor, commune) {
	if (actor.role !== 'coordinateur' || actor.status !== 'active') return false;
	if (actor.territoryKind === 'national') return true;
	if (!actor.territoryCode) return false;
	if (actor.territoryKind === 'departement') return commune.departement === actor.territoryCode;
	if (actor.territoryKind === 'region') return commune.region === actor.territoryCode;
	if (actor.territoryKind === 'epci') return commune.epci === actor.territoryCode;
	return false;
}

/** @param {Actor} actor */
function isNational(actor) {
	return actor.role === 'national' && actor.status === 'active';
}

/**
 * True when `actor` may validate or refuse a request for `commune` with mandate `mandate`.
 * @param {Actor} actor
 * @param {CommuneFacts} commune
 * @param {string} mandate the mandate the request states
 */
function mayValidate(actor, commune, mandate) {
	if (isNational(actor) || coversCommune(actor, commune)) return true;
	return (
		actor.role === 'elu' &&
		actor.status === 'active' &&
		actor.mandate === 'maire' &&
		mandate !== 'maire' &&
		actor.communes.indexOf(commune.id) >= 0
	);
}

/**
 * True when `actor` may invite élus of `commune`.
 * @param {Actor} actor
 * @param {CommuneFacts} commune
 */
function mayInvite(actor, commune) {
	return isNational(actor) || coversCommune(actor, commune);
}

/**
 * True when `actor` may invite at all (the screen's gate; each row is checked with mayInvite).
 * @param {Actor} actor
 */
function invites(actor) {
	return isNational(actor) || (actor.role === 'coordinateur' && actor.status === 'active');
}

/**
 * True when `actor` may deactivate or reactivate an élu of `commune` (null: the account has no
 * commune, so only the national team).
 * @param {Actor} actor
 * @param {CommuneFacts | null} commune
 */
function mayChangeStatus(actor, commune) {
	return isNational(actor) || (commune !== null && coversCommune(actor, commune));
}

module.exports = {
	coversCommune: coversCommune,
	isNational: isNational,
	mayValidate: mayValidate,
	mayInvite: mayInvite,
	invites: invites,
	mayChangeStatus: mayChangeStatus
};
