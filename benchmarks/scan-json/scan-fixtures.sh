#!/usr/bin/env bash
# Writes the scan JSON of every fixture solution (normal and safe mode) to $1.
set -u
out=$1; mkdir -p "$out"
cd "$(dirname "$0")/../.."
bin=${MODERNIZE_CLI:-src/Modernize.Cli/bin/Debug/net10.0/modernize.dll}  # another build: MODERNIZE_CLI=/path/to/modernize.dll
for f in fixtures/legacy-shop/LegacyShop.sln fixtures/modern-shop/ModernShop.slnx fixtures/encodings/Encodings.csproj; do
  n=$(basename "$f"); n=${n%.*}
  dotnet $bin scan "$f" --no-store --no-report --json "$out/$n.json" > "$out/$n.log" 2>&1; echo "$n $?"
  dotnet $bin scan "$f" --safe --no-store --no-report --json "$out/$n.safe.json" > "$out/$n.safe.log" 2>&1; echo "$n safe $?"
done
