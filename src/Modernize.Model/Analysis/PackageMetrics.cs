namespace Modernize.Model.Analysis;

/// <summary>Robert C. Martin's package metrics for one project or namespace (definitions in docs/metrics.md).</summary>
/// <param name="Ca">Afferent coupling: outside types that depend on types inside.</param>
/// <param name="Ce">Efferent coupling: outside types that types inside depend on.</param>
/// <param name="Instability">I = Ce / (Ca + Ce), 0 when both are 0.</param>
/// <param name="Abstractness">A = abstract types / types.</param>
/// <param name="Distance">D = |A + I - 1|.</param>
/// <param name="RelationalCohesion">H = (R + 1) / N, R the dependencies between types inside, N the types.</param>
public sealed record PackageMetrics(
    PackageLevel Level,
    string Name,
    int Types,
    int AbstractTypes,
    int Ca,
    int Ce,
    double Instability,
    double Abstractness,
    double Distance,
    double RelationalCohesion);
