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
        var (types, aliases) = MergeTypes(projects, warnings);
        var ids = new TypeIdResolver(projects, types, aliases);
        var generatedTypes = new HashSet<string>(types.Where(t => t.Value.Generated).Select(t => t.Key), StringComparer.Ordinal);

        var references = new Dictionary<(string From, string To), ReferenceTally>();
        var dataAccesses = new List<DataAccess>();
        var routes = new List<Http.HttpRoute>();
        var calls = new List<Http.HttpCall>();
        var files = new List<SourceFile>();
        foreach (var project in projects)
        {
            var path = project.Info.Path;
            foreach (var document in project.Documents)
            {
                files.Add(document.File);
                dataAccesses.AddRange(document.DataAccesses.Select(a => a with { From = ids.Declared(path, a.From) }));
                routes.AddRange(document.Routes.Select(r => r with { Owner = ids.Declared(path, r.Owner) }));
                calls.AddRange(document.Calls.Select(c => c with { From = ids.Declared(path, c.From) }));
                foreach (var (raw, tally) in document.References)
                {
                    var key = (ids.Declared(path, raw.From), ids.Used(path, raw.To));
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
            Wiring = WiringLinker.Link(dependencies, [.. wiring, .. HttpEndpointLinker.Link(routes, calls)], types),
        };
    }

    /// <summary>
    /// One node per type id, partial declarations merged (primary file = first hand-written part). A type declared in
    /// several projects from the same file (a linked source) is one node, the first project's. Declared from different
    /// files, each is a type of its own: the first project's keeps the id, the others become <c>id@Project</c> (every
    /// service's top-level <c>Program</c>), so one project's code is never read as another's.
    /// </summary>
    private static (Dictionary<string, TypeNode> Types, Dictionary<(string Project, string Id), string> Aliases) MergeTypes(IReadOnlyList<ProjectFacts> projects, List<string> warnings)
    {
        var result = new Dictionary<string, TypeNode>(StringComparer.Ordinal);
        var aliases = new Dictionary<(string Project, string Id), string>();
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
                var id = primary.Id;
                if (result.TryGetValue(id, out var existing))
                {
                    var alias = $"{id}@{project.Info.Name}";
                    if (existing.File == primary.File || result.ContainsKey(alias))
                    {
                        warnings.Add($"Type {id} is declared in both {existing.Project} and {project.Info.Path}; the graph keeps the one in {existing.Project}.");
                        continue;
                    }

                    aliases[(project.Info.Path, id)] = alias;
                    id = alias;
                }

                var otherFiles = ordered.Select(p => p.File).Where(f => f != primary.File).Distinct().Order(StringComparer.Ordinal).ToList();
                result.Add(id, new TypeNode(
                    id,
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

        return (result, aliases);
    }
}
