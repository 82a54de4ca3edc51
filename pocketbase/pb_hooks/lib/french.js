// French wording of messages that splice a name into a sentence: elision before a vowel (« d’Ajaccio »,
// « de Lagrasse »). Messages never glue an elided article to a word they do not know, which
// produced « L’fiche »: tests/server/french-messages.spec.ts checks the hooks' sources for it.
// Plain functions: no PocketBase API, loaded by Node tests too.

var VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/**
 * « de Lagrasse », « d’Ajaccio », « d’Ungersheim »: the preposition `de` before `name`.
 * (A mute h is not elided here: names starting with h keep « de ».)
 * @param {string} name
 */
function ofName(name) {
	return (VOWEL.test(name) ? 'd’' : 'de ') + name;
}

module.exports = { ofName: ofName };
