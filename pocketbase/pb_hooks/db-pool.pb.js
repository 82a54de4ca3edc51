// The pool of read connections to SQLite, sized for the sync under load (pocketbase/README.md,
// "Throughput"). PocketBase opens up to 120 and keeps 15 idle; every write goes through its one
// writer connection. With 50 busy devices, 50 reads ran at once on 2 cores, and a push holding
// the write lock got a fiftieth of the CPU: its millisecond of work took tens, and every push
// behind it waited (push p50 ~230 ms, p95 ~950 ms, while pulls took 15 ms). With 12 read
// connections, pulls queue for a connection instead and a push's work gets a core: at 50 devices
// on the national data, p95 539 → 227 ms at the same throughput (~510 cycles/s), and at 200
// devices 3.7 → 1.4 s. As many kept idle as open, so none is closed and reopened (its schema read
// again, its cache cold). The cost: a read connection whose holder loses its core to another
// process stalls the others, so on a machine shared with other heavy work the server idles
// sooner; on its own machine it is the better trade. PB_READ_CONNS sets the size (0 keeps
// PocketBase's defaults).
onBootstrap((e) => {
	e.next();
	const size = Number($os.getenv('PB_READ_CONNS') || '12');
	if (!(size > 0)) return;
	const pool = /** @type {any} */ (e.app.concurrentDB()).db();
	pool.setMaxOpenConns(size);
	pool.setMaxIdleConns(size);
});
