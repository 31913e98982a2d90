#!/bin/sh
# Makes demo.db.gz and release-list.json with the PREVIOUS version (commit 4e64397), whose
# policy versions are stored in the old shape (Policy.to_dict() before policy files).
# Run from anywhere: sh tests/data/previous-version/make.sh (see README.md)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
PREV=$(mktemp -d)
DB="$PREV/demo.db"
git -C "$REPO" archive 4e64397 | tar -x -C "$PREV"
export PYTHONPATH="$PREV" QUARANTINE_DESK_LANG=en
# Run from the extracted tree: python -m puts the working folder first on the path, and the
# repository's own (newer) code must not be the one that runs.
cd "$PREV"
qd() { "$REPO/.venv/bin/python" -m quarantine_desk --db "$DB" "$@"; }
# The demo site of a fortnight up to 2026-11-20 14:00 (120 rooms, 80 stays, seed 1), under the
# 9th edition; its manager is gujianhua.
qd demo --as-of 2026-11-20T14:00 --json >"$PREV/accounts.json"
export QUARANTINE_DESK_PASSWORD=$("$REPO/.venv/bin/python" -c "import json,sys;
print(next(a['password'] for a in json.load(open(sys.argv[1]))['accounts']
           if a['username'] == 'gujianhua'))" "$PREV/accounts.json")
# A second version: the 20 measures from 2026-11-16.
qd --user gujianhua policy use 20-measures --from 2026-11-16
# The manager re-applies it (Settings › Policy in the window) to the stays it changes among
# those that arrived from 2026-11-15 on, so stays in quarantine keep either version.
"$REPO/.venv/bin/python" - "$DB" <<'PY'
import os
import sys
from datetime import datetime

from quarantine_desk.services import policies, policy_changes
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.models import Stay

desk = Desk.open(sys.argv[1])
actor = desk.sign_in("gujianhua", os.environ["QUARANTINE_DESK_PASSWORD"], audited=False)
with desk.write() as session:
    newest = max(policies.list_versions(session), key=lambda v: v.effective_from)
    new = policies.load(newest)
    ids = [a.stay_id for a in policy_changes.affected_stays(session, new)
           if session.get(Stay, a.stay_id).arrival_at >= datetime(2026, 11, 15)]
    policy_changes.reapply_policy(session, actor, ids, newest.id,
                                  now=datetime(2026, 11, 20, 13, 30))
    print(f"re-applied to {len(ids)} stays")
desk.dispose()
PY
qd policy list
# The versions are in the old shape ("rules", no "format"): else the wrong code ran.
"$REPO/.venv/bin/python" - "$DB" <<'PY'
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("select data from policyversion").fetchall()
assert len(rows) == 2 and all("rules" in json.loads(d) and "format" not in json.loads(d)
                              for d, in rows), "the policy versions are not in the old shape"
PY
qd release-list --date 2026-11-20 --as-of 2026-11-20T14:00 --json >"$HERE/release-list.json"
gzip -9 -n -c "$DB" >"$HERE/demo.db.gz"
rm -rf "$PREV"
