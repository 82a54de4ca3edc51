// A commune's reference data comes from the official list only: API updates by élus or the
// national team may change the class and profile, with a reason (lib/communes.js). The
// superuser's import (admin.pb.js) is not an API update and is not concerned.
onRecordUpdateRequest((e) => {
	if (!e.hasSuperuserAuth()) {
		/** @type {typeof import('./lib/communes.js')} */
		const communes = require(`${__hooks}/lib/communes.js`);
		const problem = communes.checkCorrection(/** @type {core.Record} */ (e.record));
		if (problem) throw new BadRequestError(problem);
	}
	e.next();
}, 'communes');
