namespace Modernize.Reporting.Exports;

/// <summary>The two CSV tables of an export: the elements with their metrics, and the dependencies between them.</summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> ElementColumns = ["id", "label", "kind", "project", "namespace", "cell", "types", "sourceLines", "complexity"];

    public static readonly IReadOnlyList<string> DependencyColumns = ["from", "to", "weight", "kinds", "samples"];

    public static void WriteElements(ExportGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Csv.WriteRecord(output, ElementColumns);
        foreach (var n in graph.Nodes)
        {
            Csv.WriteRecord(output, [Csv.Text(n.Id), Csv.Text(n.Label), Csv.Text(n.Kind), Csv.Text(n.Project), Csv.Text(n.Namespace), Csv.Text(n.Cell), Csv.Number(n.Types), Csv.Number(n.SourceLines), Csv.Number(n.Complexity)]);
        }
    }

    public static void WriteDependencies(ExportGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Csv.WriteRecord(output, DependencyColumns);
        foreach (var d in graph.Edges)
        {
            Csv.WriteRecord(output, [
                Csv.Text(d.From),
                Csv.Text(d.To),
                Csv.Number(d.Weight),
                Csv.Text(string.Join("; ", d.Kinds.Select(k => $"{k.Key}={k.Value}"))),
                Csv.Text(string.Join("; ", d.Samples.Select(s => s.ToString())))]);
        }
    }

    /// <summary>Where the dependency table goes beside the element table: <c>types.csv</c> -> <c>types.dependencies.csv</c>.</summary>
    public static string DependenciesPath(string elementsPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(elementsPath);
        var folder = Path.GetDirectoryName(elementsPath) ?? string.Empty;
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(elementsPath) + ".dependencies.csv");
    }
}
