// Demo-only accounts for the seed (scripts/seed/demo-community.mjs): many élus of other communes
// created in one transaction, each with the password of an existing demo account (its stored
// hash copied), because hashing one password per account costs about half a second of server
// time on the development machine and the test setup seeds a fresh server for every run.
// Superuser only (the route requires it). Never changes an existing account.

/**
 * POST /api/collab/admin/demo-accounts `{ passwordOf, accounts: [{ email, name, role, mandate,
 * communes }] }` → `{ created }`.
 * @param {core.RequestEvent} e
 */
function createDemoAccounts(e) {
	/** @type {any} */
	var body = e.requestInfo().body;
	if (!body || typeof body.passwordOf !== 'string' || !Array.isArray(body.accounts)) {
		return e.json(400, { message: '« passwordOf » et « accounts » sont attendus.' });
	}
	var template = $app.findAuthRecordByEmail('users', body.passwordOf);
	var hash = template.getRaw('password');
	var created = 0;
	$app.runInTransaction(function (txApp) {
		var users = txApp.findCollectionByNameOrId('users');
		for (var i = 0; i < body.accounts.length; i++) {
			var account = body.accounts[i];
			try {
				txApp.findAuthRecordByEmail('users', account.email);
				continue;
			} catch {
				// not there yet: create it below
			}
			var record = new Record(users);
			record.set('email', account.email);
			record.set('name', account.name);
			record.set('role', account.role);
			record.set('mandate', account.mandate);
			record.set('communes', account.communes);
			record.set('verified', true);
			record.setRaw('password', hash);
			record.refreshTokenKey();
			txApp.save(record);
			created += 1;
		}
	});
	return e.json(200, { created: created });
}

module.exports = { createDemoAccounts: createDemoAccounts };
