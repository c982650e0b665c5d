using System.Text.RegularExpressions;
using Modernize.Analysis.Rules;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Guardrails;

/// <summary>
/// What a change does to the architecture, before it is built: the cells its files belong to, the dependencies its added
/// lines introduce (names of the scan's types, imported or qualified), which rules those break and whom to involve. The
/// change is read as text against the latest scan; the build-time analyzer and <c>modernize check</c> are the exact judges.
/// </summary>
public static partial class ChangeChecker
{
    /// <param name="readFile">Reads a file of the tree by its path relative to the scanned root, null when absent; files are only read.</param>
    public static CheckChangeAnswer Check(GuardrailQueries queries, string? diff, IReadOnlyList<string>? files, Func<string, string?> readFile)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(readFile);
        if (string.IsNullOrWhiteSpace(diff) && (files is null || files.Count == 0))
        {
            throw new ArgumentException("give 'diff' (a unified diff, as git diff prints it) or 'files' (paths relative to the solution folder)");
        }

        var changed = string.IsNullOrWhiteSpace(diff)
            ? files!.Select(f => WholeFile(ProductMapIndex.NormalisePath(f), readFile)).ToList()
            : UnifiedDiff.Parse(diff);
        var index = queries.Index;
        var matches = new List<ElementMatch>();
        var candidates = new List<(TypeNode From, TypeNode To, SourceLocation At)>();
        var apis = new List<(TypeNode From, string Api, SourceLocation At)>();
        foreach (var file in changed)
        {
            var path = ProductMapIndex.NormalisePath(file.Path);
            var declared = index.TypesInFile(path).ToList();
            var text = readFile(path);
            var sources = declared.Count > 0 ? declared : DeclaredIn(file.Added.Select(a => a.Text), text);
            matches.AddRange(sources.Count > 0
                ? sources.Select(t => index.Describe(t, path))
                : [new ElementMatch(path, null, null, null, "declares no type the scan or the change names", path)]);
            if (file.Deleted || sources.Count == 0)
            {
                continue;
            }

            var imports = Imports(file.Added.Select(a => a.Text).Concat(text?.Split('\n') ?? []));
            foreach (var (line, content) in file.Added)
            {
                var code = StripComment(content);
                var source = SourceAt(sources, line);
                var at = new SourceLocation(path, line);
                foreach (var target in Targets(index, code, imports, source))
                {
                    candidates.Add((source, target, at));
                }

                foreach (var api in ExternalNames(index, code))
                {
                    apis.Add((source, api, at));
                }
            }
        }

        var found = DependencyJudge.Judge(
            index,
            candidates.Select(c => c.From).Concat(candidates.Select(c => c.To)).Concat(apis.Select(a => a.From)),
            candidates.Select(c => (c.From.Id, c.To.Id, (SourceLocation?)c.At)),
            apis.Select(a => (a.From.Id, a.Api, (SourceLocation?)a.At)));
        var existing = (index.Scan?.Graph.Dependencies ?? []).Select(d => (d.From, d.To)).ToHashSet();
        var crossCell = candidates
            .GroupBy(c => (c.From.Id, c.To.Id))
            .Select(g => g.First())
            .Select(c => (c, From: index.ClaimOf(c.From), To: index.ClaimOf(c.To)))
            .Where(x => x.To is not null && x.From?.Declaration != x.To.Declaration)
            .Select(x => new ChangeDependency(x.c.From.Id, x.From?.Declaration.Name, x.c.To.Id, x.To!.Declaration.Name, x.From?.IsCell == true && x.To.IsCell,
                !existing.Contains((x.c.From.Id, x.c.To.Id)), x.c.At.ToString()))
            .Where(d => d.New)
            .OrderBy(d => d.At, StringComparer.Ordinal)
            .ToList();
        var broken = found.Select(DependencyJudge.ToBroken).Concat(CellCycles(queries, crossCell)).ToList();
        var touched = matches.Where(m => m.Element is not null).Select(m => $"{m.Kind}:{m.Element}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var owners = matches.Select(m => m.Owner)
            .Concat(crossCell.Select(d => OwnerOf(index, d.ToElement)))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var errors = broken.Count(b => b.Severity == "error");
        var verdict = errors > 0
            ? $"breaks {errors} error rule(s): modernize check would fail"
            : broken.Count > 0 ? $"breaks {broken.Count} warning/info rule(s) only" : "breaks no dependency rule";
        return new CheckChangeAnswer(matches, touched, crossCell, broken, owners, verdict,
            "read as text against the latest stored scan: names of the scan's types used in added lines (imported or qualified) and qualified external APIs; "
            + "new cell-to-cell edges are judged against the scan's cell graph for no-cycles: cell; threshold rules and namespace/project cycles by 'modernize check', exact uses by the build-time analyzer");
    }

    /// <summary>
    /// New cell-to-cell dependencies that close a cycle with the scan's cell graph, under a <c>no-cycles: cell</c> rule:
    /// the one judgement of a whole-graph rule a change can get before it is scanned.
    /// </summary>
    private static IEnumerable<BrokenRule> CellCycles(GuardrailQueries queries, List<ChangeDependency> added)
    {
        var rules = queries.Index.Config.Rules.Where(r => r.NoCycles == "cell").ToList();
        var cellToCell = added.Where(d => d.CrossCell && d.FromElement is not null && d.ToElement is not null).ToList();
        if (rules.Count == 0 || cellToCell.Count == 0)
        {
            yield break;
        }

        var graph = queries.CellGraph.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var d in cellToCell)
        {
            if (!graph.TryGetValue(d.FromElement!, out var targets))
            {
                graph[d.FromElement!] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.Add(d.ToElement!);
        }

        foreach (var d in cellToCell.DistinctBy(d => (d.FromElement, d.ToElement)))
        {
            var path = PathBetween(graph, d.ToElement!, d.FromElement!);
            if (path is null)
            {
                continue;
            }

            var cycle = string.Join(" -> ", new[] { d.FromElement! }.Concat(path));
            foreach (var rule in rules)
            {
                var text = rule.Text.Length > 0 ? rule.Text : RuleText.Describe(rule, queries.Index.Config.Thresholds);
                yield return new BrokenRule(rule.Id, rule.Severity, text,
                    $"{d.From} -> {d.To} ({d.FromElement} -> {d.ToElement}) at {d.At} closes the cell cycle {cycle}", d.At);
            }
        }
    }

    /// <summary>A shortest path of cells from <paramref name="start"/> to <paramref name="goal"/> (both included), or null.</summary>
    private static List<string>? PathBetween(Dictionary<string, HashSet<string>> graph, string start, string goal)
    {
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var cell = queue.Dequeue();
            if (cell == goal)
            {
                var path = new List<string>();
                for (string? at = cell; at is not null; at = parent[at])
                {
                    path.Add(at);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in graph.GetValueOrDefault(cell) ?? [])
            {
                if (parent.TryAdd(next, cell))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static UnifiedDiff.ChangedFile WholeFile(string path, Func<string, string?> readFile)
    {
        var text = readFile(path) ?? throw new ArgumentException($"'files': '{path}' does not exist under the solution folder");
        var lines = text.Split('\n');
        return new UnifiedDiff.ChangedFile(path, false, lines.Select((l, i) => (i + 1, l.TrimEnd('\r'))).ToList());
    }

    private static string? OwnerOf(ProductMapIndex index, string? element) =>
        index.Config.Cells.Concat(index.Config.Tissue).FirstOrDefault(d => d.Name == element)?.Owner;

    /// <summary>Types a new file declares, from its namespace and type declarations.</summary>
    private static List<TypeNode> DeclaredIn(IEnumerable<string> added, string? text)
    {
        var lines = added.Concat(text?.Split('\n') ?? []).ToList();
        var ns = lines.Select(l => NamespaceDeclaration().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? string.Empty;
        return lines.Select(l => TypeDeclaration().Match(StripComment(l))).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .Select(name => ProductMapIndex.Hypothetical(ns.Length == 0 ? name : ns + "." + name, ns))
            .ToList();
    }

    private static TypeNode SourceAt(List<TypeNode> sources, int line) =>
        sources.Where(t => t.Line > 0 && t.Line <= line).OrderByDescending(t => t.Line).FirstOrDefault() ?? sources[0];

    private static HashSet<string> Imports(IEnumerable<string> lines) =>
        lines.Select(l => UsingDirective().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Scan types the line names: fully qualified, or by simple name when unique, imported, or in the source's namespace.</summary>
    private static IEnumerable<TypeNode> Targets(ProductMapIndex index, string code, HashSet<string> imports, TypeNode source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in DottedName().Matches(code))
        {
            var parts = match.Value.Split('.');
            TypeNode? found = null;
            for (var take = parts.Length; take >= 1 && found is null; take--)
            {
                var name = string.Join('.', parts.Take(take));
                found = index.TypeById(name);
                if (found is null && take <= 2)
                {
                    var simple = parts[take - 1];
                    var named = index.TypesNamed(simple).ToList();
                    found = named.Count == 1 ? named[0]
                        : named.FirstOrDefault(t => t.Namespace == source.Namespace || imports.Contains(t.Namespace)
                            || (take == 2 && t.Id.EndsWith("." + name, StringComparison.Ordinal)));
                }
            }

            if (found is not null && found.Id != source.Id && seen.Add(found.Id))
            {
                yield return found;
            }
        }
    }

    /// <summary>Qualified names outside the solution's namespaces (e.g. <c>System.Web.HttpContext.Current</c>), and imported namespaces as <c>Ns.*</c>.</summary>
    private static IEnumerable<string> ExternalNames(ProductMapIndex index, string code)
    {
        var imported = UsingDirective().Match(code);
        if (imported.Success)
        {
            var ns = imported.Groups[1].Value;
            if (!index.Namespaces.Contains(ns) && index.TypeById(ns) is null)
            {
                yield return ns + ".*";
            }

            yield break;
        }

        foreach (Match match in DottedName().Matches(code))
        {
            var name = match.Value;
            if (name.Contains('.', StringComparison.Ordinal) && index.TypeById(name) is null
                && !index.Namespaces.Any(n => name.StartsWith(n + ".", StringComparison.Ordinal)) && char.IsUpper(name[0]))
            {
                yield return name;
            }
        }
    }

    private static string StripComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        var code = comment < 0 ? line : line[..comment];
        return StringLiteral().Replace(code, "\"\"");
    }

    [GeneratedRegex(@"^\s*namespace\s+([A-Za-z_][\w.]*)")]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|interface|struct|record|enum)\s+([A-Za-z_]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?([A-Za-z_][\w.]*)\s*;")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
