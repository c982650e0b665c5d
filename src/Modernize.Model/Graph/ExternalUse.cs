namespace Modernize.Model.Graph;

/// <summary>Use of a type outside the solution (framework or package), aggregated per using type; legacy-blocker analysis reads these.</summary>
/// <param name="From">Id of the solution type that uses it.</param>
/// <param name="Api">Fully qualified external type, for example <c>System.Web.HttpContext</c>; members used are in <paramref name="Members"/>.</param>
/// <param name="Assembly">Simple name of the assembly that declares it, when resolved.</param>
/// <param name="Members">Members used (for example <c>Current</c>), distinct.</param>
public sealed record ExternalUse(
    string From,
    string Api,
    string? Assembly,
    int Count,
    IReadOnlyList<string> Members,
    IReadOnlyList<SourceLocation> Samples);
