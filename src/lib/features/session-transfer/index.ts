// The session transfer's public entry: building the bytes of a record selection for a QR
// sequence, the sequence codec (for benchmarks and tests) and the receiving state.
export { recordSlicePayload, type RecordSelection } from './state/qr-send';
export { encodeFrames, DEFAULT_FRAGMENT_BYTES, MAX_PAYLOAD_BYTES } from './domain/frames';
export { FrameReader, type ReadProgress } from './domain/reader';
export { QrReceive, type BundleMerger } from './state/qr-receive.svelte';
