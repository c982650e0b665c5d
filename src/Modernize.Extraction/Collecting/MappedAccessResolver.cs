using Modernize.Extraction.Data;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Turns the accesses mapping files declare into the graph's data accesses: each class name is matched to a solution type
/// (exactly, or by its trailing name when the file does not know the namespace, preferring the mapping file's own project), and
/// code reaching a typed DataSet's TableAdapter, recorded against the DataTable's name, is re-pointed at the tables the
/// DataSet's commands name.
/// </summary>
internal static class MappedAccessResolver
{
    public static List<DataAccess> Resolve(IReadOnlyList<ProjectFacts> projects, IReadOnlyDictionary<string, TypeNode> types, List<string> warnings)
    {
        var bySimpleName = types.Keys.ToLookup(id => id[(id.LastIndexOf('.') + 1)..], StringComparer.Ordinal);
        var result = new List<DataAccess>();
        foreach (var project in projects.Where(p => p.Mappings.Count > 0))
        {
            var unresolved = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var mapped in project.Mappings)
            {
                if (TypeOf(mapped.TypeName, project.Info.Path, types, bySimpleName) is { } type)
                {
                    result.Add(new DataAccess(type, mapped.Target, mapped.Kind, mapped.Operation, mapped.Location));
                }
                else
                {
                    unresolved.Add(mapped.TypeName);
                }
            }

            if (unresolved.Count > 0)
            {
                warnings.Add($"{project.Info.Path}: {unresolved.Count} class(es) named in data mapping files are not types of the solution (for example {unresolved.Min}); their tables are left out.");
            }
        }

        return result;
    }

    /// <summary>Code accesses to a typed DataSet table (target: the DataTable's name), one per table its TableAdapter's commands name.</summary>
    public static IEnumerable<DataAccess> ThroughDataSets(IEnumerable<DataAccess> accesses, IReadOnlyList<ProjectFacts> projects)
    {
        var tables = projects.SelectMany(p => p.Mappings)
            .Where(m => m.DataTable is not null && m.Kind == DataAccessKind.TypedDataSet)
            .ToLookup(m => m.DataTable!, m => m.Target, StringComparer.Ordinal);
        foreach (var access in accesses)
        {
            if (access.Kind == DataAccessKind.TypedDataSet && tables.Contains(access.Target))
            {
                foreach (var table in tables[access.Target].Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    yield return access with { Target = table };
                }
            }
            else
            {
                yield return access;
            }
        }
    }

    private static string? TypeOf(string name, string project, IReadOnlyDictionary<string, TypeNode> types, ILookup<string, string> bySimpleName)
    {
        if (types.ContainsKey(name))
        {
            return name;
        }

        var candidates = bySimpleName[name[(name.LastIndexOf('.') + 1)..]].Where(id => id.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        if (candidates.Count > 1)
        {
            candidates = candidates.Where(id => types[id].Project == project).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
