// `npm run build` step: writes static/data/communes.json (see scripts/communes/build.mjs).
import { main } from './communes/build.mjs';
main();
