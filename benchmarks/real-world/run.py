#!/usr/bin/env python3
"""Scans the public solutions of manifest.tsv and writes the results table into docs/real-world.md.

Usage (from the repository root):
  dotnet publish src/Modernize.Cli -c Release -o /work/ext/legacy-tool
  python3 benchmarks/real-world/run.py --clones /work/ext/legacy --tool /work/ext/legacy-tool/modernize.dll \
      --results /work/ext/legacy-results [--only name,name] [--table-only]

Each clone must be checked out at the manifest's commit (see README.md beside this script). Results (scan JSON, logs,
database, report) go to --results, outside both the clone and this repository.
"""
import argparse, hashlib, json, os, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BEGIN, END = "<!-- real-world-table:begin -->", "<!-- real-world-table:end -->"

CS_DECL = re.compile(r"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|sealed|abstract|partial|unsafe|new|readonly|ref|file)\s+)*"
                     r"(?:class|struct|interface|enum|record(?:\s+(?:class|struct))?)\s+@?(\w+)", re.M)
CS_DELEGATE = re.compile(r"^\s*(?:(?:public|private|protected|internal|new|unsafe)\s+)*delegate\s+[\w<>\[\],.?\s]+?\s(\w+)\s*(?:<[^>]*>)?\s*\(", re.M)
VB_DECL = re.compile(r"^\s*(?:<[^>]*>\s*)*(?:(?:Public|Private|Protected|Friend|Partial|MustInherit|NotInheritable|Shadows|Shared|Overloads)\s+)*"
                     r"(?:Class|Structure|Interface|Enum|Module)\s+(\w+)", re.M | re.I)
VB_DELEGATE = re.compile(r"^\s*(?:(?:Public|Private|Protected|Friend|Shadows)\s+)*Delegate\s+(?:Sub|Function)\s+(\w+)", re.M | re.I)
CAUSE_ORDER = ["missingReferenceAssemblies", "unresolvedSdk", "failedCustomTask", "unrestorableProject", "missingProjectReference", "missingPackage", "packageStandIn"]
COMMENT = re.compile(r"/\*.*?\*/", re.S)


def manifest():
    rows = []
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, repo, commit, entry, what = line.rstrip("\n").split("\t")
                rows.append(dict(name=name, repo=repo, commit=commit, entry=entry, what=what))
    return rows


def snapshot(tree):
    """Every file under the tree (not .git) with size, mtime and content hash, plus git's view of it."""
    files = {}
    for folder, dirs, names in os.walk(tree):
        dirs[:] = [d for d in dirs if not (folder == tree and d == ".git")]
        for n in names:
            p = os.path.join(folder, n)
            try:
                st = os.lstat(p)
                h = hashlib.sha1(open(p, "rb").read()).hexdigest() if os.path.isfile(p) and not os.path.islink(p) else ""
                files[os.path.relpath(p, tree)] = (st.st_size, st.st_mtime_ns, h)
            except OSError:
                pass
        for d in dirs:
            files[os.path.relpath(os.path.join(folder, d), tree) + "/"] = (0, 0, "")
    status = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=tree, capture_output=True, text=True).stdout
    return files, status


def declared(path, vb):
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        return set()
    if vb:
        text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("'"))
        return {m.lower() for m in VB_DECL.findall(text) + VB_DELEGATE.findall(text)}
    text = COMMENT.sub("", text)
    text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))
    return set(CS_DECL.findall(text) + CS_DELEGATE.findall(text))


def measure(scan, clone, entry):
    root = os.path.dirname(os.path.join(clone, entry))
    projects = scan["projects"]
    resolved = sum(p["fidelity"]["resolvedTypeRefs"] for p in projects)
    unresolved = sum(p["fidelity"]["unresolvedTypeRefs"] for p in projects)
    found = {}
    for t in scan["types"]:
        if t.get("generated"):
            continue
        for f in [t.get("file")] + list(t.get("otherFiles") or []):
            if f:
                simple = t["name"].split("<")[0].split(".")[-1].split("`")[0]  # nested types are Outer.Inner, generic ones Name`2
                found.setdefault(f, set()).add(simple.lower() if f.endswith(".vb") else simple)
    expected = hit = 0
    for f in scan["files"]:
        if f["generated"] or "/obj/" in "/" + f["path"]:
            continue
        names = declared(os.path.join(root, f["path"]), f["path"].endswith(".vb"))
        expected += len(names)
        hit += len(names & found.get(f["path"], set()))
    modes = {}
    for p in projects:
        modes[p["fidelity"]["mode"]] = modes.get(p["fidelity"]["mode"], 0) + 1
    return dict(
        projects=len(projects), missing=len(scan.get("missingProjects") or []),
        types=sum(1 for t in scan["types"] if not t.get("generated")),
        recall=hit / expected if expected else 1.0, declared=expected,
        resolved=resolved / (resolved + unresolved) if resolved + unresolved else 1.0,
        errors=sum(p["fidelity"]["errors"] for p in projects), modes=modes,
        standIns=sum(len(p["fidelity"].get("standIns") or []) for p in projects),
        low=[(p["name"], p["fidelity"]["resolvedTypeRefs"] / max(1, p["fidelity"]["resolvedTypeRefs"] + p["fidelity"]["unresolvedTypeRefs"]),
              [c["kind"] + ": " + c["detail"] for c in sorted(p["fidelity"].get("causes") or [], key=lambda c: CAUSE_ORDER.index(c["kind"]) if c["kind"] in CAUSE_ORDER else 99)][:4])
             for p in projects if p["fidelity"]["resolvedTypeRefs"] + p["fidelity"]["unresolvedTypeRefs"] > 0
             and p["fidelity"]["resolvedTypeRefs"] / (p["fidelity"]["resolvedTypeRefs"] + p["fidelity"]["unresolvedTypeRefs"]) < 0.9],
    )


def run_one(row, args):
    clone = os.path.join(args.clones, row["repo"].split("/")[1])
    out = os.path.join(args.results, row["name"])
    os.makedirs(out, exist_ok=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True).stdout.strip()
    if head != row["commit"]:
        sys.exit(f"{clone} is at {head}, the manifest pins {row['commit']}")
    before = snapshot(clone)
    cmd = ["/usr/bin/time", "-v", "dotnet", args.tool, "scan", os.path.join(clone, row["entry"]), "--json", os.path.join(out, "scan.json"),
           "--db", os.path.join(out, "modernize.db"), "--report", os.path.join(out, "report.html"), "--verbose"]
    started = time.time()
    with open(os.path.join(out, "log.txt"), "w") as log:
        code = subprocess.run(cmd, cwd=out, stdout=log, stderr=subprocess.STDOUT, timeout=3600).returncode
    wall = time.time() - started
    after = snapshot(clone)
    changed = sorted(set(before[0].items()) ^ set(after[0].items()))
    log = open(os.path.join(out, "log.txt"), encoding="utf-8", errors="replace").read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
    copy = re.search(r"private copy of .*?: (\d+) files, ([\d.]+) MiB in ([\d.]+) s(?: \(([\d.]+) s CPU\); left out (\d+) files, ([\d.]+) MiB)?", log)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", log))
    result = dict(row, exit=code, wall=wall, rssMiB=int(rss.group(1)) / 1024 if rss else None,
                  untouched=not changed and before[1] == after[1], changed=[c[0] for c in changed][:10],
                  copySeconds=float(copy.group(3)) if copy else None, copyFiles=int(copy.group(1)) if copy else None,
                  copyMiB=float(copy.group(2)) if copy else None, scanCpuSeconds=cpu or None,
                  copyCpuSeconds=float(copy.group(4)) if copy and copy.group(4) else None,
                  skippedFiles=int(copy.group(5)) if copy and copy.group(5) else None, skippedMiB=float(copy.group(6)) if copy and copy.group(6) else None)
    if os.path.exists(os.path.join(out, "scan.json")) and code == 0:
        result.update(measure(json.load(open(os.path.join(out, "scan.json"), encoding="utf-8")), clone, row["entry"]))
    json.dump(result, open(os.path.join(out, "result.json"), "w"), indent=1)
    print(f"{row['name']}: exit {code}, {wall:.0f} s, untouched {result['untouched']}", flush=True)


def pct(x):
    return "–" if x is None else f"{100 * x:.1f} %"


def copy_cell(r):
    """The private copy: what was copied and left out, its CPU time against the scan's (user + system, build host included)."""
    if r.get("copyCpuSeconds") is None:
        return f"{r['copySeconds']} s" if r.get("copySeconds") is not None else "–"
    share = f", {100 * r['copyCpuSeconds'] / r['scanCpuSeconds']:.2f} % of the scan's {r['scanCpuSeconds']:.0f} CPU-s" if r.get("scanCpuSeconds") else ""
    return f"{r['copyMiB']} MiB copied, {r['skippedMiB']} MiB left out; {r['copyCpuSeconds']:.2f} CPU-s{share}"


def table(args):
    lines = ["| solution | what | projects (missing) | load modes | types | type recall | refs resolved | compiler errors | stand-ins | wall time (under load) | peak RSS | private copy | exit | tree untouched |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    notes = []
    total_r = total_u = 0
    for row in manifest():
        path = os.path.join(args.results, row["name"], "result.json")
        if not os.path.exists(path):
            lines.append(f"| {row['name']} | {row['what']} | not run | | | | | | | | | | | |")
            continue
        r = json.load(open(path))
        scan = os.path.join(args.results, row["name"], "scan.json")
        if r["exit"] == 0 and os.path.exists(scan):
            # Re-measured from the stored scan, so a change to the counting applies to every row alike.
            r.update(measure(json.load(open(scan, encoding="utf-8")), os.path.join(args.clones, row["repo"].split("/")[1]), row["entry"]))
        modes = ", ".join(f"{v} {k}" for k, v in sorted(r.get("modes", {}).items()))
        lines.append(f"| {row['name']} (`{row['entry']}`) | {row['what']} | {r.get('projects', '–')} ({r.get('missing', 0)}) | {modes} | {r.get('types', '–')} | "
                     f"{pct(r.get('recall'))} of {r.get('declared', '–')} | {pct(r.get('resolved'))} | {r.get('errors', '–')} | {r.get('standIns', 0)} | "
                     f"{r['wall']:.0f} s | {r['rssMiB'] or 0:.0f} MiB | {copy_cell(r)} | {r['exit']} | {'yes' if r['untouched'] else 'NO: ' + ', '.join(r['changed'][:3])} |")
        for name, ratio, causes in r.get("low", []):
            notes.append(f"- **{row['name']} / {name}**: {100 * ratio:.0f} % resolved. " + ("; ".join(causes) if causes else "no cause named"))
    return "\n".join(lines + ["", "Projects below 90 % of references resolved, with the causes the scan names:", ""] + (notes or ["- none"]))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--clones", required=True)
    p.add_argument("--tool", required=True)
    p.add_argument("--results", required=True)
    p.add_argument("--only", default="")
    p.add_argument("--table-only", action="store_true")
    args = p.parse_args()
    if not args.table_only:
        for row in manifest():
            if not args.only or row["name"] in args.only.split(","):
                run_one(row, args)
    doc = os.path.join(ROOT, "docs", "real-world.md")
    text = open(doc, encoding="utf-8").read()
    if BEGIN in text:
        text = text[:text.index(BEGIN) + len(BEGIN)] + "\n" + table(args) + "\n" + text[text.index(END):]
        open(doc, "w", encoding="utf-8").write(text)
    else:
        print(table(args))


if __name__ == "__main__":
    main()
