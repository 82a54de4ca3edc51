// The account lifecycle (issue 13; pocketbase/README.md, "Accounts"): self-registration and its
// validation, invitations, roles and territories, facilitators, devices, and the guards around
// PocketBase's own sign-in by code. The logic lives in lib/accounts/.

// Accounts created by the programme (admin UI, seed, import) are active; the routes set
// `pending` themselves.
onRecordCreate((e) => {
	if (e.record && !e.record.getString('status')) e.record.set('status', 'active');
	e.next();
}, 'users');

// A refused request or an ended mandate cannot sign in (a pending one can: it reads nothing).
onRecordAuthRequest((e) => {
	const status = e.record ? e.record.getString('status') : '';
	if (status === 'refused') {
		throw new ForbiddenError(
			'Votre demande de compte a été refusée : la raison vous a été envoyée par e-mail.',
			{}
		);
	}
	if (status === 'inactive') {
		throw new ForbiddenError(
			'Ce compte est désactivé (fin de mandat). Adressez-vous au coordinateur de votre territoire.',
			{}
		);
	}
	e.next();
}, 'users');

routerUse((e) => {
	const path = e.request && e.request.url ? e.request.url.path : '';
	if (path === '/api/collections/users/auth-with-otp') {
		/** @type {typeof import('./lib/accounts/code-guard.js')} */
		const guard = require(`${__hooks}/lib/accounts/code-guard.js`);
		return guard.guardSignIn(e);
	}
	if (path === '/api/collections/users/request-otp') {
		/** @type {typeof import('./lib/accounts/code-guard.js')} */
		const guard = require(`${__hooks}/lib/accounts/code-guard.js`);
		return guard.guardRequest(e);
	}
	return e.next();
});

routerAdd('POST', '/api/collab/accounts/register', (e) => {
	/** @type {typeof import('./lib/accounts/register.js')} */
	const register = require(`${__hooks}/lib/accounts/register.js`);
	return register.register(e);
});

routerAdd(
	'GET',
	'/api/collab/accounts/requests',
	(e) => {
		/** @type {typeof import('./lib/accounts/requests.js')} */
		const requests = require(`${__hooks}/lib/accounts/requests.js`);
		return requests.list(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/requests/{id}/validate',
	(e) => {
		/** @type {typeof import('./lib/accounts/requests.js')} */
		const requests = require(`${__hooks}/lib/accounts/requests.js`);
		return requests.validate(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/requests/{id}/refuse',
	(e) => {
		/** @type {typeof import('./lib/accounts/requests.js')} */
		const requests = require(`${__hooks}/lib/accounts/requests.js`);
		return requests.refuse(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/invitations',
	(e) => {
		/** @type {typeof import('./lib/accounts/invitations.js')} */
		const invitations = require(`${__hooks}/lib/accounts/invitations.js`);
		return invitations.invite(e);
	},
	$apis.requireAuth('users')
);

routerAdd('GET', '/api/collab/accounts/invitation/{token}', (e) => {
	/** @type {typeof import('./lib/accounts/invitations.js')} */
	const invitations = require(`${__hooks}/lib/accounts/invitations.js`);
	return invitations.view(e);
});

routerAdd('POST', '/api/collab/accounts/invitation/{token}', (e) => {
	/** @type {typeof import('./lib/accounts/invitations.js')} */
	const invitations = require(`${__hooks}/lib/accounts/invitations.js`);
	return invitations.accept(e);
});

routerAdd(
	'GET',
	'/api/collab/accounts/users',
	(e) => {
		/** @type {typeof import('./lib/accounts/roles.js')} */
		const roles = require(`${__hooks}/lib/accounts/roles.js`);
		return roles.search(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/users/{id}/role',
	(e) => {
		/** @type {typeof import('./lib/accounts/roles.js')} */
		const roles = require(`${__hooks}/lib/accounts/roles.js`);
		return roles.setRole(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/users/{id}/status',
	(e) => {
		/** @type {typeof import('./lib/accounts/roles.js')} */
		const roles = require(`${__hooks}/lib/accounts/roles.js`);
		return roles.setStatus(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/users/{id}/qualify',
	(e) => {
		/** @type {typeof import('./lib/accounts/roles.js')} */
		const roles = require(`${__hooks}/lib/accounts/roles.js`);
		return roles.qualify(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/accounts/facilitator-application',
	(e) => {
		/** @type {typeof import('./lib/accounts/roles.js')} */
		const roles = require(`${__hooks}/lib/accounts/roles.js`);
		return roles.apply(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'GET',
	'/api/collab/me/devices',
	(e) => {
		/** @type {typeof import('./lib/accounts/devices.js')} */
		const devices = require(`${__hooks}/lib/accounts/devices.js`);
		return devices.list(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/me/devices/{id}/revoke',
	(e) => {
		/** @type {typeof import('./lib/accounts/devices.js')} */
		const devices = require(`${__hooks}/lib/accounts/devices.js`);
		return devices.revoke(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/me/devices/sign-out-all',
	(e) => {
		/** @type {typeof import('./lib/accounts/devices.js')} */
		const devices = require(`${__hooks}/lib/accounts/devices.js`);
		return devices.signOutAll(e);
	},
	$apis.requireAuth('users')
);
