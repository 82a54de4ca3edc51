// A network line between the browser and the server, for first-visit benchmarks: a TCP proxy
// that counts every byte the server sends (headers and bodies of the page's requests and of
// the service worker's, which page-level DevTools events miss), and optionally plays a slow
// line: one shared downlink and uplink of the given rates and a fixed round trip (half of it
// each way). Works at the TCP level, so HTTP keep-alive and parallel connections are real.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface LineOptions {
	/** Downlink in kilobits per second (none: unlimited). */
	downKbps?: number;
	/** Uplink in kilobits per second (none: unlimited). */
	upKbps?: number;
	/** Round-trip latency added, in milliseconds. */
	rttMs?: number;
	/**
	 * A new connection waits one round trip (TCP handshake) before its first byte leaves.
	 * @default false
	 */
	handshake?: boolean;
}

export interface Line {
	url: string;
	/** Bytes sent by the server to the browser since the start or the last reset. */
	readonly bytesDown: number;
	/** Bytes sent by the browser to the server since the start or the last reset. */
	readonly bytesUp: number;
	/** TCP connections opened since the start or the last reset. */
	readonly connections: number;
	reset(): void;
	/** Changes the line's rates and latency from now on (open connections included). */
	set(options: LineOptions): void;
	/** Closes every open connection (the device lost its network: long polls end too). */
	cut(): void;
	close(): Promise<void>;
}

/** One direction of the line: chunks leave in order, at the link's rate, after the delay. */
function direction(kbps: () => number | undefined, delayMs: () => number) {
	let free = 0;
	return (chunk: Buffer, deliver: () => void, notBefore = 0) => {
		const now = Date.now();
		const rate = kbps();
		const sendMs = rate ? (chunk.length * 8) / rate : 0; // kbit/s = bit/ms
		free = Math.max(free, now) + sendMs;
		const at = Math.max(free, notBefore) + delayMs();
		setTimeout(deliver, Math.max(0, at - now));
	};
}

/** Starts a proxy to `target` (http://host:port) on a free port of 127.0.0.1. */
export async function startLine(target: string, options: LineOptions = {}): Promise<Line> {
	const { hostname, port } = new URL(target);
	let current = { ...options };
	const half = () => (current.rttMs ?? 0) / 2;
	const down = direction(() => current.downKbps, half);
	const up = direction(() => current.upKbps, half);
	let bytesDown = 0;
	let bytesUp = 0;
	let connections = 0;
	const sockets = new Set<Socket>();
	const pipe = (from: Socket, to: Socket, link: typeof down, isDown: boolean, notBefore = 0) => {
		from.on('data', (chunk: Buffer) => {
			if (isDown) bytesDown += chunk.length;
			else bytesUp += chunk.length;
			link(
				chunk,
				() => {
					if (!to.destroyed) to.write(chunk);
				},
				notBefore
			);
		});
		from.on('end', () => link(Buffer.alloc(0), () => to.end()));
		from.on('error', () => to.destroy());
	};
	const server: Server = createServer((client) => {
		const upstream = connect(Number(port), hostname);
		connections++;
		sockets.add(client).add(upstream);
		client.on('close', () => sockets.delete(client));
		upstream.on('close', () => sockets.delete(upstream));
		const opened = Date.now() + (current.handshake ? (current.rttMs ?? 0) : 0);
		pipe(client, upstream, up, false, opened);
		pipe(upstream, client, down, true);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	return {
		url,
		get bytesDown() {
			return bytesDown;
		},
		get bytesUp() {
			return bytesUp;
		},
		get connections() {
			return connections;
		},
		reset: () => {
			bytesDown = bytesUp = connections = 0;
		},
		set: (options) => {
			current = { ...options };
		},
		cut: () => {
			for (const socket of sockets) socket.destroy();
		},
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}
