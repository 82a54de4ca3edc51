// The form an organiser (the national team, a coordinator) opens a consultation with: its scope
// (their own territory), title, context, type, options and closing. Saved on the device first,
// like every record; the server checks again that the organiser may open it there. Never renders.
import type { User } from '$lib/domain/users';
import { draftData, draftProblem, type ConsultationDraft } from '../domain/draft';
import { saveConsultation } from '../local/consultations';
import { defaultDeps, type ConsultationDeps } from './deps';

/** The scope an organiser opens consultations for, or null when they may not open any. */
export function organiserScope(
	user: Pick<User, 'role' | 'territoryKind' | 'territoryCode'> | null
): Pick<ConsultationDraft, 'spaceKind' | 'spaceCode'> | null {
	if (!user) return null;
	if (user.role === 'national') return { spaceKind: 'national', spaceCode: '' };
	if (user.role !== 'coordinateur') return null;
	if (user.territoryKind === 'national') return { spaceKind: 'national', spaceCode: '' };
	if (
		(user.territoryKind === 'region' || user.territoryKind === 'departement') &&
		user.territoryCode
	) {
		return { spaceKind: user.territoryKind, spaceCode: user.territoryCode };
	}
	return null;
}

export class ConsultationComposer {
	draft = $state<ConsultationDraft>({
		spaceKind: 'national',
		spaceCode: '',
		title: '',
		context: '',
		kind: 'choice',
		multiple: false,
		optionsText: '',
		closesDate: '',
		closesTime: '18:00'
	});
	error = $state('');
	saving = $state(false);
	#deps: ConsultationDeps;

	constructor(
		scope: Pick<ConsultationDraft, 'spaceKind' | 'spaceCode'>,
		deps: ConsultationDeps = defaultDeps
	) {
		this.#deps = deps;
		this.draft.spaceKind = scope.spaceKind;
		this.draft.spaceCode = scope.spaceCode;
	}

	/** Saves the consultation on the device; resolves with its id, or '' (see `error`). */
	async open(): Promise<string> {
		this.error = draftProblem(this.draft, this.#deps.now());
		if (this.error) return '';
		this.saving = true;
		try {
			const id = await saveConsultation(await this.#deps.db(), draftData(this.draft));
			this.#deps.onSaved();
			return id;
		} catch (error) {
			console.error('consultation not saved', error);
			this.error =
				'Elle n’a pas pu être enregistrée sur cet appareil. Vérifiez l’espace de stockage dans Paramètres.';
			return '';
		} finally {
			this.saving = false;
		}
	}
}
