// Texts of the session documents' buttons. The documents themselves are printed in French
// whatever the screen's language (domain/labels.ts says why).
import { defineMessages } from '$lib/i18n/define';

export const sessionDocuments = defineMessages(
	{
		sheet: 'Feuille d’émargement (PDF)',
		certificate: 'Attestation de présence (PDF)',
		busy: 'Préparation du PDF…',
		failed:
			'Le PDF n’a pas pu être préparé. Rechargez la page une fois connecté, puis réessayez : il fonctionnera ensuite sans réseau.',
		noSealed:
			'Pas encore d’attestation : aucune demi-journée signée par cette personne n’est contresignée par le formateur.'
	},
	{
		sheet: 'Attendance sheet (PDF)',
		certificate: 'Certificate of attendance (PDF)',
		busy: 'Preparing the PDF…',
		failed:
			'The PDF could not be prepared. Reload the page once online, then try again: it will then work offline.',
		noSealed:
			'No certificate yet: no half-day signed by this person is countersigned by the facilitator.'
	}
);
