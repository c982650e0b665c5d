#!/usr/bin/env python3
"""Compares the scan JSON of every fixture in two folders, time stamps, durations and the commit sha aside."""
import json, sys, os
a, b = sys.argv[1], sys.argv[2]
def norm(d):
    """Time stamps and durations aside, plus what follows from the repository's HEAD moving between the two runs: the
    commit sha, the history window (it ends at HEAD's committer date) and the hash of the AssemblyInfo files MSBuild
    generates under obj/ (the .NET SDK writes HEAD's sha into AssemblyInformationalVersion). Also the input fingerprint
    setting: it hashes the scanner build's module ids (ScanContext.ScannerBuild), so any rebuild of the CLI changes it."""
    s = d['scan']
    for k in ('startedAt', 'duration', 'gitCommit'):
        s[k] = '<normalised>'
    if 'inputFingerprint' in (s.get('settings') or {}):
        s['settings']['inputFingerprint'] = '<normalised>'
    if d.get('autonomy'):
        for k in ('from', 'to'):
            d['autonomy'][k] = '<normalised>'
    for f in d.get('files', []):
        if '/obj/' in '/' + f['path'] and f['path'].lower().split('.')[-2].endswith('assemblyinfo'):
            f['hash'] = '<normalised>'
    return d
bad = 0
for f in sorted(x for x in os.listdir(a) if x.endswith('.json')):
    x = norm(json.load(open(os.path.join(a, f)))); y = norm(json.load(open(os.path.join(b, f))))
    same = x == y
    print(f"{f}: {'identical' if same else 'DIFFERENT'}")
    if not same:
        bad += 1
        for k in x:
            if x[k] != y.get(k): print('   section differs:', k)
sys.exit(1 if bad else 0)
