namespace Modernize.Model.Analysis;

/// <summary>A legacy technology that stands between a project and modern .NET.</summary>
/// <param name="Id">Stable id, for example <c>system-web</c>, <c>wcf</c>, <c>binary-formatter</c>.</param>
/// <param name="Points">Effort on the assessment scale: 1 trivial, 3 complex, 5 redesign, 7 re-architecture, 13 unknown.</param>
/// <param name="Incidents">Where it is used (capped; <paramref name="IncidentCount"/> has the full count).</param>
public sealed record LegacyBlocker(
    string Project,
    string Id,
    string Title,
    string Remedy,
    int Points,
    int IncidentCount,
    IReadOnlyList<BlockerIncident> Incidents);
