// The project statuses a published practice may carry (those of features/projects, current and
// legacy), as the message key of their label. Pure.

const STATUSES = ['idee', 'cadrage', 'lance', 'en_cours', 'realise', 'abandonne', 'suspendu'];

/** The message key naming `status`, or null for none or an unknown one. */
export function statusLabelKey(status: string | undefined): 'library.status.idee' | null {
	return status && STATUSES.includes(status)
		? (`library.status.${status}` as 'library.status.idee')
		: null;
}
