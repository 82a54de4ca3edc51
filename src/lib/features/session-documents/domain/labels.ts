// The French words the documents print for the sessions' closed lists. The attendance sheet and
// the certificate are proof for a French training body and a French administration: they are
// printed in French whatever the language of the screen. Pure constants.

export const MANDATE_LABELS: Record<string, string> = {
	maire: 'Maire',
	adjoint: 'Adjoint(e) au maire',
	conseiller: 'Conseiller(ère) municipal(e)',
	autre: 'Autre'
};

export const MODALITY_LABELS: Record<string, string> = {
	presentiel: 'En présentiel',
	distance: 'À distance',
	mixte: 'Mixte (présentiel et à distance)'
};

export const VOLET_LABELS: Record<string, string> = {
	intelligence_collective: 'Volet 1 — Intelligence collective',
	economie_symbiotique: 'Volet 2 — Économie symbiotique',
	transverse: 'Volet transverse — Communauté apprenante'
};

/** Who delivers the training, as printed at the top of every document. */
export const ORGANISATION = 'Programme national Collabor’actons — formation des élus locaux';
