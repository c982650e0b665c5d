#!/usr/bin/env bash
# Generates a git repository with many commits through git fast-import, to measure history reading.
# usage: benchmarks/history/generate-repo.sh <target-folder> [commits=50000] [files=2000]
set -euo pipefail
target=${1:?target folder}
commits=${2:-50000}
files=${3:-2000}
rm -rf "$target" && mkdir -p "$target" && cd "$target"
git init -q -b main
awk -v commits="$commits" -v files="$files" 'BEGIN {
  srand(42); t = 1600000000
  for (c = 1; c <= commits; c++) {
    print "commit refs/heads/main"
    print "mark :" c
    a = "dev" (c % 37)
    printf "author %s <%s@example.com> %d +0000\n", a, a, t + c * 600
    printf "committer %s <%s@example.com> %d +0000\n", a, a, t + c * 600
    msg = "change " c
    printf "data %d\n%s\n", length(msg), msg
    if (c > 1) print "from :" (c - 1)
    n = 1 + int(rand() * 6)
    for (k = 0; k < n; k++) {
      f = int(rand() * files)
      body = "// commit " c " file " f "\nline " rand() "\n"
      printf "M 100644 inline src/Module%d/File %d.cs\ndata %d\n%s\n", f % 40, f, length(body), body
    }
  }
}' | git fast-import --quiet
git checkout -q main
echo "$target: $(git rev-list --count HEAD) commits"
