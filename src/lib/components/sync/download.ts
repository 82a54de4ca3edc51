// Hands a file to the browser's download (the user then moves it by USB, Bluetooth, e-mail).

/** Starts the download of `file` under its own name. */
export function downloadFile(file: File): void {
	const url = URL.createObjectURL(file);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
