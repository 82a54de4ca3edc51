// What a commune's own élus (and the national team) may change in its record: the rural/urban
// class and the profile, with the reason they give (pocketbase/README.md, "Communes"). Names,
// codes, département, région, EPCI and population are reference data from the official list,
// written only by the superuser's import (lib/import.js): a request changing any of them is
// refused, even when the collection's API rule let it through. Never writes another field.

/** Fields an update request may carry besides the reference data (PocketBase sets `updated`). */
var EDITABLE = ['class', 'profile', 'class_reason', 'class_corrected', 'updated'];
/** Shortest reason kept with a correction, after trimming. */
var REASON_MIN = 10;

/**
 * A French reason to refuse the update of the `communes` record `record` (new values; the stored
 * ones are `record.original()`) by a non-superuser, or null; marks a correction as such.
 * @param {core.Record} record
 * @returns {string | null}
 */
function checkCorrection(record) {
	var original = record.original();
	var fields = record.collection().fields;
	for (var i = 0; i < fields.length; i++) {
		var name = fields[i].getName();
		if (EDITABLE.indexOf(name) >= 0) continue;
		if (String(record.get(name)) !== String(original.get(name))) {
			return (
				'Seuls le classement rural ou urbain et le profil d’une commune peuvent être corrigés : ' +
				'son nom, ses codes, sa population, son département, sa région et son intercommunalité ' +
				'viennent de la liste officielle (champ « ' +
				name +
				' »).'
			);
		}
	}
	var corrected =
		record.getString('class') !== original.getString('class') ||
		record.getString('profile') !== original.getString('profile');
	// The flag is the server's: it says whether the commune corrected its class or profile.
	record.set('class_corrected', corrected ? true : original.getBool('class_corrected'));
	if (!corrected) {
		record.set('class_reason', original.getString('class_reason'));
		return null;
	}
	var reason = record.getString('class_reason').trim();
	if (reason.length < REASON_MIN) {
		return (
			'Indiquez en quelques mots (au moins ' +
			REASON_MIN +
			' caractères) pourquoi vous corrigez le classement ou le profil de la commune : ' +
			'la raison est gardée avec la correction.'
		);
	}
	record.set('class_reason', reason);
	return null;
}

module.exports = { checkCorrection: checkCorrection, REASON_MIN: REASON_MIN };
