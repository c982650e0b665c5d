using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Autonomy;

/// <summary>
/// A decomposition as history sees it: which cells and tissue elements each changed file belongs to. A file belongs to the
/// elements of the types declared in it; a file with no mapped type falls back to its project (declared map: the project
/// path globs; proposal: the element holding most of the project's types) or stays unmapped.
/// </summary>
public sealed class CellMap
{
    private readonly Dictionary<string, string[]> elementsOfFile;
    private readonly Func<string, string?> projectFallback;
    private readonly IReadOnlyList<string> projectFolders;
    private readonly Dictionary<string, string> projectOfFile;
    private readonly Dictionary<string, string[]> cache = new(StringComparer.Ordinal);

    private CellMap(
        CellOrigin origin,
        IReadOnlyDictionary<string, string> elementOfType,
        IReadOnlyDictionary<string, CellKind> kinds,
        IReadOnlyDictionary<string, string?> owners,
        CodeGraph graph,
        Func<string, string?> projectFallback)
    {
        Origin = origin;
        Kinds = kinds;
        Owners = owners;
        this.projectFallback = projectFallback;
        elementsOfFile = graph.Types
            .SelectMany(t => t.AllFiles.Select(f => (File: f, Element: elementOfType.GetValueOrDefault(t.Id))))
            .Where(x => x.Element is not null && kinds.ContainsKey(x.Element))
            .GroupBy(x => x.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Element!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        projectOfFile = graph.Files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Project, StringComparer.Ordinal);
        // Deepest folder first, so a file goes to the innermost project containing it.
        projectFolders = graph.Projects.Select(p => p.Path).Distinct(StringComparer.Ordinal).OrderByDescending(p => Folder(p).Length).ThenBy(p => p, StringComparer.Ordinal).ToList();
    }

    public CellOrigin Origin { get; }

    /// <summary>Every cell and tissue element of the decomposition, with its kind.</summary>
    public IReadOnlyDictionary<string, CellKind> Kinds { get; }

    /// <summary>The owning team of each element, null when it has none.</summary>
    public IReadOnlyDictionary<string, string?> Owners { get; }

    /// <summary>The declared product map of <paramref name="config"/> (types by <see cref="ProductMapAssignment"/>, files without types by project globs).</summary>
    public static CellMap FromProductMap(ModernizeConfig config, CodeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(graph);
        var declarations = config.Cells.Select(d => (Declaration: d, Kind: CellKind.Cell))
            .Concat(config.Tissue.Select(d => (Declaration: d, Kind: CellKind.Tissue)))
            .GroupBy(x => x.Declaration.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var projectGlobs = declarations
            .SelectMany(x => x.Declaration.Projects.Select(p => (x.Declaration.Name, Glob: Glob.ForPaths(p))))
            .ToList();

        string? ByProjectGlobs(string path) =>
            projectGlobs.Where(g => g.Glob.IsMatch(path)).OrderByDescending(g => g.Glob.LiteralLength).Select(g => g.Name).FirstOrDefault();

        return new CellMap(
            CellOrigin.Declared,
            ProductMapAssignment.Assign(config, graph.Types),
            declarations.ToDictionary(x => x.Declaration.Name, x => x.Kind, StringComparer.Ordinal),
            declarations.ToDictionary(x => x.Declaration.Name, x => x.Declaration.Owner, StringComparer.Ordinal),
            graph,
            ByProjectGlobs);
    }

    /// <summary>The cells and tissue of a decomposition such as the proposal (<see cref="CellsResult.CellOfType"/>).</summary>
    public static CellMap FromCells(CellsResult cells, CodeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(graph);
        var elementOfType = cells.CellOfType();
        var majorityOfProject = graph.Types
            .Where(t => elementOfType.ContainsKey(t.Id))
            .GroupBy(t => t.Project, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(t => elementOfType[t.Id], StringComparer.Ordinal).OrderByDescending(e => e.Count()).ThenBy(e => e.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);
        var unique = cells.Cells.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return new CellMap(
            cells.Origin,
            elementOfType,
            unique.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal),
            unique.ToDictionary(c => c.Name, c => c.Owner, StringComparer.Ordinal),
            graph,
            path => majorityOfProject.GetValueOrDefault(path));
    }

    /// <summary>The cells and tissue elements a changed file belongs to; empty when unmapped.</summary>
    public IReadOnlyList<string> ElementsOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (elementsOfFile.TryGetValue(file, out var elements))
        {
            return elements;
        }

        if (!cache.TryGetValue(file, out var fallback))
        {
            fallback = Fallback(file) is { } element && Kinds.ContainsKey(element) ? [element] : [];
            cache[file] = fallback;
        }

        return fallback;
    }

    private string? Fallback(string file)
    {
        var project = projectOfFile.GetValueOrDefault(file) ?? projectFolders.FirstOrDefault(p => IsInside(file, Folder(p)));
        return (project is null ? null : projectFallback(project)) ?? (Origin == CellOrigin.Declared ? projectFallback(file) : null);
    }

    private static bool IsInside(string file, string folder) =>
        folder.Length == 0 || (file.Length > folder.Length && file[folder.Length] == '/' && file.StartsWith(folder, StringComparison.Ordinal));

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
