// The drawn signature of an attendance row or a seal is the charters' format (same pad, same
// grammar, same server check): this module only re-exports it, so the sessions domain names one
// place. Never defines a format of its own.
export {
	isSignatureDrawn,
	parseSignature,
	signatureFromStrokes,
	SIGNATURE_MAX_CHARS
} from '../../charters/domain/signature';
