// More per-commune metrics for `territory_facts` (refresh.js): needs and profiles from the
// census, participation in consultations, session feedback scores. Each is a count or a sum
// summed up per EPCI/département/région/nation like the others; `mask` then hides what would
// give one commune's or one élu's answer away (the census rule of lib/census.js: a figure over
// fewer than MIN_COMMUNES communes, a mean over fewer than MIN_ANSWERS answers). Never returns
// a vote's choices, an answer's text or who answered.

var MIN_COMMUNES = 3;
var MIN_ANSWERS = 3;

/** The campaign shown: the latest one with answers (keys sort as years, e.g. "2026"). */
var LATEST = '(SELECT MAX(campaign) FROM needs_surveys)';

var CENSUS = [
	"SELECT s.commune, 'needs.communes', 1 FROM needs_surveys s WHERE s.campaign = " +
		LATEST +
		' GROUP BY s.commune',
	"SELECT s.commune, 'needs.profile.' || json_extract(s.answer, '$.profile'), 1 FROM needs_surveys s " +
		'WHERE s.campaign = ' +
		LATEST +
		" AND s.question = 'profile' AND json_extract(s.answer, '$.profile') IN ('A', 'B', 'C')",
	"SELECT s.commune, 'needs.theme.' || substr(s.question, 6), 1 FROM needs_surveys s " +
		'WHERE s.campaign = ' +
		LATEST +
		" AND s.question LIKE 'need-%' AND json_extract(s.answer, '$.priority') > 0"
];

var CONSULTATIONS = [
	"SELECT v.commune, 'consultations.votes', COUNT(*) FROM votes v WHERE v.commune != '' GROUP BY v.commune",
	"SELECT v.commune, 'consultations.communes', 1 FROM votes v WHERE v.commune != '' GROUP BY v.commune"
];

/** Feedback "à chaud" (end of a module) with a score, by the commune of its session. */
var FEEDBACK = [
	"SELECT t.commune, 'feedback.answers', COUNT(*) FROM session_feedback f JOIN training_sessions t ON t.id = f.session " +
		"WHERE f.kind = 'chaud' AND f.satisfaction > 0 GROUP BY t.commune",
	"SELECT t.commune, 'feedback.satisfaction_sum', SUM(f.satisfaction) FROM session_feedback f JOIN training_sessions t ON t.id = f.session " +
		"WHERE f.kind = 'chaud' AND f.satisfaction > 0 GROUP BY t.commune",
	"SELECT t.commune, 'feedback.replies', COUNT(*) FROM session_feedback f JOIN training_sessions t ON t.id = f.session " +
		"WHERE f.kind = 'chaud' GROUP BY t.commune"
];

/**
 * Expected "à chaud" answers: one per participant signed present (sealed) and module taught in
 * the half-day, per session. `sealed` is refresh.js's SEALED common table prefix.
 * @param {string} sealed
 */
function expected(sealed) {
	return (
		sealed +
		', asked AS (SELECT DISTINCT sealed.session AS session, sealed.participant AS participant, m.value AS module ' +
		'FROM sealed JOIN training_sessions t ON t.id = sealed.session, json_each(t.slots) sl, ' +
		"json_each(json_extract(sl.value, '$.modules')) m WHERE json_extract(sl.value, '$.key') = sealed.slot) " +
		"SELECT t.commune, 'feedback.expected', COUNT(*) FROM asked JOIN training_sessions t ON t.id = asked.session GROUP BY t.commune"
	);
}

/**
 * The SELECTs (code, metric, value) whose tables exist.
 * @param {(table: string) => boolean} has
 * @param {string} sealed
 * @returns {string[]}
 */
function metrics(has, sealed) {
	/** @type {string[]} */
	var out = [];
	if (has('needs_surveys')) out = out.concat(CENSUS);
	if (has('votes')) out = out.concat(CONSULTATIONS);
	if (has('session_feedback') && has('training_sessions')) {
		out = out.concat(FEEDBACK);
		if (has('attendance_seals')) out.push(expected(sealed));
	}
	return out;
}

/**
 * Removes from a territory's figures what would give one answer away: profiles and needs when
 * fewer than MIN_COMMUNES communes answered the census, a need chosen by fewer than
 * MIN_COMMUNES communes, the satisfaction sum over fewer than MIN_ANSWERS answers.
 * @param {Record<string, number>} figures
 * @returns {Record<string, number>}
 */
function mask(figures) {
	var enough = (figures['needs.communes'] || 0) >= MIN_COMMUNES;
	var scored = (figures['feedback.answers'] || 0) >= MIN_ANSWERS;
	for (var key in figures) {
		if (!Object.prototype.hasOwnProperty.call(figures, key)) continue;
		if (key.indexOf('needs.profile.') === 0 && !enough) delete figures[key];
		else if (key.indexOf('needs.theme.') === 0 && (!enough || figures[key] < MIN_COMMUNES))
			delete figures[key];
		else if (key === 'feedback.satisfaction_sum' && !scored) delete figures[key];
	}
	return figures;
}

module.exports = {
	metrics: metrics,
	mask: mask,
	MIN_COMMUNES: MIN_COMMUNES,
	MIN_ANSWERS: MIN_ANSWERS
};
