namespace Modernize.Model.Graph;

/// <summary>A type declared in the scanned solution.</summary>
/// <param name="Id">Namespace-qualified name; nested types joined by '.', generic arity as <c>`1</c>.</param>
/// <param name="Project">Path of the declaring project (its id).</param>
/// <param name="Namespace">Containing namespace, empty for the global namespace.</param>
/// <param name="File">Primary declaring file, relative to the scanned root.</param>
/// <param name="Line">Line of the declaration in <see cref="File"/>.</param>
/// <param name="Generated">Declared only in generated code (obj/, *.g.cs, *.Designer.cs, auto-generated header).</param>
/// <param name="IsAbstract">Abstract class or interface (counts toward abstractness A).</param>
/// <param name="OtherFiles">Further files of a partial type.</param>
public sealed record TypeNode(
    string Id,
    string Name,
    TypeKind Kind,
    string Project,
    string Namespace,
    string File,
    int Line,
    bool Generated,
    bool IsAbstract,
    TypeMetrics Metrics,
    IReadOnlyList<string> OtherFiles)
{
    public IEnumerable<string> AllFiles => OtherFiles.Count == 0 ? [File] : OtherFiles.Prepend(File);
}
