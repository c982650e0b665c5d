namespace Modernize.Model.Configuration;

/// <summary>A cell or tissue element declared in the product map.</summary>
/// <param name="Include">Namespace or type globs (<c>*</c> within a dot-separated segment, <c>**</c> across segments).</param>
/// <param name="Projects">Project path globs (<c>*</c> within a '/' segment, <c>**</c> across).</param>
/// <param name="Tables">Tables or entities it owns (tissue: shared data).</param>
/// <param name="Line">Line in modernize.yml, for messages.</param>
public sealed record CellDeclaration(
    string Name,
    string? Owner,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Tables,
    int Line);
