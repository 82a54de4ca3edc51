// Hands PDF bytes to the browser as a download (works offline: a blob URL, no request).
export function savePdf(bytes: Uint8Array, fileName: string): void {
	const url = URL.createObjectURL(
		new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
	);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
