#!/bin/sh
echo "schema-engine stub: the native engine is not available offline; use scripts/migrate.mjs" >&2
exit 1
