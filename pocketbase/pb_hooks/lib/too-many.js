// The French wording of PocketBase’s rate-limit refusal (api-middleware.pb.js). Never changes
// another error, nor the status.

var MESSAGE =
	'Trop de demandes depuis votre adresse en peu de temps : patientez quelques secondes, puis ' +
	'réessayez. Vos modifications restent sur l’appareil.';

/**
 * `err`, or a French 429 when it is PocketBase's own « Too Many Requests. ».
 * @param {unknown} err
 * @returns {unknown}
 */
function inFrench(err) {
	var error = /** @type {{ status?: unknown, message?: unknown, value?: { status?: unknown } }} */ (
		err
	);
	var status = error && (error.status || (error.value && error.value.status));
	if (status === 429 && String(error.message).indexOf('Too Many Requests') >= 0) {
		return new ApiError(429, MESSAGE, {});
	}
	return err;
}

module.exports = { inFrench: inFrench, MESSAGE: MESSAGE };
