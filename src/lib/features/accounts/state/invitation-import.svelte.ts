// Inviting élus from a spreadsheet (/comptes, coordinators and the national team): the file is
// read on the device by the app's CSV module, the rows it refuses are listed at once, the others
// are sent in batches of 200; the server's refusals come back by line. Also one invitation at a
// time, from a form.
import { CsvError } from '$lib/domain/csv';
import { getPocketBase } from '$lib/sync/pocketbase';
import {
	batches,
	readInvitations,
	type InvitationRefusal,
	type InvitationRow
} from '../domain/invitations';
import { invite } from '../sync/api';

export class InvitationImport {
	/** Rows read from the file and not refused by the device. */
	rows = $state.raw<InvitationRow[]>([]);
	refused = $state.raw<InvitationRefusal[]>([]);
	invited = $state.raw<{ line: number; email: string; status: string }[]>([]);
	/** A problem with the whole file (a CsvError) or with a request. */
	fileError = $state<CsvError | null>(null);
	requestError = $state('');
	sending = $state(false);
	/** Rows sent so far, for the progress bar. */
	sent = $state(0);
	fileName = $state('');

	/** Reads a spreadsheet file; nothing is sent yet. */
	async read(file: File): Promise<void> {
		this.fileName = file.name;
		this.invited = [];
		this.requestError = '';
		this.fileError = null;
		try {
			const { rows, refused } = readInvitations(new Uint8Array(await file.arrayBuffer()));
			this.rows = rows;
			this.refused = refused;
		} catch (error) {
			if (!(error instanceof CsvError)) throw error;
			this.rows = [];
			this.refused = [];
			this.fileError = error;
		}
	}

	/** Sends `rows` (default: those read), batch after batch; refusals are added by line. */
	async send(rows: InvitationRow[] = this.rows): Promise<void> {
		if (this.sending || rows.length === 0) return;
		this.sending = true;
		this.sent = 0;
		this.requestError = '';
		const pb = await getPocketBase();
		try {
			for (const batch of batches(rows)) {
				const answer = await invite(pb, batch);
				if (!answer.ok) {
					this.requestError = answer.message || (answer.status === 0 ? 'offline' : 'server');
					return;
				}
				this.invited = [...this.invited, ...answer.value.invited];
				this.refused = [...this.refused, ...answer.value.refused].sort((a, b) => a.line - b.line);
				this.sent += batch.length;
			}
			this.rows = [];
		} finally {
			this.sending = false;
		}
	}
}
