using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Turns per-project facts into the code graph: merges partial types, attaches metrics, and splits references into
/// dependencies (the used type is declared in the solution) and external uses (everything else). Output is sorted by id.
/// </summary>
internal static class GraphAssembler
{
    public static CodeGraph Assemble(IReadOnlyList<ProjectFacts> projects, IReadOnlyList<string> scanWarnings, ExtractionOptions options)
    {
        var warnings = new List<string>(scanWarnings);
        var types = MergeTypes(projects, warnings);
        var generatedTypes = new HashSet<string>(types.Where(t => t.Value.Generated).Select(t => t.Key), StringComparer.Ordinal);

        var references = new Dictionary<(string From, string To), ReferenceTally>();
        var dataAccesses = new List<DataAccess>();
        var files = new List<SourceFile>();
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                files.Add(document.File);
                dataAccesses.AddRange(document.DataAccesses);
                foreach (var (key, tally) in document.References)
                {
                    if (references.TryGetValue(key, out var existing))
                    {
                        existing.Merge(tally);
                    }
                    else
                    {
                        references.Add(key, tally);
                    }
                }
            }
        }

        var dependencies = new List<Dependency>();
        var wiring = new List<Dependency>();
        var externalUses = new List<ExternalUse>();
        foreach (var ((from, to), tally) in references)
        {
            if (types.ContainsKey(to))
            {
                if (from != to && types.ContainsKey(from) && (options.IncludeGenerated || !generatedTypes.Contains(from)))
                {
                    var (source, wired) = WiringLinker.Split(from, to, tally.KindCounts(), [.. tally.Samples]);
                    if (source is not null)
                    {
                        dependencies.Add(source);
                    }

                    if (wired is not null)
                    {
                        wiring.Add(wired);
                    }
                }
            }
            else if (tally.KindCounts().Keys.All(DependencyWeights.IsWiring))
            {
                continue; // wiring from an external service type, or to an external implementation
            }
            else
            {
                var members = tally.Members.Order(StringComparer.Ordinal).ToList();
                externalUses.Add(new ExternalUse(from, to, tally.Assembly, tally.Count, members, [.. tally.Samples]));
            }
        }

        dependencies.Sort((a, b) => a.From != b.From ? string.CompareOrdinal(a.From, b.From) : string.CompareOrdinal(a.To, b.To));
        return new CodeGraph(
            [.. projects.Select(p => p.Info)],
            [.. types.Values.OrderBy(t => t.Id, StringComparer.Ordinal)],
            [.. dependencies.OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)],
            [.. externalUses.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.Api, StringComparer.Ordinal)],
            [.. MappedAccessResolver.ThroughDataSets(dataAccesses, projects)
                .Concat(MappedAccessResolver.Resolve(projects, types, warnings))
                .Distinct()
                .OrderBy(d => d.From, StringComparer.Ordinal)
                .ThenBy(d => d.Target, StringComparer.Ordinal)
                .ThenBy(d => d.Kind)
                .ThenBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Operation, StringComparer.Ordinal)],
            [.. files.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Project, StringComparer.Ordinal)],
            warnings)
        {
            Wiring = WiringLinker.Link(dependencies, wiring, types),
        };
    }

    /// <summary>One node per type id: partial declarations merged (primary file = first hand-written part), first project wins on a clash.</summary>
    private static Dictionary<string, TypeNode> MergeTypes(IReadOnlyList<ProjectFacts> projects, List<string> warnings)
    {
        var result = new Dictionary<string, TypeNode>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var declarations = project.Documents
                .SelectMany(d => d.Types)
                .GroupBy(t => t.Id, StringComparer.Ordinal);
            foreach (var parts in declarations)
            {
                var ordered = parts
                    .OrderBy(p => p.Generated)
                    .ThenBy(p => p.File, StringComparer.Ordinal)
                    .ThenBy(p => p.Line)
                    .ToList();
                var primary = ordered[0];
                if (result.TryGetValue(primary.Id, out var existing))
                {
                    warnings.Add($"Type {primary.Id} is declared in both {existing.Project} and {project.Info.Path}; the graph keeps the one in {existing.Project}.");
                    continue;
                }

                var otherFiles = ordered.Select(p => p.File).Where(f => f != primary.File).Distinct().Order(StringComparer.Ordinal).ToList();
                result.Add(primary.Id, new TypeNode(
                    primary.Id,
                    primary.Name,
                    primary.Kind,
                    project.Info.Path,
                    primary.Namespace,
                    primary.File,
                    primary.Line,
                    ordered.TrueForAll(p => p.Generated),
                    primary.IsAbstract,
                    project.Metrics.GetValueOrDefault(primary.Id) ?? TypeMetrics.Empty,
                    otherFiles));
            }
        }

        return result;
    }
}
