// The rules of a consultation that several handlers share (pocketbase/README.md, "Concertations"):
// when it closes, when its results may be seen (after the grace period), which choices a vote
// may carry. Never writes.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

/**
 * The closing time of a stored consultation, in milliseconds.
 * @param {core.Record} consultation
 */
function closesAt(consultation) {
	return consultation.getDateTime('closes_at').time().unixMilli();
}

/**
 * When its results show: the closing plus the grace period for votes cast offline before it.
 * @param {core.Record} consultation
 */
function resultsAt(consultation) {
	return closesAt(consultation) + limits.COMMUNITY.voteGraceMs;
}

/**
 * The option keys of a `choice` consultation.
 * @param {core.Record} consultation
 * @returns {{ key: string, label: string }[]}
 */
function optionsOf(consultation) {
	var raw = JSON.parse(toString(consultation.get('options')) || '[]');
	return Array.isArray(raw) ? raw : [];
}

module.exports = { closesAt: closesAt, resultsAt: resultsAt, optionsOf: optionsOf };
