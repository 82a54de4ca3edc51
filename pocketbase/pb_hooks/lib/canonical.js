// The canonical JSON the app hashes and the server checks (charters, attendance rows, seals):
// a JSON string literal escaped exactly as V8's JSON.stringify does (goja's does not escape lone
// surrogates), a flat object of strings with sorted keys and no whitespace, and the test for
// invisible characters in a name. Twin of the quoting in
// src/lib/features/charters/domain/canonical.ts and src/lib/features/sessions/domain/canonical.ts.
// ES5 for goja, no PocketBase global at load time (tests load it in Node); never hashes or saves.

/**
 * @param {number} code
 */
function isHigh(code) {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * @param {number} code
 */
function isLow(code) {
	return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * @param {number} code
 */
function hex4(code) {
	var text = code.toString(16);
	while (text.length < 4) text = '0' + text;
	return text;
}

/**
 * JSON string literal escaped as V8's JSON.stringify does; by hand, so goja and V8 agree.
 * @param {string} text
 */
function quote(text) {
	var out = '"';
	for (var i = 0; i < text.length; i++) {
		var code = text.charCodeAt(i);
		var char = text.charAt(i);
		if (char === '"' || char === '\\') out += '\\' + char;
		else if (code === 0x08) out += '\\b';
		else if (code === 0x09) out += '\\t';
		else if (code === 0x0a) out += '\\n';
		else if (code === 0x0c) out += '\\f';
		else if (code === 0x0d) out += '\\r';
		else if (
			code < 0x20 ||
			(isHigh(code) && !isLow(text.charCodeAt(i + 1))) ||
			(isLow(code) && !(i > 0 && isHigh(text.charCodeAt(i - 1))))
		) {
			out += '\\u' + hex4(code);
		} else out += char;
	}
	return out + '"';
}

/**
 * `{"a":"…"}`: every value a string, keys sorted, no whitespace.
 * @param {Record<string, string>} fields
 */
function canonicalObject(fields) {
	var keys = Object.keys(fields).sort();
	var parts = [];
	for (var i = 0; i < keys.length; i++) parts.push(quote(keys[i]) + ':' + quote(fields[keys[i]]));
	return '{' + parts.join(',') + '}';
}

/**
 * True when `text` holds a control character or a lone surrogate.
 * @param {string} text
 * @returns {boolean}
 */
function hasInvisible(text) {
	for (var i = 0; i < text.length; i++) {
		var code = text.charCodeAt(i);
		if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
		if (isHigh(code) && isLow(text.charCodeAt(i + 1))) i++;
		else if (isHigh(code) || isLow(code)) return true;
	}
	return false;
}

module.exports = { quote: quote, canonicalObject: canonicalObject, hasInvisible: hasInvisible };
