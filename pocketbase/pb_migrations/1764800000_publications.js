// Published commune projects (pocketbase/README.md, "Publishing a project"): the fields a
// `good_practices` record of kind `commune_project` needs on top of the case studies' own. The
// record is written only by the publication route (pb_hooks/publications.pb.js) from the server's
// `projects` row, with the consent of an élu of the commune. Read rules stay as they are: every
// signed-in user reads good practices (they are copied to a device-wide shared database), so
// these fields hold ids and dates, never a name or an e-mail.
migrate(
	(app) => {
		const communes = app.findCollectionByNameOrId('communes');
		const users = app.findCollectionByNameOrId('users');
		const practices = app.findCollectionByNameOrId('good_practices');
		practices.fields.add(
			new RelationField({
				name: 'commune',
				collectionId: communes.id,
				maxSelect: 1,
				cascadeDelete: false
			})
		);
		practices.fields.add(new TextField({ name: 'project_id', pattern: '^([a-z0-9]{15})?$' }));
		practices.fields.add(new TextField({ name: 'project_status', max: 40 }));
		// False once the commune withdrew its consent: devices drop the record at their next pull.
		practices.fields.add(new BoolField({ name: 'published' }));
		practices.fields.add(
			new RelationField({
				name: 'consent_by',
				collectionId: users.id,
				maxSelect: 1,
				cascadeDelete: false
			})
		);
		practices.fields.add(new DateField({ name: 'consent_at' }));
		const indexes = [];
		for (let i = 0; i < practices.indexes.length; i++) indexes.push(practices.indexes[i]);
		indexes.push(
			"CREATE UNIQUE INDEX idx_good_practices_project ON good_practices (project_id) WHERE project_id != ''"
		);
		practices.indexes = indexes;
		app.save(practices);
	},
	(app) => {
		const practices = app.findCollectionByNameOrId('good_practices');
		const indexes = [];
		for (let i = 0; i < practices.indexes.length; i++) {
			if (practices.indexes[i].indexOf('idx_good_practices_project') < 0) {
				indexes.push(practices.indexes[i]);
			}
		}
		practices.indexes = indexes;
		for (const name of [
			'commune',
			'project_id',
			'project_status',
			'published',
			'consent_by',
			'consent_at'
		]) {
			practices.fields.removeByName(name);
		}
		app.save(practices);
	}
);
