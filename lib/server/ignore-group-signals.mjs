// Imported FIRST by the PDF reader processes (pdf-worker.mjs, pdf-page-worker.mjs), before pdf.js,
// whose loading takes a noticeable moment: Ctrl+C, systemd (every process of the unit) and container
// runtimes signal more than the server, and a reader killed mid-document looks like a damaged PDF.
// The parent decides when a reader stops (it finishes or hands the parse back on its own stop); the
// orphan guard ends a reader whose parent is gone. The parent also starts readers in their own
// process group, so a group signal does not reach them at all.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
