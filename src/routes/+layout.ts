// A single-page app: everything renders in the browser, from the precached shell, offline too.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
