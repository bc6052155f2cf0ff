#!/bin/bash
# Times a fresh embedded start: seconds to the first { meetings { totalCount } } answer and to
# /readyz 200, and the process's CPU (user + system) then. Run from the project root after
# `npm run build`. Usage: scripts/measure-first-start.sh PORT LABEL [MANIFEST]
PORT=$1; LABEL=$2; MANIFEST=${3:-datasets/seed.json}; DIR=/tmp/atlas-first-start-$LABEL
rm -rf "$DIR"
T0=$(date +%s.%N)
PORT=$PORT PGLITE_DIR=$DIR SEED_MANIFEST=$MANIFEST node dist/src/main.js > "$DIR.log" 2>&1 &
PID=$!
FIRST=""; READY=""
for _ in $(seq 1 600); do
  if [ -z "$FIRST" ]; then
    R=$(curl -s -m 30 -H 'content-type: application/json' -d '{"query":"{ meetings { totalCount } }"}' "http://127.0.0.1:$PORT/graphql")
    if echo "$R" | grep -q totalCount; then FIRST=$(echo "$(date +%s.%N) - $T0" | bc); echo "first answer $FIRST s: $R"; fi
  fi
  C=$(curl -s -o /dev/null -w '%{http_code}' -m 30 "http://127.0.0.1:$PORT/readyz")
  if [ "$C" = "200" ]; then READY=$(echo "$(date +%s.%N) - $T0" | bc); break; fi
  sleep 0.5
done
CPU=$(awk '{print ($14+$15)/100}' "/proc/$PID/stat")
echo "$LABEL: /readyz 200 after $READY s; CPU ${CPU} s; log $DIR.log"
kill "$PID"; wait "$PID" 2>/dev/null
