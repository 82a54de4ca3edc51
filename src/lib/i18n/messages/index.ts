// Every feature's catalogue, by namespace. Add a feature here after creating its file.
import { auth } from './auth';
import { charter } from './charter';
import { common } from './common';
import { communes } from './communes';
import { formation } from './formation';
import { photos } from './photos';
import { framing } from './framing';
import { home } from './home';
import { progress } from './progress';
import { projects } from './projects';
import { publication } from './publication';
import { settings } from './settings';
import { shell } from './shell';
import { spaces } from './spaces';
import { sync } from './sync';

export const catalogues = {
	common,
	communes,
	auth,
	settings,
	shell,
	spaces,
	sync,
	projects,
	formation,
	progress,
	charter,
	photos,
	publication,
	framing,
	home
} as const;
