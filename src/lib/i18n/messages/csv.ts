import { defineMessages } from '../define';

/** What an import says about a spreadsheet file (src/lib/domain/csv). */
export const csv = defineMessages(
	{
		error: {
			empty: 'Le fichier est vide ou ne contient que la ligne des titres.',
			not_text: {
				spreadsheet:
					'Ce fichier est un classeur (Excel ou LibreOffice). Ouvrez-le puis « Enregistrer sous » au format CSV (séparateur point-virgule).',
				utf16:
					'Ce fichier est enregistré en « texte Unicode ». Enregistrez-le plutôt au format CSV UTF-8 (séparateur point-virgule).',
				binary:
					'Ce fichier n’est pas un tableau CSV. Choisissez le fichier enregistré au format CSV.'
			},
			missing_columns:
				'Colonnes introuvables : {missing}. Le fichier a les colonnes : {found}. Vérifiez la première ligne du tableau.',
			too_many_rows:
				'Le fichier a {count} lignes ; {max} au plus peuvent être importées en une fois. Découpez-le en plusieurs fichiers.'
		},
		refused: {
			line: 'Ligne {line} : {reason}',
			too_many_cells:
				'{count} cases au lieu de {expected} — une valeur contient sans doute un point-virgule sans guillemets.',
			missing_value: 'la colonne « {column} » est vide.'
		},
		summary:
			'{imported, plural, =0 {Aucune ligne importée} one {# ligne importée} other {# lignes importées}}, {refused, plural, =0 {aucune refusée} one {# refusée} other {# refusées}}.'
	},
	{
		error: {
			empty: 'The file is empty or holds only the header line.',
			not_text: {
				spreadsheet:
					'This file is a workbook (Excel or LibreOffice). Open it and use “Save as” CSV (semicolon separated).',
				utf16:
					'This file is saved as “Unicode text”. Save it as CSV UTF-8 (semicolon separated) instead.',
				binary: 'This file is not a CSV table. Choose the file saved as CSV.'
			},
			missing_columns:
				'Columns not found: {missing}. The file has the columns: {found}. Check the first line of the sheet.',
			too_many_rows:
				'The file has {count} lines; at most {max} can be imported at once. Split it into several files.'
		},
		refused: {
			line: 'Line {line}: {reason}',
			too_many_cells:
				'{count} cells instead of {expected} — a value probably holds a semicolon without quotes.',
			missing_value: 'the column “{column}” is empty.'
		},
		summary:
			'{imported, plural, =0 {No line imported} one {# line imported} other {# lines imported}}, {refused, plural, =0 {none refused} one {# refused} other {# refused}}.'
	}
);
