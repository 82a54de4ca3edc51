// A profiling build of PocketBase: the stock server (same JS hooks, same migrations, same flags
// as scripts/pocketbase/server.mjs passes) plus Go's net/http/pprof on PPROF_ADDR. Never shipped:
// see README.md here for how to build it and read a profile of the sync under load.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

func main() {
	app := pocketbase.New()

	// The flags the prebuilt binary has and the project's scripts pass.
	var hooksDir, migrationsDir, publicDir string
	var hooksPool int
	var hooksWatch bool
	flags := app.RootCmd.PersistentFlags()
	flags.StringVar(&hooksDir, "hooksDir", "", "the JS hooks directory")
	flags.StringVar(&migrationsDir, "migrationsDir", "", "the JS migrations directory")
	flags.StringVar(&publicDir, "publicDir", "", "accepted and ignored: the API is what is profiled")
	flags.IntVar(&hooksPool, "hooksPool", 15, "warm JS VMs")
	flags.BoolVar(&hooksWatch, "hooksWatch", false, "reload the hooks on change")
	if err := app.RootCmd.ParseFlags(os.Args[1:]); err != nil {
		log.Fatal(err)
	}

	jsvm.MustRegister(app, jsvm.Config{
		HooksDir:      hooksDir,
		MigrationsDir: migrationsDir,
		HooksWatch:    hooksWatch,
		HooksPoolSize: hooksPool,
	})
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{Dir: migrationsDir})

	if addr := os.Getenv("PPROF_ADDR"); addr != "" {
		go func() { log.Println(http.ListenAndServe(addr, nil)) }()
	}
	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}
